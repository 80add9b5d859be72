import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger } from 'pino';

/** Paths that may hold secrets anywhere in a log record; pino replaces them before anything is written. */
const REDACTED_PATHS = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  '*.headers["x-slack-signature"]',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_APP_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'config.DISCORD_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'DISCORD_TOKEN',
];

// Token shapes that can hide inside any string a library puts in an error (messages, request headers, URLs):
// Slack bot/user/app tokens, Discord bot tokens (three base64url parts), and Bot/Bearer authorization values.
// The lookbehind starts a match only at the beginning of a run, so a long run without dots costs linear time.
const TOKEN_SHAPES = new RegExp(
  [
    String.raw`\bxox[a-z]-[\w-]+`,
    String.raw`\bxapp-[\w-]+`,
    String.raw`(?<![\w-])[\w-]{20,}\.[\w-]{6,}\.[\w-]{20,}`,
    String.raw`\b(?:Bot|Bearer) [\w-]{20,}(?:\.[\w-]+)*`,
  ].join('|'),
  'gu',
);
const CENSOR = '[redacted]';

/** Replaces every token-shaped string and every one of `secrets` (exact values, e.g. a signing secret) in `text`. */
export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  let scrubbed = text.replace(TOKEN_SHAPES, CENSOR);
  // Secrets can appear JSON-escaped in a log line only if they contain quotes or backslashes, which no token does.
  for (const secret of secrets) if (secret.length >= 8) scrubbed = scrubbed.replaceAll(secret, CENSOR);
  return scrubbed;
}

/** Options for {@link createLogger}; `destination` defaults to stderr so stdout stays free for answers. */
export interface LoggerOptions {
  level?: string;
  name?: string;
  destination?: DestinationStream;
  /** Exact secret values (tokens, signing secrets) to scrub from every line, wherever they appear. */
  secrets?: readonly string[];
}

/** Creates the project's structured (pino) logger, writing JSON lines to stderr with secrets redacted and scrubbed. */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      name: options.name ?? 'coverage-bot',
      level: options.level ?? 'info',
      redact: { paths: REDACTED_PATHS, censor: CENSOR },
      // Paths cannot reach a token nested deep inside a library's error (an HTTP client's request headers), so every
      // finished line is scrubbed as well.
      hooks: { streamWrite: (line) => scrubSecrets(line, options.secrets) },
    },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** A logger that discards everything, for tests and library use without logging. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
