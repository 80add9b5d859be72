/**
 * Slack HTTP-mode replicas as separate `npm run slack` processes sharing one Redis and the fake Web API, for the
 * end-to-end test and the load script (no test-runner imports here).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startEntryPoint, type RunningEntry } from '../support/run-entry.ts';
import { freePort } from '../support/redis-server.ts';
import { SIGNING_SECRET } from './signing.ts';

/** One running replica: its process, and the URL its Events API endpoint listens on. */
export interface Replica {
  process: RunningEntry;
  url: string;
}

/** What every replica is started with; `env` adds or overrides settings (rate limits, log level). */
export interface ReplicaOptions {
  apiUrl: string;
  redisUrl: string;
  cacheDir: string;
  env?: Record<string, string>;
}

/** Resolves once `GET /healthz` answers 200, as a load balancer's health check would see it; fails if it exits. */
async function healthy(origin: string, process: RunningEntry): Promise<void> {
  while (
    !(await fetch(`${origin}/healthz`).then(
      (response) => response.ok,
      () => false,
    ))
  ) {
    if (process.exited) throw new Error(`the replica exited before it was ready:\n${process.text.join('\n')}`);
    await sleep(100);
  }
}

/** Starts one replica on a free loopback port and resolves once it is ready for events (whatever LOG_LEVEL). */
async function startReplica(options: ReplicaOptions): Promise<Replica> {
  const port = await freePort();
  const process = startEntryPoint('adapters/slack/main.ts', {
    SLACK_BOT_TOKEN: 'xoxb-replica-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: options.apiUrl,
    PORT: String(port),
    REDIS_URL: options.redisUrl,
    INDEX_CACHE_DIR: options.cacheDir,
    ...options.env,
  });
  await healthy(`http://127.0.0.1:${port}`, process);
  return { process, url: `http://127.0.0.1:${port}/slack/events` };
}

/**
 * Starts `count` replicas one after another, so the first builds the index cache and the rest load it, as the
 * README's topology builds it once.
 */
export async function startReplicas(count: number, options: ReplicaOptions): Promise<Replica[]> {
  const replicas: Replica[] = [];
  try {
    for (let i = 0; i < count; i++) replicas.push(await startReplica(options));
  } catch (error) {
    await Promise.all(replicas.map((replica) => replica.process.stop()));
    throw error;
  }
  return replicas;
}
