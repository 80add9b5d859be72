import { fileURLToPath } from 'node:url';

/** The corpus that ships with the project. */
export const BUNDLED_CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
/** A three-file corpus built for ranking and cleaning tests. */
export const MINI_CORPUS = fileURLToPath(new URL('../fixtures/mini-corpus/', import.meta.url));
/** News pages written in the shapes publishers use, for the HTML extraction and `npm run add` tests. */
export const HTML_FIXTURES = fileURLToPath(new URL('../fixtures/html/', import.meta.url));
