/**
 * What `npm run load` sends events to: the real Slack bot in this process (one replica, as before), or N replicas as
 * separate `npm run slack` processes sharing one Redis, as the README's "Running more than one" deploys them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSlackBot } from '../adapters/slack/app.ts';
import { loadSlackConfig } from '../adapters/slack/config.ts';
import { engineSettings, loadCoreConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { InFlight } from '../src/reliability/in-flight.ts';
import { createWorkerEngine } from '../src/threads/worker-engine.ts';
import { RedisServer } from '../test/support/redis-server.ts';
import { startReplicas } from '../test/slack/replicas.ts';
import { SIGNING_SECRET } from '../test/slack/signing.ts';

/** Where events go (one URL per replica), example questions, and how to stop it all. */
export interface LoadTarget {
  urls: string[];
  questions: string[];
  stop(): Promise<void>;
}

// Many distinct users at production limits would still hit the global ceiling; the limits are raised so they don't
// shape the figures (the limiter itself still runs on every question).
const UNLIMITED = { RATE_LIMIT_PER_USER: '1000000', RATE_LIMIT_GLOBAL: '1000000' };

/**
 * The bot in this process with its engine in worker threads (as `npm run slack` runs it), replying to the fake Web
 * API at `apiUrl`.
 */
export async function inProcessTarget(apiUrl: string): Promise<LoadTarget> {
  const core = loadCoreConfig({ ...process.env, ...UNLIMITED });
  const logger = createLogger({ level: 'error', name: 'load-slack' });
  const engine = await createWorkerEngine({
    ...engineSettings(core),
    watch: false,
    workers: core.ENGINE_WORKERS,
    nice: core.ENGINE_NICE,
    queueMax: core.ANSWER_QUEUE_MAX,
    logger,
    log: { level: 'error' },
  });
  const config = loadSlackConfig({
    SLACK_BOT_TOKEN: 'xoxb-load-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
  });
  const reliability = { answerDeadlineMs: core.ANSWER_DEADLINE_MS, inFlight: new InFlight() };
  const bot = await createSlackBot({ config, engine, logger, reliability });
  const port = await bot.start({ port: 0, host: '127.0.0.1' });
  return {
    urls: [`http://127.0.0.1:${port}/slack/events`],
    questions: engine.examples,
    async stop() {
      await bot.stop();
      await engine.close();
    },
  };
}

/**
 * `count` replica processes sharing Redis: REDIS_URL's when set (keys under a prefix of their own), else a
 * redis-server started here on a free loopback port and stopped afterwards.
 */
export async function replicaTarget(apiUrl: string, count: number): Promise<LoadTarget> {
  const server = process.env.REDIS_URL ? undefined : await RedisServer.start();
  const redisUrl = process.env.REDIS_URL ?? server!.url;
  const cacheDir = await mkdtemp(join(tmpdir(), 'coverage-bot-load-'));
  const env = { ...UNLIMITED, LOG_LEVEL: 'warn', KEY_PREFIX: `coverage-bot-load-${process.pid}-${Date.now()}` };
  const replicas = await startReplicas(count, { apiUrl, redisUrl, cacheDir, env });
  return {
    urls: replicas.map((replica) => replica.url),
    // The replicas' engines are out of reach; the script's own questions suffice.
    questions: [],
    async stop() {
      await Promise.all(replicas.map((replica) => replica.process.stop()));
      await server?.stop();
      await rm(cacheDir, { recursive: true, force: true });
    },
  };
}
