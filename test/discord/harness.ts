import { EventEmitter, once } from 'node:events';
import { createDiscordBot, type DiscordBot } from '../../adapters/discord/bot.ts';
import { loadDiscordConfig } from '../../adapters/discord/config.ts';
import type { Reliability } from '../../adapters/shared/reliability.ts';
import type { Engine } from '../../src/engine.ts';
import { createLogger } from '../../src/logger.ts';
import { testReliability } from '../support/reliability.ts';
import { runEntryPoint, type EntryRun } from '../support/run-entry.ts';
import { FAKE_TOKEN, FakeDiscord, IDS, type FakeDiscordOptions, type RecordedRequest } from './fake-discord.ts';

/** A pino destination that keeps every line in memory, for asserting on log events. */
export class LogCapture {
  readonly lines: string[] = [];
  private readonly written = new EventEmitter();

  write(line: string): void {
    this.lines.push(line);
    this.written.emit('line');
  }

  /** The parsed records, oldest first. */
  records(): Array<Record<string, unknown>> {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  /** Resolves with the first record matching `match`, already logged or still to come, so nothing sleeps. */
  async waitFor(match: (record: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
    for (;;) {
      const found = this.records().find(match);
      if (found) return found;
      await once(this.written, 'line');
    }
  }
}

/** A real discord.js bot logged in to a fresh fake Discord, with its logs captured. */
export interface Harness {
  fake: FakeDiscord;
  bot: DiscordBot;
  logs: LogCapture;
  reliability: Reliability;
  stop(): Promise<void>;
}

/** Starts a fake Discord and logs a bot around `engine` in to it; resolves once the client is ready. */
export async function startHarness(
  engine: Engine, options: { mentions?: boolean; reliability?: Reliability } & FakeDiscordOptions = {},
): Promise<Harness> {
  const fake = await FakeDiscord.start(options);
  const logs = new LogCapture();
  // Built through the real config parser, as `npm run discord` builds it.
  const config = loadDiscordConfig({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_APPLICATION_ID: IDS.application,
    DISCORD_API_URL: `${fake.apiUrl}/`,
    DISCORD_ENABLE_MENTIONS: String(options.mentions ?? false),
  });
  let now = 0;
  const reliability = options.reliability ?? testReliability();
  const logger = createLogger({ level: 'debug', destination: logs });
  const bot = createDiscordBot({ engine, config, logger, reliability, clock: () => (now += 7) });
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
  edit: (token: string) => (r: RecordedRequest) => r.method === 'PATCH' && r.path.endsWith(`/${token}/messages/@original`),
  followUp: (token: string) => (r: RecordedRequest) => r.method === 'POST' && r.path === `/webhooks/${IDS.application}/${token}`,
  delete: (token: string) => (r: RecordedRequest) => r.method === 'DELETE' && r.path.endsWith(`/${token}/messages/@original`),
};

/** Runs an npm-script entry point of the Discord adapter with exactly `env` (plus PATH), as `npm run` would. */
export function runScript(script: string, env: Record<string, string>): Promise<EntryRun> {
  return runEntryPoint(`adapters/discord/${script}`, env);
}
