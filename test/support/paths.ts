import { fileURLToPath } from 'node:url';

/** The corpus that ships with the project. */
export const BUNDLED_CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
/** A three-file corpus built for ranking and cleaning tests. */
export const MINI_CORPUS = fileURLToPath(new URL('../fixtures/mini-corpus/', import.meta.url));
