import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes } from 'discord.js';

const TOKEN_REFUSED =
  'Discord refused DISCORD_TOKEN: copy a fresh token from the Developer Portal ' +
  '(your application → Bot → Reset Token).';
const INTENT_REFUSED =
  'Discord refused the Message Content intent that DISCORD_ENABLE_MENTIONS=true needs: turn on ' +
  'Bot → Privileged Gateway Intents → Message Content Intent in the Developer Portal, ' +
  'or set DISCORD_ENABLE_MENTIONS=false.';

/** The fix for a Discord error at startup (a refused token or intent); undefined for errors Discord didn't explain. */
export function discordStartupProblem(error: unknown): string | undefined {
  // The gateway login reports a refused token as TokenInvalid; REST calls (registration) as a 401.
  const tokenRefused =
    (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) ||
    (error instanceof DiscordAPIError && error.status === 401);
  if (tokenRefused) return TOKEN_REFUSED;
  // @discordjs/ws reports gateway close code 4014 only through this message.
  if (error instanceof Error && error.message === 'Used disallowed intents') return INTENT_REFUSED;
  return undefined;
}
