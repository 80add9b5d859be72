import { Client, Events, GatewayIntentBits } from 'discord.js';
import { describeError, type Engine, type Logger } from '../../src/index.ts';
import { QuestionCatalog } from '../shared/question-catalog.ts';
import type { Reliability } from '../shared/reliability.ts';
import type { BotContext } from './answering.ts';
import { restOptions, type DiscordBotConfig } from './config.ts';
import { FeedbackLog } from './feedback.ts';
import { handleInteraction } from './interactions.ts';
import { handleMention } from './mentions.ts';
import { RecentAnswers } from './recent-answers.ts';

/** What the bot is built from; `clock` (milliseconds) defaults to Date.now. */
export interface DiscordBotOptions {
  engine: Engine;
  config: Pick<
    DiscordBotConfig,
    'DISCORD_TOKEN' | 'DISCORD_API_URL' | 'DISCORD_ENABLE_MENTIONS' | 'QUESTION_MAX_CHARS'
  >;
  logger: Logger;
  /** The answer deadline and the in-flight tracker a shutdown drains. */
  reliability: Reliability;
  clock?: () => number;
  /** Questions the corpus answers, for /ask's autocomplete (default: collected from the engine in the background). */
  catalog?: QuestionCatalog;
}

/** A Discord bot around one engine: its discord.js client, started once and stopped once. */
export interface DiscordBot {
  readonly client: Client;
  /** Logs in and resolves once the client is ready to receive interactions. */
  start(): Promise<void>;
  /** Closes the gateway connection. */
  stop(): Promise<void>;
}

/** The gateway intents the bot asks for: non-privileged Guilds, plus message intents only when mentions are enabled. */
function gatewayIntents(mentions: boolean): GatewayIntentBits[] {
  // Slash commands arrive without any intent; Guilds keeps discord.js's guild and channel caches populated.
  const intents = [GatewayIntentBits.Guilds];
  // Message Content is privileged: it must also be switched on in the Developer Portal, hence the opt-in.
  if (mentions) intents.push(GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent);
  return intents;
}

/**
 * Wires the engine to a discord.js client: slash commands and their autocomplete, suggestion and feedback buttons,
 * and (opt-in) mentions, with errors logged, never thrown.
 */
export function createDiscordBot(options: DiscordBotOptions): DiscordBot {
  const { engine, config, logger, reliability } = options;
  const mentions = config.DISCORD_ENABLE_MENTIONS;
  const answers = new RecentAnswers();
  const clock = options.clock ?? Date.now;
  const context: BotContext = {
    engine,
    logger,
    reliability,
    clock,
    answers,
    feedback: new FeedbackLog(logger, answers),
    maxQuestionChars: config.QUESTION_MAX_CHARS,
    catalog: options.catalog ?? new QuestionCatalog(engine, logger, clock),
  };
  const client = new Client({ intents: gatewayIntents(mentions), rest: restOptions(config) });

  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(context, interaction));
  if (mentions) client.on(Events.MessageCreate, (message) => void handleMention(context, message));
  // Without an 'error' listener, an EventEmitter error would crash the process.
  client.on(Events.Error, (error) =>
    logger.error({ event: 'discord_client_error', err: describeError(error) }, 'Discord client error'),
  );
  client.on(Events.Warn, (warning) =>
    logger.warn({ event: 'discord_client_warning', warning }, 'Discord client warning'),
  );
  // discord.js reconnects by itself (resuming the session when Discord allows); these records show it happening.
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ event: 'discord_disconnected', code: event.code, shard }, 'Discord gateway disconnected'),
  );
  client.on(Events.ShardReconnecting, (shard) =>
    logger.info({ event: 'discord_reconnecting', shard }, 'reconnecting to the Discord gateway'),
  );
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ event: 'discord_resumed', shard, replayed }, 'Discord gateway session resumed'),
  );
  client.once(Events.ClientReady, (ready) => {
    // Under the ShardingManager each process is one shard, with only that shard's guilds.
    const shards = ready.shard?.ids ?? [0];
    const fields = { event: 'discord_ready', bot: ready.user.tag, guilds: ready.guilds.cache.size, shards, mentions };
    logger.info(fields, 'Discord bot ready');
  });

  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      // A failed login destroys the client itself, so there is nothing to clean up here.
      await client.login(config.DISCORD_TOKEN);
      await ready;
    },
    async stop() {
      await client.destroy();
    },
  };
}
