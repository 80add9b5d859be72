// After `tsc`: writes wink's core model again, in the form questions are read with fastest, into dist/wink-core/
// (src/text/prepared-wink-core.ts). Plain JavaScript, like copy-assets.mjs.
import { createRequire } from 'node:module';

const { PREPARED_DIR, writePreparedCore } = await import('../dist/src/text/prepared-wink-core.js');
const CORE_FILE = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
writePreparedCore(PREPARED_DIR, createRequire(import.meta.url).resolve(CORE_FILE));
