// `npm run ask`: the one-shot command, from the start-up snapshot `npm run build` makes of it while that is current,
// else from its bundle while that is current, else from its modules.
import { runBundledOr } from './run-bundled.ts';
import { runFromSnapshot } from './run-snapshot.ts';

if (!runFromSnapshot('ask')) await runBundledOr('ask', () => import('./ask-main.ts'));
