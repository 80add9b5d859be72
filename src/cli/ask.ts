// `npm run ask`: the one-shot command, from the bundle `npm run build` makes of it while that is current.
import { runBundledOr } from './run-bundled.ts';

await runBundledOr('ask', () => import('./ask-main.ts'));
