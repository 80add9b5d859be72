import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes } from 'discord.js';
import { ConfigError, describeError } from '../../src/errors.ts';

const TOKEN_REFUSED =
  'Discord refused DISCORD_TOKEN: copy a fresh token from the Developer Portal (your application → Bot → Reset Token).';
const INTENT_REFUSED =
  'Discord refused the Message Content intent that DISCORD_ENABLE_MENTIONS=true needs: turn on Bot → Privileged Gateway Intents → ' +
  'Message Content Intent in the Developer Portal, or set DISCORD_ENABLE_MENTIONS=false.';

/** One message saying why startup failed and, where the cause is known, what to change. */
function startupProblem(name: string, error: unknown): string {
  // ConfigError already lists every problem with its fix.
  if (error instanceof ConfigError) return error.message;
  // The gateway login reports a refused token as TokenInvalid; REST calls (registration) as a 401.
  const tokenRefused =
    (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) ||
    (error instanceof DiscordAPIError && error.status === 401);
  if (tokenRefused) return TOKEN_REFUSED;
  // @discordjs/ws reports gateway close code 4014 only through this message.
  if (error instanceof Error && error.message === 'Used disallowed intents') return INTENT_REFUSED;
  return `${name} could not start: ${describeError(error)}`;
}

/** Runs an npm-script entry point; a startup failure prints one clear message (never a stack trace) and exits non-zero. */
export async function runEntry(name: string, start: () => Promise<void>): Promise<void> {
  try {
    await start();
  } catch (error) {
    process.stderr.write(`${startupProblem(name, error)}\n`);
    process.exit(1);
  }
}
