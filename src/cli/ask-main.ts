// The one-shot command's modules as compiled (or as source), without a start-up snapshot: see ask.ts.
import { runAsk } from './ask-command.ts';

await runAsk();
