import { randomUUID } from 'node:crypto';
import type {
  AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs, SlackCommandMiddlewareArgs, SlackEventMiddlewareArgs,
} from '@slack/bolt';
import type { AskOptions, Engine } from '../../src/engine.ts';
import { describeError, ShuttingDownError } from '../../src/errors.ts';
import type { Logger } from '../../src/logger.ts';
import { askInTime, isPersonalRefusal, RESTARTING, type Reliability } from '../shared/reliability.ts';
import { renderAnswer, renderApology, renderNotice, renderUsage, type RenderOptions, type SlackMessage } from './blocks.ts';
import { commandConversation, isDirectMessage, threadConversation } from './conversation.ts';
import type { EventMemory } from './event-memory.ts';
import { questionFromMessage } from './mrkdwn.ts';
import { suggestionRoute } from './suggestions.ts';

/** What the handlers share: the core, the log, the memory of events already answered, deadline and in-flight tracking. */
export interface HandlerDeps {
  engine: Engine;
  logger: Logger;
  memory: EventMemory;
  reliability: Reliability;
  /** Milliseconds, for the `ms` of each `slack_handled` record. */
  clock: () => number;
}

/**
 * How one delivery ended; each is logged once as a `slack_handled` record. `refused`: over the rate limit or too
 * long; `failed`: the core threw or missed its deadline; `restarting`: it arrived during shutdown.
 */
type Outcome = 'answered' | 'abstained' | 'refused' | 'usage' | 'failed' | 'restarting' | 'duplicate' | 'ignored';

/** A reply and how it came about. */
interface Reply {
  message: SlackMessage;
  outcome: Outcome;
  answerId?: string;
}

// Replies that concern the asker alone (their pace, their input, a restart): shown only to them where Slack allows.
const PERSONAL: ReadonlySet<Outcome> = new Set(['refused', 'usage', 'restarting']);

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
 * Turns a question asked in a conversation into a message: the usage text when empty, the rendered answer, a short
 * notice when the core refused it (rate limit, length), or an apology when the core fails or misses the deadline.
 */
async function composeReply(
  deps: HandlerDeps, question: string, asked: Required<Pick<AskOptions, 'conversation' | 'user'>>, render: RenderOptions,
  log: Record<string, unknown>,
): Promise<Reply> {
  if (!question) return { message: renderUsage(deps.engine.examples), outcome: 'usage' };
  try {
    const answer = await askInTime(deps.engine, question, asked, deps.reliability);
    if (isPersonalRefusal(answer)) return { message: renderNotice(answer.answer), outcome: 'refused', answerId: answer.id };
    return { message: renderAnswer(answer, render), outcome: answer.abstained ? 'abstained' : 'answered', answerId: answer.id };
  } catch (error) {
    deps.logger.error({ ...log, event: 'slack_core_failed', question, err: describeError(error) }, 'the core failed to answer');
    return { message: renderApology(), outcome: 'failed' };
  }
}

/**
 * Handles one question inside the shared in-flight tracker, so a shutdown waits for its reply to be sent; a question
 * arriving once shutdown has begun gets the restarting notice through the same `send`.
 */
async function handleQuestion(deps: HandlerDeps, compose: () => Promise<Reply>, send: (reply: Reply) => Promise<void>): Promise<void> {
  try {
    await deps.reliability.inFlight.run(async () => send(await compose()));
  } catch (error) {
    if (!(error instanceof ShuttingDownError)) throw error;
    await send({ message: renderNotice(RESTARTING), outcome: 'restarting' });
  }
}

/** The fields every `slack_handled` record starts with: a request id of its own, and the kind of delivery. */
const requestLog = (kind: string, fields: Record<string, unknown>): Record<string, unknown> =>
  ({ event: 'slack_handled', requestId: randomUUID(), kind, ...fields });

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

/**
 * Answers a question in a thread (mentions, DMs and clicks under their answers); the thread is its conversation.
 * Replies that concern only the asker are ephemeral in channels (a direct message is private anyway).
 */
async function replyInThread(deps: HandlerDeps, args: AllMiddlewareArgs, question: string, to: ThreadReply, render: RenderOptions): Promise<void> {
  const started = deps.clock();
  const { teamId } = args.context;
  const asked = { conversation: threadConversation(teamId, to.channel, to.threadTs), user: asker(teamId, to.user) };
  const send = async ({ message, outcome, answerId }: Reply): Promise<void> => {
    const ephemeral = PERSONAL.has(outcome) && !isDirectMessage(to.channel);
    try {
      if (ephemeral) {
        await args.client.chat.postEphemeral({ channel: to.channel, user: to.user, thread_ts: to.threadTs, ...message });
      } else {
        // Source links would unfurl into large previews under every answer, so unfurling is off.
        await args.client.chat.postMessage({ channel: to.channel, thread_ts: to.threadTs, ...message, unfurl_links: false, unfurl_media: false });
      }
      deps.logger.info({ ...to.log, outcome, answerId, ephemeral, ms: deps.clock() - started }, 'replied');
    } catch (error) {
      deps.logger.error({ ...to.log, outcome: 'failed', answerId, err: describeError(error), ms: deps.clock() - started }, 'could not post the reply');
    }
  };
  await handleQuestion(deps, () => composeReply(deps, question, asked, render, to.log), send);
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
  const started = deps.clock();
  const asked = { conversation: commandConversation(where.team, where.channel, where.user), user: asker(where.team, where.user) };
  const send = async ({ message, outcome, answerId }: Reply): Promise<void> => {
    const visible = !privately && (outcome === 'answered' || outcome === 'abstained');
    try {
      // Always a new message: a click must leave the answer it was made under in place.
      await respond({ response_type: visible ? 'in_channel' : 'ephemeral', replace_original: false, ...message });
      deps.logger.info({ ...log, outcome, answerId, ephemeral: !visible, ms: deps.clock() - started }, 'responded');
    } catch (error) {
      deps.logger.error({ ...log, outcome: 'failed', answerId, err: describeError(error), ms: deps.clock() - started }, 'could not respond');
    }
  };
  const render = { showQuestion: true, suggestionRoute: 'command' } as const;
  await handleQuestion(deps, () => composeReply(deps, question, asked, render, log), send);
}

/** Answers a mention or DM once, in its thread; repeats, retries of seen events, bots and edits get no reply. */
async function handleMessage(deps: HandlerDeps, incoming: IncomingMessage, args: AllMiddlewareArgs): Promise<void> {
  const { logger, memory } = deps;
  const { context } = args;
  const { kind, eventId, channel, ts, user } = incoming;
  const base = requestLog(kind, { eventId, channel, retryNum: context.retryNum });
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
    await respondWithAnswer(deps, respond, question, where, parsed.ephemeral, requestLog('command', where));
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
    const log = requestLog('suggestion', { channel, user, actionTs: action.action_ts });
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
