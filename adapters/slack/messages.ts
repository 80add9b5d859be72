/** Questions people write to the bot: mentions in channels and direct messages. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { questionFromMessage } from './mrkdwn.ts';
import { replyInConversation, requestLog, type HandlerDeps } from './replying.ts';

/** Said under the answer to a message with files: the bot answers from its text, and the asker should know. */
export const FILES_NOT_READ = 'I read only the text of your message; attached files are not read.';

// Subtypes of messages a person writes: one sharing a file (its text is the question) and a thread reply also sent to
// the channel. Every other subtype is a bot, an edit, a deletion or a channel event, and answering those risks loops
// and double replies.
const ANSWERED_SUBTYPES: ReadonlySet<string> = new Set(['file_share', 'thread_broadcast']);

/** A mention or DM reduced to what answering it needs. */
interface IncomingMessage {
  kind: 'mention' | 'dm';
  eventId: string | undefined;
  channel: string;
  ts: string;
  threadTs: string | undefined;
  user: string | undefined;
  text: string | undefined;
  botId: string | undefined;
  subtype: string | undefined;
  edited: boolean;
  /** Whether files came with the text. */
  files: boolean;
}

/** Why a message must not be answered, or null. */
function ignoreReason(incoming: IncomingMessage, botUserId: string | undefined): string | null {
  if (incoming.subtype !== undefined && !ANSWERED_SUBTYPES.has(incoming.subtype)) return `subtype ${incoming.subtype}`;
  if (incoming.botId !== undefined || (botUserId !== undefined && incoming.user === botUserId)) return 'bot message';
  if (incoming.edited) return 'edited message';
  if (incoming.user === undefined) return 'no user';
  return null;
}

/** Answers a mention or DM once, in its thread; repeats, retries of seen events, bots and edits get no reply. */
async function handleMessage(deps: HandlerDeps, incoming: IncomingMessage, args: AllMiddlewareArgs): Promise<void> {
  const { logger, memory } = deps;
  const { context } = args;
  const { kind, eventId, channel, ts, user } = incoming;
  const base = requestLog(kind, { eventId, channel, retryNum: context.retryNum, subtype: incoming.subtype });
  const ignored = ignoreReason(incoming, context.botUserId);
  if (ignored || user === undefined) return logger.debug({ ...base, outcome: 'ignored', reason: ignored }, 'ignored');
  // Both keys: Slack can redeliver one event (same id) or send one message as two events (a mention in a DM).
  const keys = eventId ? [`event:${eventId}`, `message:${channel}/${ts}`] : [`message:${channel}/${ts}`];
  if (!(await memory.claim(...keys))) return logger.debug({ ...base, outcome: 'duplicate' }, 'already answered');
  const question = questionFromMessage(incoming.text ?? '');
  const render = incoming.files ? { note: FILES_NOT_READ } : {};
  // The reply goes into the message's thread, or starts one under it.
  const to = { channel, threadTs: incoming.threadTs ?? ts, user, log: { ...base, user } };
  await replyInConversation(deps, args, question, to, render);
}

/** Listener for `app_mention`: a question addressed to the bot in a channel. */
export function mentionListener(deps: HandlerDeps) {
  return async (args: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const { event, body } = args;
    await handleMessage(
      deps,
      {
        kind: 'mention',
        eventId: body.event_id,
        channel: event.channel,
        ts: event.ts,
        threadTs: event.thread_ts,
        user: event.user,
        text: event.text,
        botId: event.bot_id,
        subtype: event.subtype,
        edited: event.edited !== undefined,
        files: (event.files?.length ?? 0) > 0,
      },
      args,
    );
  };
}

type MessageEvent = SlackEventMiddlewareArgs<'message'>['message'];
type Authored = Pick<IncomingMessage, 'user' | 'text' | 'threadTs' | 'botId' | 'edited' | 'files'>;

// Slack's types leave bot_id off some subtypes, but an app sharing a file or broadcasting a reply still carries one.
const botIdOf = (message: object): string | undefined => {
  const id = (message as { bot_id?: unknown }).bot_id;
  return typeof id === 'string' ? id : undefined;
};

/** Author, text and thread of a message a person may have written (plain, with a file, or a broadcast reply). */
function authored(message: MessageEvent): Authored | undefined {
  switch (message.subtype) {
    case undefined:
      return {
        user: message.user,
        text: message.text,
        threadTs: message.thread_ts,
        botId: botIdOf(message),
        edited: message.edited !== undefined,
        files: (message.files?.length ?? 0) > 0,
      };
    case 'file_share':
    case 'thread_broadcast':
      return {
        user: message.user,
        text: message.text,
        threadTs: message.thread_ts,
        botId: botIdOf(message),
        edited: false,
        files: message.subtype === 'file_share',
      };
    default:
      return undefined;
  }
}

// What an ignored subtype (a bot, an edit, a deletion) is read as: nobody wrote it.
const NOBODY: Authored = {
  user: undefined,
  text: undefined,
  threadTs: undefined,
  botId: undefined,
  edited: false,
  files: false,
};

/** Listener for `message`: direct messages to the bot; other conversations are left to mentions. */
export function directMessageListener(deps: HandlerDeps) {
  return async (args: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const { message, body } = args;
    if (message.channel_type !== 'im') return;
    const { channel, ts, subtype } = message;
    const incoming = { kind: 'dm', eventId: body.event_id, channel, ts, subtype } as const;
    await handleMessage(deps, { ...incoming, ...(authored(message) ?? NOBODY) }, args);
  };
}
