/** The `/ask` slash command: its flags, and answering through the command's response URL. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { questionFromMessage } from './mrkdwn.ts';
import { requestLog, respondWithAnswer, type HandlerDeps } from './replying.ts';

/** What `/ask` was asked to do: answer a question (privately or not), or show its help. */
export interface AskText {
  question: string;
  ephemeral: boolean;
  help: boolean;
}

// Flags are whole words at the start, so "/ask private-equity firms…" or "/ask privately…" stays a question.
const PRIVATE_FLAG = /^(?:--)?private$/i;
const HELP_FLAG = /^(?:--)?help$/i;

/**
 * Reads `/ask` text: a first word `private` or `--private` (any case) answers only the asker, the rest being the
 * question; `help` or `--help` alone shows the usage.
 */
export function parseAskText(text: string): AskText {
  const trimmed = text.trim();
  const first = trimmed.split(/\s+/u, 1)[0] ?? '';
  if (HELP_FLAG.test(trimmed)) return { question: '', ephemeral: true, help: true };
  if (PRIVATE_FLAG.test(first)) return { question: trimmed.slice(first.length).trim(), ephemeral: true, help: false };
  return { question: trimmed, ephemeral: false, help: false };
}

/** Listener for `/ask`: acknowledges at once (Slack allows 3 s), then answers through the command's response URL. */
export function askCommandListener(deps: HandlerDeps) {
  return async ({ ack, command, context, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const parsed = parseAskText(command.text);
    // An empty question is answered with the usage, which is also what help asks for.
    const question = parsed.help ? '' : questionFromMessage(parsed.question);
    const where = { team: context.teamId, channel: command.channel_id, user: command.user_id };
    await respondWithAnswer(deps, respond, question, where, parsed.ephemeral, requestLog('command', where));
  };
}
