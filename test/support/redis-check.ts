import { REDIS_MISSING } from './redis-server.ts';

/** Vitest global setup: says once per run, in one line, why the tests that need Redis are skipped, if they are. */
export default function reportRedis(): void {
  if (REDIS_MISSING) process.stdout.write(`Redis tests skipped: ${REDIS_MISSING}\n`);
}
