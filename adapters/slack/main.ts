/** `npm run slack`: reads the configuration once, builds the engine and connects the bot to Slack. */
import { runAdapter } from '../shared/run-adapter.ts';
import { createSlackBot } from './app.ts';
import { loadSlackBotConfig } from './config.ts';
import { slackStartupProblem } from './startup-problem.ts';

await runAdapter({
  platform: 'slack',
  name: 'The Slack adapter',
  loadConfig: () => loadSlackBotConfig(),
  createBot: (deps) => createSlackBot(deps),
  explainStartupError: slackStartupProblem,
});
