import type { APIEmbed, InteractionResponseType } from 'discord.js';
import { FakeEngine } from '../support/fake-engine.ts';
import { useHarnessWith } from '../support/use-harness.ts';
import { createDiscordBot, type DiscordBot } from '../../adapters/discord/bot.ts';
import { loadDiscordConfig } from '../../adapters/discord/config.ts';
import { QuestionCatalog } from '../../adapters/shared/question-catalog.ts';
import type { Reliability } from '../../adapters/shared/reliability.ts';
import type { Engine } from '../../src/engine.ts';
import { LogCapture } from '../support/log-capture.ts';
import { testReliability } from '../support/reliability.ts';
import { runEntryPoint, type EntryRun } from '../support/run-entry.ts';
import { FAKE_TOKEN, FakeDiscord, IDS, type FakeDiscordOptions, type RecordedRequest } from './fake-discord.ts';

/** A real discord.js bot logged in to a fresh fake Discord, with its logs captured. */
export interface Harness {
  fake: FakeDiscord;
  bot: DiscordBot;
  logs: LogCapture;
  reliability: Reliability;
  stop(): Promise<void>;
}

/** What a test may set: mentions on, the deadline, QUESTION_MAX_CHARS, and how the fake application is set up. */
export type HarnessOptions = {
  mentions?: boolean;
  reliability?: Reliability;
  maxQuestionChars?: number;
} & FakeDiscordOptions;

/** Starts a fake Discord and logs a bot around `engine` in to it; resolves once the client is ready. */
export async function startHarness(engine: Engine, options: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeDiscord.start(options);
  const logs = new LogCapture();
  // Built through the real config parser, as `npm run discord` builds it.
  const config = loadDiscordConfig({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_APPLICATION_ID: IDS.application,
    DISCORD_API_URL: `${fake.apiUrl}/`,
    DISCORD_ENABLE_MENTIONS: String(options.mentions ?? false),
    ...(options.maxQuestionChars ? { QUESTION_MAX_CHARS: String(options.maxQuestionChars) } : {}),
  });
  let now = 0;
  const reliability = options.reliability ?? testReliability();
  const { logger } = logs;
  const clock = (): number => (now += 7);
  // Collected before the bot starts, so the engine's questions to build it never interleave with a test's.
  const catalog = new QuestionCatalog(engine, logger, clock);
  await catalog.ready();
  // Tests count the questions the bot asks; those were the catalog's.
  if (engine instanceof FakeEngine) engine.asked.splice(0);
  const bot = createDiscordBot({ engine, config, logger, reliability, clock, catalog });
  await bot.start().catch(async (error: unknown) => {
    await fake.close();
    throw error;
  });
  return {
    fake,
    bot,
    logs,
    reliability,
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}

/** Narrows a recorded JSON body for reading in assertions. */
export function bodyOf<T = Record<string, unknown>>(request: RecordedRequest): T {
  return request.body as T;
}

/** Route matchers for the responses to one interaction, identified by its token. */
export const route = {
  callback: (token: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.endsWith(`/${token}/callback`),
  edit: (token: string) => (r: RecordedRequest) =>
    r.method === 'PATCH' && r.path.endsWith(`/${token}/messages/@original`),
  followUp: (token: string) => (r: RecordedRequest) =>
    r.method === 'POST' && r.path === `/webhooks/${IDS.application}/${token}`,
  delete: (token: string) => (r: RecordedRequest) =>
    r.method === 'DELETE' && r.path.endsWith(`/${token}/messages/@original`),
};

/** Runs an npm-script entry point of the Discord adapter with exactly `env` (plus PATH), as `npm run` would. */
export function runScript(script: string, env: Record<string, string>): Promise<EntryRun> {
  return runEntryPoint(`adapters/discord/${script}`, env);
}

/** Starts a harness around `engine` for the enclosing file or describe block; see useHarnessWith. */
export function useHarness(engine: FakeEngine, use: (harness: Harness) => void, options: HarnessOptions = {}): void {
  useHarnessWith(
    engine,
    () => startHarness(engine, options),
    (harness) => harness.stop(),
    use,
  );
}

/** A button as discord.js sends it in a message's components. */
export interface ButtonJson {
  custom_id: string;
  label?: string;
  emoji?: { name: string };
}

/** The JSON discord.js sends for a message: interaction callback data, webhook edit, follow-up or reply. */
export interface MessageJson {
  content?: string;
  embeds?: APIEmbed[];
  components?: Array<{ components: ButtonJson[] }>;
  allowed_mentions?: { parse: string[]; replied_user?: boolean };
  flags?: number;
  message_reference?: { message_id: string };
}

/** An interaction callback: its type and, for replies, the message. */
export interface CallbackJson {
  type: InteractionResponseType;
  data?: MessageJson;
}
