import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/index.ts';

// Bolt knows four levels; pino's extra ones map onto the nearest (fatal logs as error, trace as debug).
const TO_BOLT: Record<string, LogLevel> = {
  fatal: LogLevel.ERROR,
  error: LogLevel.ERROR,
  warn: LogLevel.WARN,
  info: LogLevel.INFO,
  debug: LogLevel.DEBUG,
  trace: LogLevel.DEBUG,
};

/**
 * Lets Bolt and its Web API client log through the project's pino logger, so their lines are JSON on stderr with the
 * same redaction as ours. Bolt logs strings and errors; they become the record's message and `err`.
 */
export function boltLogger(logger: Logger): BoltLogger {
  // A child, so Bolt's setLevel() never changes the level of the adapter's own logging.
  const child = logger.child({ component: 'bolt' });
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]) => {
      const errors = parts.filter((part): part is Error => part instanceof Error);
      const text = parts.map((part) => (part instanceof Error ? part.message : String(part))).join(' ');
      if (errors[0]) child[level]({ err: errors[0] }, text);
      else child[level](text);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: (level: LogLevel) => {
      child.level = level;
    },
    getLevel: () => TO_BOLT[child.level] ?? LogLevel.ERROR,
    setName: () => {
      // The child's `component` field already names Bolt's records.
    },
  };
}
