/**
 * `npm run discord` with DISCORD_SHARDS: discord.js's ShardingManager runs one process per shard, each the ordinary
 * bot, which the gateway sends only its own guilds' events. The index is built once, into the cache file every
 * shard then loads.
 */
import { once } from 'node:events';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import { createLogger, loadDotEnv, type Logger, withDeadline } from '../../src/index.ts';
import { buildOffThread } from '../../src/reload/build-off-thread.ts';
import { runAdapter, runEntry, secretsOf, type AdapterEntry } from '../shared/run-adapter.ts';
import { stateSecrets } from '../shared/state/state-config.ts';
import { restOptions, type DiscordBotConfig } from './config.ts';

// A shard must be ready within this, its index load included. Between spawns the manager waits its default 5.5 s,
// which keeps to Discord's one identify per 5 s.
const READY_TIMEOUT_MS = 120_000;
// What stopping shards may take beyond their own grace period before they are ended outright.
const STOP_MARGIN_MS = 5_000;

/** How many shards Discord recommends for this bot (GET /gateway/bot, through DISCORD_API_URL when set). */
async function recommendedShards(config: Pick<DiscordBotConfig, 'DISCORD_TOKEN' | 'DISCORD_API_URL'>): Promise<number> {
  const rest = new REST(restOptions(config)).setToken(config.DISCORD_TOKEN);
  const { shards } = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return shards;
}

/** Stops every shard gracefully (SIGTERM: each finishes its answers in flight), ending any that overstay. */
async function stopShards(manager: ShardingManager, graceMs: number): Promise<void> {
  manager.respawn = false;
  const children = [...manager.shards.values()]
    .flatMap((shard) => (shard.process ? [shard.process] : []))
    .filter((child) => child.exitCode === null && child.signalCode === null);
  const exited = Promise.all(children.map((child) => once(child, 'exit')));
  for (const child of children) child.kill('SIGTERM');
  await withDeadline(exited, graceMs + STOP_MARGIN_MS, 'Stopping the shards').catch(() => {
    for (const child of children) child.kill('SIGKILL');
  });
}

function watchShard(shard: Shard, manager: ShardingManager, logger: Logger): void {
  shard.on('ready', () => logger.info({ event: 'discord_shard_ready', shard: shard.id }, `shard ${shard.id} ready`));
  shard.on('death', () => {
    const fields = { event: 'discord_shard_exited', shard: shard.id, restarting: manager.respawn };
    logger.warn(fields, `shard ${shard.id} exited`);
  });
}

/** Spawns the shards one after another, then keeps them running (restarting any that dies) until a signal. */
async function manageShards(config: DiscordBotConfig, logger: Logger): Promise<void> {
  const total = config.DISCORD_SHARDS === 'auto' ? await recommendedShards(config) : (config.DISCORD_SHARDS ?? 1);
  if (config.INDEX_CACHE_DIR) {
    await buildOffThread({ corpusDir: config.CORPUS_DIR, cacheDir: config.INDEX_CACHE_DIR }, logger);
  }
  // Each shard runs this same entry point (TypeScript or compiled), which sees SHARDING_MANAGER and runs the bot.
  // biome-ignore lint/style/noNonNullAssertion: run as a script, so Node has set argv[1] to its path
  const manager = new ShardingManager(process.argv[1]!, {
    totalShards: total,
    token: config.DISCORD_TOKEN,
    execArgv: process.execArgv,
    respawn: false,
  });
  manager.on('shardCreate', (shard) => watchShard(shard, manager, logger));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ event: 'discord_shards_stopping', signal }, 'stopping every shard');
      void stopShards(manager, config.SHUTDOWN_GRACE_MS).then(() => process.exit(0));
    });
  }
  logger.info({ event: 'discord_shards_starting', shards: total }, `starting ${total} shards`);
  try {
    await manager.spawn({ amount: total, timeout: READY_TIMEOUT_MS });
  } catch (error) {
    // The shard said why on stderr; the others are stopped so the whole bot fails as one.
    await stopShards(manager, config.SHUTDOWN_GRACE_MS);
    throw error;
  }
  manager.respawn = true;
  logger.info({ event: 'discord_shards_ready', shards: total }, 'every shard is ready');
}

/**
 * The Discord entry point: a shard manager when DISCORD_SHARDS is set, else one bot process. A process spawned as a
 * shard always runs the bot itself.
 */
export async function runDiscord(entry: AdapterEntry<DiscordBotConfig>): Promise<void> {
  if (process.env.SHARDING_MANAGER) {
    // The manager is gone (stopped or crashed): stop gracefully rather than live on unmanaged.
    process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
    return runAdapter(entry);
  }
  loadDotEnv();
  if (!process.env.DISCORD_SHARDS?.trim()) return runAdapter(entry);
  let secrets: string[] = [];
  return runEntry(
    entry.name,
    entry.explainStartupError,
    async () => {
      const config = entry.loadConfig();
      secrets = [...secretsOf(config), ...stateSecrets(config)];
      const logger = createLogger({ level: config.LOG_LEVEL ?? 'info', name: 'coverage-bot-discord-shards', secrets });
      await manageShards(config, logger);
    },
    () => secrets,
  );
}
