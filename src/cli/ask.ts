// `npm run ask`: the one-shot command, from the start-up snapshot `npm run build` makes of it while that is current,
// else from its bundle while that is current, else from its modules.
import { DEFAULT_CORPUS_DIR } from '../paths.ts';
import { runBundledOr } from './run-bundled.ts';
import { asksHeldCorpus, runFromSnapshot } from './run-snapshot.ts';

// The snapshot holds the bundled corpus's index; another corpus is read by the bundle.
const snapshot = asksHeldCorpus(process.env.CORPUS_DIR, DEFAULT_CORPUS_DIR);
if (!(snapshot && runFromSnapshot('ask'))) await runBundledOr('ask', () => import('./ask-main.ts'));
