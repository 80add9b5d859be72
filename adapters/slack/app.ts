import type { AddressInfo, ListenOptions } from 'node:net';
import { App, type BlockAction, type ButtonAction } from '@slack/bolt';
import { Agent } from 'undici';
import { describeError, type Engine, type Logger } from '../../src/index.ts';
import { QuestionCatalog } from '../shared/question-catalog.ts';
import type { Reliability } from '../shared/reliability.ts';
import { EventMemory, type EventDedupe } from '../shared/state/event-memory.ts';
import { askCommandListener } from './ask-command.ts';
import { boltLogger } from './bolt-logger.ts';
import { homeExampleListener, suggestionListener } from './clicks.ts';
import { slackMode, type SlackConfig } from './config.ts';
import { FEEDBACK_ACTION, feedbackListener } from './feedback.ts';
import { healthRoute } from './health.ts';
import { appHomeListener, HOME_EXAMPLE_ACTION } from './home.ts';
import { directMessageListener, mentionListener } from './messages.ts';
import { SUGGESTION_ACTION } from './suggestions.ts';
import { webApiFetch } from './web-api-fetch.ts';

/** What the Slack bot is built from; logger and clock are passed in so tests can observe and control them. */
export interface SlackBotOptions {
  config: SlackConfig;
  engine: Engine;
  logger: Logger;
  /** The answer deadline and the in-flight tracker a shutdown drains. */
  reliability: Reliability;
  /** Milliseconds clock for the event memory and logged timings (default: Date.now). */
  clock?: () => number;
  /** Questions the corpus answers, for the App Home (default: collected from the engine in the background). */
  catalog?: QuestionCatalog;
  /** Which events were already answered, by this replica or another (default: this process's memory). */
  dedupe?: EventDedupe;
}

/** A Bolt app wired to the core, ready to start in the mode its config chose. */
export interface SlackBot {
  readonly mode: 'socket' | 'http';
  /**
   * Starts receiving events: opens the Socket Mode connection, or listens for HTTP requests (on `listen`, default
   * the configured PORT). Resolves with the HTTP port, or null in Socket Mode.
   */
  start(listen?: ListenOptions): Promise<number | null>;
  /** Stops receiving events (closes the socket or the HTTP server). */
  stop(): Promise<void>;
}

/** Builds the Bolt app, registers the handlers, and resolves the bot's own ids once with a single auth.test. */
export async function createSlackBot(options: SlackBotOptions): Promise<SlackBot> {
  const { config, engine, logger, reliability } = options;
  const mode = slackMode(config);
  const log = boltLogger(logger);
  // The connections every Web API call and respond() reuse; closed when the bot stops.
  const connections = new Agent();
  const app = new App({
    token: config.SLACK_BOT_TOKEN,
    ...(mode === 'socket'
      ? { socketMode: true, appToken: config.SLACK_APP_TOKEN }
      : { signingSecret: config.SLACK_SIGNING_SECRET, customRoutes: [healthRoute(engine, reliability.inFlight)] }),
    logger: log,
    logLevel: log.getLevel(),
    clientOptions: {
      fetch: webApiFetch(connections),
      ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    },
    // init() below calls auth.test once; Bolt caches the bot's user and bot ids for every event after that.
    deferInitialization: true,
    // The handlers skip every bot message themselves (this bot's included) and log why, so Bolt's filter is redundant.
    ignoreSelf: false,
    // Conversations live in the engine's own store; Bolt's would cost a lookup per event and is never read.
    convoStore: false,
  });

  const clock = options.clock ?? Date.now;
  const catalog = options.catalog ?? new QuestionCatalog(engine, logger, clock);
  const deps = { engine, logger, reliability, clock, catalog, memory: options.dedupe ?? new EventMemory({ clock }) };
  app.event('app_mention', mentionListener(deps));
  app.event('app_home_opened', appHomeListener(deps));
  app.message(directMessageListener(deps));
  app.command('/ask', askCommandListener(deps));
  const button = (actionId: RegExp) => ({ type: 'block_actions', action_id: actionId }) as const;
  app.action<BlockAction<ButtonAction>>(button(FEEDBACK_ACTION), feedbackListener(logger));
  app.action<BlockAction<ButtonAction>>(button(SUGGESTION_ACTION), suggestionListener(deps));
  app.action<BlockAction<ButtonAction>>(button(HOME_EXAMPLE_ACTION), homeExampleListener(deps));
  // Handlers catch their own failures; this is the last resort for anything else, and it never rethrows.
  app.error(async (error) => {
    logger.error({ event: 'slack_error', code: error.code, err: describeError(error) }, 'Slack request failed');
  });

  await app.init();
  return {
    mode,
    async start(listen = { port: config.PORT }) {
      if (mode === 'socket') {
        await app.start();
        logger.info({ event: 'slack_started', mode, port: null }, 'connected to Slack (Socket Mode)');
        return null;
      }
      const server = await app.start(listen);
      const { port } = server.address() as AddressInfo;
      logger.info({ event: 'slack_started', mode, port }, `listening on port ${port}`);
      return port;
    },
    async stop() {
      await app.stop();
      await connections.close();
    },
  };
}
