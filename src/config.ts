import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { EngineOptions } from './create-engine.ts';
import { ConfigError } from './errors.ts';
import { DEFAULT_CACHE_DIR, DEFAULT_CORPUS_DIR } from './paths.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Settings the core reads from the environment; every adapter shares them. */
export const CoreConfigSchema = z.object({
  CORPUS_DIR: z.string().min(1).default(DEFAULT_CORPUS_DIR),
  // Unset means each entry point's own default: quiet for the CLI and REPL, `info` for the chat adapters.
  LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
  /** Conversations remembered at once for follow-up questions (least recently used forgotten first). */
  CONVERSATION_MAX: z.coerce.number().int().positive().default(10_000),
  /** Minutes after which an idle conversation is forgotten. */
  CONVERSATION_IDLE_MINUTES: z.coerce.number().positive().default(30),
  /** Directory for the saved index, so start-up skips rebuilding an unchanged corpus; "off" disables it. */
  INDEX_CACHE_DIR: z
    .string()
    .min(1)
    .transform((dir) => (dir.toLowerCase() === 'off' ? null : dir))
    .default(DEFAULT_CACHE_DIR),
  /** Longest question accepted, in characters; longer ones get a friendly message stating the limit. */
  QUESTION_MAX_CHARS: z.coerce.number().int().min(20).max(10_000).default(500),
  /** Questions one user may ask per RATE_LIMIT_WINDOW_SECONDS, in Slack and Discord. */
  RATE_LIMIT_PER_USER: z.coerce.number().int().positive().default(10),
  /** Questions everyone together may ask per window. */
  RATE_LIMIT_GLOBAL: z.coerce.number().int().positive().default(300),
  /** The rate-limit window, in seconds. */
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  /** Milliseconds a chat answer may take before the asker gets an apology instead of silence. */
  ANSWER_DEADLINE_MS: z.coerce.number().int().min(100).default(10_000),
  /** Milliseconds a shutting-down adapter waits for answers in flight before it closes. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(5_000),
  /** Engine worker threads for the chat adapters, each holding its own copy of the index (memory grows with each). */
  ENGINE_WORKERS: z.coerce.number().int().min(1).max(16).default(1),
  /**
   * The nice value of the engine workers' threads (Linux; 0 leaves them as they are): above 0, answering yields a
   * contended core to the thread that acknowledges chat events, at the price of more "busy" replies under load.
   */
  ENGINE_NICE: z.coerce.number().int().min(0).max(19).default(0),
  /** Questions that may wait for an engine worker; past that, askers are told to try again in a moment. */
  ANSWER_QUEUE_MAX: z.coerce.number().int().min(0).default(64),
  /** Where the REPL keeps its question history across sessions. */
  HISTORY_FILE: z.string().min(1).default(join(homedir(), '.coverage_bot_history')),
});

/** The validated core settings. */
export type CoreConfig = z.infer<typeof CoreConfigSchema>;

/** Each variable's fix, shown next to the problem when validation fails. */
const FIXES: Record<string, string> = {
  CORPUS_DIR: 'set it to a directory of .txt/.md articles, or unset it to use the bundled corpus',
  LOG_LEVEL: `use one of ${LOG_LEVELS.join(', ')}`,
  HISTORY_FILE: 'set it to a writable file path, or unset it to use ~/.coverage_bot_history',
  INDEX_CACHE_DIR: 'set it to a writable directory, "off" to always rebuild the index, or unset it to use .cache/',
  CONVERSATION_MAX: 'use a positive whole number, e.g. 10000',
  QUESTION_MAX_CHARS: 'use a whole number of characters between 20 and 10000, e.g. 500',
  RATE_LIMIT_PER_USER: 'use a positive whole number of questions, e.g. 10',
  RATE_LIMIT_GLOBAL: 'use a positive whole number of questions, e.g. 300',
  RATE_LIMIT_WINDOW_SECONDS: 'use a positive whole number of seconds, e.g. 60',
  ANSWER_DEADLINE_MS: 'use a whole number of milliseconds, at least 100, e.g. 10000',
  SHUTDOWN_GRACE_MS: 'use a whole number of milliseconds, e.g. 5000',
  CONVERSATION_IDLE_MINUTES: 'use a positive number of minutes, e.g. 30',
  ENGINE_WORKERS: 'use a whole number of worker threads from 1 to 16, e.g. 1 (each holds a copy of the index)',
  ANSWER_QUEUE_MAX: 'use a whole number of questions, e.g. 64',
  ENGINE_NICE: 'use a whole number from 0 (as other threads) to 19 (yield the most), e.g. 10',
};

/** Validates `env` against a zod schema and throws one ConfigError listing every problem and its fix. */
export function parseEnv<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined>,
  what: string,
  fixes: Record<string, string> = {},
): z.infer<S> {
  // Empty strings in .env files mean "not set", so defaults and "required" checks apply to them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const allFixes = { ...FIXES, ...fixes };
  const problems = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const value = present[key];
    const shown = value === undefined ? 'is not set' : `is invalid (${issue.message})`;
    const fix = allFixes[key] ? `: ${allFixes[key]}` : '';
    return `${key} ${shown}${fix}`;
  });
  throw new ConfigError(what, problems);
}

/** Loads variables from a `.env` file into process.env when one exists (variables already set win). */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** The createEngine options that follow from the core settings; every entry point passes them. */
export function engineSettings(
  config: CoreConfig,
): Required<Pick<EngineOptions, 'corpusDir' | 'cacheDir' | 'maxQuestionChars' | 'conversations' | 'rateLimits'>> {
  return {
    corpusDir: config.CORPUS_DIR,
    cacheDir: config.INDEX_CACHE_DIR,
    maxQuestionChars: config.QUESTION_MAX_CHARS,
    conversations: { maxConversations: config.CONVERSATION_MAX, idleMs: config.CONVERSATION_IDLE_MINUTES * 60_000 },
    rateLimits: {
      perUser: config.RATE_LIMIT_PER_USER,
      global: config.RATE_LIMIT_GLOBAL,
      windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
    },
  };
}

/** Reads the core settings once from the environment. */
export function loadCoreConfig(env: Record<string, string | undefined> = process.env): CoreConfig {
  return parseEnv(CoreConfigSchema, env, 'coverage-bot');
}
