// `node dist/src/cli/ask.js`: the one-shot command from its bundle while that is current, else from its modules.
// `npm run ask` starts it from its start-up snapshot instead while that is current (scripts/ask.sh).
import { runBundledOr } from './run-bundled.ts';

await runBundledOr('ask', () => import('./ask-main.ts'));
