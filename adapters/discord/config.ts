import type { RESTOptions } from 'discord.js';
import { z } from 'zod';
import { CoreConfigSchema, parseEnv } from '../../src/index.ts';
import { STATE_FIXES, StateSettings } from '../shared/state/state-config.ts';

// Discord ids are 64-bit integers written in decimal ("snowflakes").
const snowflake = z.string().regex(/^\d{17,20}$/, 'expected a 17–20 digit Discord id');

/** Settings the Discord adapter reads from the environment (with the core's question length, which it registers). */
export const DiscordConfigSchema = z.object({
  // Only the shape is checked: Discord alone can say whether a token is valid, and the value must never be echoed.
  DISCORD_TOKEN: z
    .string()
    .regex(/^[^\s"']{30,}$/, 'not a bot token: expected 30+ characters without spaces or quotes'),
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  DISCORD_ENABLE_MENTIONS: z.stringbool({ error: 'expected true or false' }).default(false),
  QUESTION_MAX_CHARS: CoreConfigSchema.shape.QUESTION_MAX_CHARS,
});

/** The validated Discord settings. */
export type DiscordConfig = z.infer<typeof DiscordConfigSchema>;

/** Core, Discord and shared-state settings together, as the bot reads them at start. */
export const DiscordBotConfigSchema = CoreConfigSchema.extend({
  ...DiscordConfigSchema.shape,
  ...StateSettings.shape,
  // Unset: one process. `auto` asks Discord how many shards the bot needs; a number fixes it.
  DISCORD_SHARDS: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(1_000)], {
      error: 'expected auto or a whole number of shards from 1 to 1000',
    })
    .optional(),
});

/** The validated settings `npm run discord` runs with. */
export type DiscordBotConfig = z.infer<typeof DiscordBotConfigSchema>;

/** Each variable's fix, shown next to the problem when validation fails. */
const FIXES: Record<string, string> = {
  ...STATE_FIXES,
  DISCORD_SHARDS:
    'use auto (as many shards as Discord recommends) or a number such as 2; or unset it to run one process',
  DISCORD_TOKEN:
    'copy the bot token from the Discord Developer Portal (your application → Bot → Reset Token), ' +
    'without quotes or a "Bot " prefix',
  DISCORD_APPLICATION_ID: 'copy the Application ID from the Developer Portal (your application, General Information)',
  DISCORD_GUILD_ID:
    'in Discord, enable Developer Mode and right-click your server → Copy Server ID; ' +
    'or unset it to register commands globally',
  DISCORD_API_URL: 'set it to a REST base URL without the version, like https://discord.com/api, or unset it',
  DISCORD_ENABLE_MENTIONS:
    'use true or false; true also needs Bot → Privileged Gateway Intents → Message Content Intent turned on ' +
    'in the Developer Portal',
};

/** Reads the Discord settings once (for `discord:register`, which needs no corpus). */
export function loadDiscordConfig(env: Record<string, string | undefined> = process.env): DiscordConfig {
  return parseEnv(DiscordConfigSchema, env, 'The Discord adapter', FIXES);
}

/** Reads the core and Discord settings once, reporting every problem of both in one error. */
export function loadDiscordBotConfig(env: Record<string, string | undefined> = process.env): DiscordBotConfig {
  return parseEnv(DiscordBotConfigSchema, env, 'The Discord adapter', FIXES);
}

/** REST options for discord.js: the API base is overridden only when DISCORD_API_URL is set. */
export function restOptions(config: Pick<DiscordConfig, 'DISCORD_API_URL'>): Partial<RESTOptions> {
  return config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {};
}
