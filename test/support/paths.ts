import { fileURLToPath } from 'node:url';

/** The corpus that ships with the project. */
export const BUNDLED_CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
/** A three-file corpus built for ranking and cleaning tests. */
export const MINI_CORPUS = fileURLToPath(new URL('../fixtures/mini-corpus/', import.meta.url));
/** Pages on made-up stories saved the ways people save them, one site style each, for metadata and cleaning tests. */
export const SITE_STYLES_CORPUS = fileURLToPath(new URL('../fixtures/site-styles/', import.meta.url));
/** The evaluation corpora, one folder per story. */
export const EVAL_CORPORA = fileURLToPath(new URL('../../eval/corpora/', import.meta.url));
/** News pages written in the shapes publishers use, for the HTML extraction and `npm run add` tests. */
export const HTML_FIXTURES = fileURLToPath(new URL('../fixtures/html/', import.meta.url));
