/** The one Redis connection a replica shares its state through, and how its outages are noticed and logged. */
import { Redis } from 'ioredis';
import { DeadlineError, describeError, type Logger, SharedStateError, withDeadline } from '../../../../src/index.ts';
import { shownRedisUrl } from '../state-config.ts';

/** How to reach Redis, and how long to wait for it. */
export interface RedisConnectOptions {
  url: string;
  logger: Logger;
  /** How long start-up waits for Redis to answer before giving up (default 5 s). */
  connectTimeoutMs?: number;
  /** How long one command may take while running before the local fallback answers instead (default 500 ms). */
  commandTimeoutMs?: number;
}

// Reconnection is attempted for as long as the process runs; the wait between tries grows to at most 2 s.
const retryDelay = (attempt: number): number => Math.min(attempt * 100, 2_000);

/**
 * Connects to Redis and waits for a PING, or throws a SharedStateError naming the URL (never its password) and the
 * fix: the operator asked for shared state, so starting without it would quietly answer retries twice.
 */
export async function connectRedis(options: RedisConnectOptions): Promise<Redis> {
  const connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
  const client = new Redis(options.url, {
    lazyConnect: true,
    connectTimeout: connectTimeoutMs,
    // While Redis is away, commands fail at once and the local fallback answers, instead of queueing behind it.
    enableOfflineQueue: false,
    commandTimeout: options.commandTimeoutMs ?? 500,
    maxRetriesPerRequest: 1,
    retryStrategy: retryDelay,
  });
  // The socket's own error ("connect ECONNREFUSED …") says more than the rejected connect() ("Connection is closed").
  let socketError: unknown;
  const remember = (error: unknown): void => void (socketError = error);
  client.on('error', remember);
  try {
    await withDeadline(
      client.connect().then(() => client.ping()),
      connectTimeoutMs,
      'Connecting to Redis',
    );
  } catch (error) {
    client.disconnect();
    const how =
      error instanceof DeadlineError
        ? `did not answer within ${connectTimeoutMs} ms`
        : `could not be reached (${describeError(socketError ?? error)})`;
    const fix = 'start Redis or correct REDIS_URL; or unset REDIS_URL to keep state in this one process';
    throw new SharedStateError(`Redis at ${shownRedisUrl(options.url)} ${how}: ${fix}`, { cause: error });
  }
  client.off('error', remember);
  return client;
}

/**
 * Whether Redis is answering, as the connection and each command show it: one warning when it stops (answering goes
 * on from local state), one notice when it is back, and the listeners that resynchronise then.
 */
export class RedisHealth {
  private down = false;
  private closing = false;
  private readonly recovered: Array<() => void> = [];

  constructor(
    private readonly client: Redis,
    private readonly logger: Logger,
  ) {
    client.on('error', (error: unknown) => this.failed('connection', error));
    client.on('close', () => this.failed('connection', new Error('connection closed')));
    client.on('ready', () => this.succeeded());
  }

  /** Runs `listener` each time Redis answers again after an outage. */
  onRecovered(listener: () => void): void {
    this.recovered.push(listener);
  }

  /** Notes a failed command or connection; only the first of an outage is logged. */
  failed(what: string, error: unknown): void {
    if (this.down || this.closing) return;
    this.down = true;
    const fields = { event: 'redis_unavailable', what, err: describeError(error) };
    this.logger.warn(fields, "Redis is not answering; using this process's own state until it is back");
  }

  /** Notes a good answer; the first after an outage is logged and wakes the recovery listeners. */
  succeeded(): void {
    if (!this.down) return;
    this.down = false;
    this.logger.info({ event: 'redis_recovered' }, 'Redis is answering again; state is shared again');
    for (const listener of this.recovered) listener();
  }

  /** Closes the connection (QUIT, or a hard disconnect if Redis is away), without logging it as an outage. */
  async close(): Promise<void> {
    this.closing = true;
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
