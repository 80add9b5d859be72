import { join } from 'node:path';
import { PROJECT_ROOT } from './project-root.ts';

// Defaults both the configuration and the engine read; here rather than in config.ts so that the engine does not
// import the configuration module that imports the engine's types.

/** The bundled corpus, used when CORPUS_DIR is not set. */
export const DEFAULT_CORPUS_DIR = join(PROJECT_ROOT, 'corpus/');

/** Where the saved index lives when INDEX_CACHE_DIR is not set: .cache/ in the project (git-ignored). */
export const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, '.cache/');
