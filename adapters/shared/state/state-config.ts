/** The settings that say where the chat adapters keep state shared by replicas: REDIS_URL and KEY_PREFIX. */
import { z } from 'zod';

/** Settings both chat adapters read; unset REDIS_URL keeps all state in the process, as one replica needs. */
export const StateSettings = z.object({
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'expected a redis:// or rediss:// URL' }).optional(),
  // Keys are built as `${KEY_PREFIX}:<kind>:<id>`, so several bots (or environments) can share one Redis.
  KEY_PREFIX: z
    .string()
    .regex(/^[\w.:-]{1,64}$/u, 'expected 1–64 letters, digits, _ . : or -')
    .default('coverage-bot'),
});

/** The validated state settings. */
export type StateConfig = z.infer<typeof StateSettings>;

/** Each variable's fix, shown next to the problem when validation fails. */
export const STATE_FIXES: Record<string, string> = {
  REDIS_URL:
    'set it to your Redis server, e.g. redis://redis:6379/0 (rediss:// for TLS), ' +
    'or unset it to keep state in this process',
  KEY_PREFIX: 'use letters, digits, _ . : or -, e.g. coverage-bot; replicas that share state must use the same prefix',
};

/** REDIS_URL as it may be shown in messages and logs: its password replaced. */
export function shownRedisUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** The password in REDIS_URL, if any, as written and decoded: a secret to scrub from every log line and message. */
export function stateSecrets(config: Pick<StateConfig, 'REDIS_URL'>): string[] {
  const password = config.REDIS_URL ? new URL(config.REDIS_URL).password : '';
  return password ? [...new Set([password, decodeURIComponent(password)])] : [];
}
