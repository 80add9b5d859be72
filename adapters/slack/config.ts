import { z } from 'zod';
import { CoreConfigSchema, parseEnv } from '../../src/index.ts';
import { STATE_FIXES, StateSettings } from '../shared/state/state-config.ts';

// Only the shape of a secret is checked: Slack alone can say whether it is valid, and values are never echoed.
const token = (prefix: string, kind: string) =>
  z.string().regex(new RegExp(`^${prefix}-\\S+$`), `expected ${kind} starting with ${prefix}-`);

const SlackSettings = z.object({
  SLACK_BOT_TOKEN: token('xoxb', 'a bot token'),
  // Set: Socket Mode (no public URL needed). Unset: HTTP mode, which needs the signing secret.
  SLACK_APP_TOKEN: token('xapp', 'an app-level token').optional(),
  SLACK_SIGNING_SECRET: z
    .string()
    .regex(/^[0-9a-f]{32,}$/i, 'expected the hex Signing Secret, not the Verification Token')
    .optional(),
  PORT: z.coerce.number({ error: 'expected a port number' }).int().min(0).max(65_535).default(3000),
  SLACK_API_URL: z
    .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
    // The Web API client appends method names to this base, so it must end with exactly one slash.
    .transform((url) => `${url.replace(/\/+$/, '')}/`)
    .optional(),
});

// HTTP mode verifies every request with the signing secret, so one of the two must be set.
const hasReceiverSecret = (env: { SLACK_APP_TOKEN?: string | undefined; SLACK_SIGNING_SECRET?: string | undefined }) =>
  env.SLACK_APP_TOKEN !== undefined || env.SLACK_SIGNING_SECRET !== undefined;
// `when` runs the check even when other variables are wrong, so one error lists every problem.
const receiverSecretIssue = { path: ['SLACK_SIGNING_SECRET'], when: () => true };

/** Settings the Slack adapter reads from the environment. */
export const SlackConfigSchema = SlackSettings.refine(hasReceiverSecret, receiverSecretIssue);

/** The validated Slack settings. */
export type SlackConfig = z.infer<typeof SlackConfigSchema>;

/** Core, Slack and shared-state settings together, as `npm run slack` reads them at start. */
export const SlackBotConfigSchema = CoreConfigSchema.extend({ ...SlackSettings.shape, ...StateSettings.shape }).refine(
  hasReceiverSecret,
  receiverSecretIssue,
);

/** The validated settings `npm run slack` runs with. */
export type SlackBotConfig = z.infer<typeof SlackBotConfigSchema>;

/** Each variable's fix, shown next to the problem when validation fails. */
const FIXES: Record<string, string> = {
  ...STATE_FIXES,
  SLACK_BOT_TOKEN:
    'install the app to your workspace, then copy the Bot User OAuth Token ' +
    '(api.slack.com/apps → your app → OAuth & Permissions)',
  SLACK_APP_TOKEN:
    'for Socket Mode, create an app-level token with the connections:write scope ' +
    '(Basic Information → App-Level Tokens); or unset it to use HTTP mode',
  SLACK_SIGNING_SECRET:
    'HTTP mode needs it, so copy the Signing Secret (Basic Information → App Credentials); ' +
    'or set SLACK_APP_TOKEN to use Socket Mode instead',
  PORT: 'set it to the port HTTP mode listens on (default 3000)',
  SLACK_API_URL: 'set it to a Web API base URL like https://slack.com/api/, or unset it',
};

/** Which way the adapter receives events: a Socket Mode websocket, or HTTP requests Slack signs. */
export function slackMode(config: Pick<SlackConfig, 'SLACK_APP_TOKEN'>): 'socket' | 'http' {
  return config.SLACK_APP_TOKEN ? 'socket' : 'http';
}

/** Reads the Slack settings once (tests and tools that bring their own engine). */
export function loadSlackConfig(env: Record<string, string | undefined> = process.env): SlackConfig {
  return parseEnv(SlackConfigSchema, env, 'The Slack adapter', FIXES);
}

/** Reads the core and Slack settings once, reporting every problem of both in one error. */
export function loadSlackBotConfig(env: Record<string, string | undefined> = process.env): SlackBotConfig {
  return parseEnv(SlackBotConfigSchema, env, 'The Slack adapter', FIXES);
}
