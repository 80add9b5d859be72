import type {
  AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs, SlackCommandMiddlewareArgs, SlackEventMiddlewareArgs,
} from '@slack/bolt';
import type { AskOptions, Engine } from '../../src/engine.ts';
import { describeError } from '../../src/errors.ts';
import type { Logger } from '../../src/logger.ts';
import { renderAnswer, renderApology, renderUsage, type RenderOptions, type SlackMessage } from './blocks.ts';
import { commandConversation, threadConversation } from './conversation.ts';
import type { EventMemory } from './event-memory.ts';
import { questionFromMessage } from './mrkdwn.ts';
import { suggestionRoute } from './suggestions.ts';

/** What the handlers share: the core, the log, and the memory of events already answered. */
export interface HandlerDeps {
  engine: Engine;
  logger: Logger;
  memory: EventMemory;
}

/** How one delivery ended; each is logged once as a `slack_handled` record. */
type Outcome = 'answered' | 'abstained' | 'usage' | 'failed' | 'duplicate' | 'ignored';

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
}

/** Who asks, as the core's per-user rate limit counts them: user ids are unique within a workspace. */
const asker = (team: string | undefined, user: string): string => `slack:${team ?? ''}:${user}`;

/**
 * Turns a question asked in a conversation into a message: the usage text when empty, the rendered answer, or an
 * apology when the core fails.
 */
async function composeReply(
  deps: HandlerDeps, question: string, asked: Required<Pick<AskOptions, 'conversation' | 'user'>>, render: RenderOptions,
): Promise<{ message: SlackMessage; outcome: Outcome }> {
  if (!question) return { message: renderUsage(deps.engine.examples), outcome: 'usage' };
  try {
    const answer = await deps.engine.ask(question, asked);
    return { message: renderAnswer(answer, render), outcome: answer.abstained ? 'abstained' : 'answered' };
  } catch (error) {
    deps.logger.error({ event: 'slack_core_failed', question, err: describeError(error) }, 'the core failed to answer');
    return { message: renderApology(), outcome: 'failed' };
  }
}

/** Why a message must not be answered, or null: anything but a fresh human message would risk loops or double replies. */
function ignoreReason(incoming: IncomingMessage, botUserId: string | undefined): string | null {
  if (incoming.subtype !== undefined) return `subtype ${incoming.subtype}`;
  if (incoming.botId !== undefined || (botUserId !== undefined && incoming.user === botUserId)) return 'bot message';
  if (incoming.edited) return 'edited message';
  return null;
}

/** Where a reply in a thread goes, and what its `slack_handled` record says. */
interface ThreadReply {
  channel: string;
  threadTs: string;
  user: string;
  log: Record<string, unknown>;
}

/** Answers a question in a thread (mentions, DMs and clicks under their answers); the thread is its conversation. */
async function replyInThread(deps: HandlerDeps, args: AllMiddlewareArgs, question: string, to: ThreadReply, render: RenderOptions): Promise<void> {
  const { teamId } = args.context;
  const asked = { conversation: threadConversation(teamId, to.channel, to.threadTs), user: asker(teamId, to.user) };
  const { message, outcome } = await composeReply(deps, question, asked, render);
  try {
    // Source links would unfurl into large previews under every answer, so unfurling is off.
    await args.client.chat.postMessage({ channel: to.channel, thread_ts: to.threadTs, ...message, unfurl_links: false, unfurl_media: false });
    deps.logger.info({ ...to.log, outcome }, 'replied');
  } catch (error) {
    deps.logger.error({ ...to.log, outcome: 'failed', err: describeError(error) }, 'could not post the reply');
  }
}

type Respond = SlackCommandMiddlewareArgs['respond'];

/**
 * Answers a question through a response URL (/ask, and clicks under its answers) in the asker's conversation in the
 * channel: visible to the channel unless asked privately; usage hints and apologies concern the asker alone.
 */
async function respondWithAnswer(
  deps: HandlerDeps, respond: Respond, question: string, where: { team: string | undefined; channel: string; user: string }, privately: boolean,
  log: Record<string, unknown>,
): Promise<void> {
  const asked = { conversation: commandConversation(where.team, where.channel, where.user), user: asker(where.team, where.user) };
  const { message, outcome } = await composeReply(deps, question, asked, { showQuestion: true, suggestionRoute: 'command' });
  const visible = !privately && (outcome === 'answered' || outcome === 'abstained');
  try {
    // Always a new message: a click must leave the answer it was made under in place.
    await respond({ response_type: visible ? 'in_channel' : 'ephemeral', replace_original: false, ...message });
    deps.logger.info({ ...log, outcome, ephemeral: !visible }, 'responded');
  } catch (error) {
    deps.logger.error({ ...log, outcome: 'failed', err: describeError(error) }, 'could not respond');
  }
}

/** Answers a mention or DM once, in its thread; repeats, retries of seen events, bots and edits get no reply. */
async function handleMessage(deps: HandlerDeps, incoming: IncomingMessage, args: AllMiddlewareArgs): Promise<void> {
  const { logger, memory } = deps;
  const { context } = args;
  const { kind, eventId, channel, ts, user } = incoming;
  const base = { event: 'slack_handled', kind, eventId, channel, retryNum: context.retryNum };
  const ignored = ignoreReason(incoming, context.botUserId) ?? (user === undefined ? 'no user' : null);
  if (ignored || user === undefined) return logger.debug({ ...base, outcome: 'ignored', reason: ignored }, 'ignored');
  // Both keys: Slack can redeliver one event (same id) or send one message as two events (a mention in a DM).
  const keys = eventId ? [`event:${eventId}`, `message:${channel}/${ts}`] : [`message:${channel}/${ts}`];
  if (!memory.claim(...keys)) {
    return logger.debug({ ...base, outcome: 'duplicate' }, 'already answered');
  }
  const question = questionFromMessage(incoming.text ?? '', context.botUserId);
  // The reply goes into the message's thread, or starts one under it.
  await replyInThread(deps, args, question, { channel, threadTs: incoming.threadTs ?? ts, user, log: { ...base, user } }, {});
}

/** Listener for `app_mention`: a question addressed to the bot in a channel. */
export function mentionListener(deps: HandlerDeps) {
  return async (args: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const { event, body } = args;
    await handleMessage(deps, {
      kind: 'mention', eventId: body.event_id, channel: event.channel, ts: event.ts, threadTs: event.thread_ts, user: event.user,
      text: event.text, botId: event.bot_id, subtype: event.subtype, edited: event.edited !== undefined,
    }, args);
  };
}

/** Listener for `message`: direct messages to the bot; other conversations are left to mentions. */
export function directMessageListener(deps: HandlerDeps) {
  return async (args: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const { message, body } = args;
    if (message.channel_type !== 'im') return;
    const generic = message.subtype === undefined ? message : undefined;
    await handleMessage(deps, {
      kind: 'dm', eventId: body.event_id, channel: message.channel, ts: message.ts, threadTs: generic?.thread_ts, user: generic?.user,
      text: generic?.text, botId: generic?.bot_id, subtype: message.subtype, edited: generic?.edited !== undefined,
    }, args);
  };
}

/** `/ask private …` (or just `/ask private`) answers only the asker; the flag is the first word, any case. */
export function parseAskText(text: string): { question: string; ephemeral: boolean } {
  const match = /^\s*private\b(.*)$/isu.exec(text);
  return match ? { question: match[1]?.trim() ?? '', ephemeral: true } : { question: text.trim(), ephemeral: false };
}

/** Listener for `/ask`: acknowledges at once (Slack allows 3 s), then answers through the command's response URL. */
export function askCommandListener(deps: HandlerDeps) {
  return async ({ ack, command, context, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const parsed = parseAskText(command.text);
    const question = questionFromMessage(parsed.question, undefined);
    const where = { team: context.teamId, channel: command.channel_id, user: command.user_id };
    await respondWithAnswer(deps, respond, question, where, parsed.ephemeral, { event: 'slack_handled', kind: 'command', ...where });
  };
}

/** The parts of a click's `container` that say where the clicked message is; Bolt types them loosely. */
interface ClickedMessage {
  channel_id?: string;
  message_ts?: string;
  thread_ts?: string;
  is_ephemeral?: boolean;
}

/**
 * Listener for a click on a suggested question: acknowledges at once and asks the question in the clicked answer's
 * conversation, answering where that answer is: in its thread, or (under an /ask answer) through the action's
 * response URL, privately if that answer was private. The reply repeats the question, which nobody typed.
 */
export function suggestionListener(deps: HandlerDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    const { ack, action, body, context, respond } = args;
    await ack();
    const container = body.container as ClickedMessage;
    const channel = body.channel?.id ?? container.channel_id ?? '';
    const user = body.user.id;
    const log = { event: 'slack_handled', kind: 'suggestion', channel, user, actionTs: action.action_ts };
    // The value is a question the bot itself rendered, so it is asked as it is.
    const question = action.value ?? '';
    if (suggestionRoute(action.action_id) === 'command') {
      await respondWithAnswer(deps, respond, question, { team: context.teamId, channel, user }, container.is_ephemeral === true, log);
      return;
    }
    // The answer sits in a thread (the bot always replies in one); its own ts stands in only if Slack leaves that out.
    const threadTs = String(body.message?.thread_ts ?? container.thread_ts ?? body.message?.ts ?? container.message_ts ?? '');
    await replyInThread(deps, args, question, { channel, threadTs, user, log }, { showQuestion: true });
  };
}
