import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Engine } from '../../src/engine.ts';
import { describeError } from '../../src/errors.ts';
import type { Logger } from '../../src/logger.ts';
import { renderAnswer, renderApology, renderUsage, type RenderOptions, type SlackMessage } from './blocks.ts';
import type { EventMemory } from './event-memory.ts';
import { questionFromMessage } from './mrkdwn.ts';

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

/** Turns a question into a message: the usage text when empty, the rendered answer, or an apology when the core fails. */
async function composeReply(deps: HandlerDeps, question: string, render: RenderOptions): Promise<{ message: SlackMessage; outcome: Outcome }> {
  if (!question) return { message: renderUsage(deps.engine.examples), outcome: 'usage' };
  try {
    const answer = await deps.engine.ask(question);
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
  if (incoming.user === undefined) return 'no user';
  return null;
}

/** Answers a mention or DM once, in its thread; repeats, retries of seen events, bots and edits get no reply. */
async function handleMessage(deps: HandlerDeps, incoming: IncomingMessage, { client, context }: AllMiddlewareArgs): Promise<void> {
  const { logger, memory } = deps;
  const { kind, eventId, channel, ts, user } = incoming;
  const base = { event: 'slack_handled', kind, eventId, channel, retryNum: context.retryNum };
  const ignored = ignoreReason(incoming, context.botUserId);
  if (ignored) return logger.debug({ ...base, outcome: 'ignored', reason: ignored }, 'ignored');
  // Both keys: Slack can redeliver one event (same id) or send one message as two events (a mention in a DM).
  const keys = eventId ? [`event:${eventId}`, `message:${channel}/${ts}`] : [`message:${channel}/${ts}`];
  if (!memory.claim(...keys)) {
    return logger.debug({ ...base, outcome: 'duplicate' }, 'already answered');
  }
  const question = questionFromMessage(incoming.text ?? '', context.botUserId);
  const { message, outcome } = await composeReply(deps, question, {});
  try {
    // Source links would unfurl into large previews under every answer, so unfurling is off.
    await client.chat.postMessage({ channel, thread_ts: incoming.threadTs ?? ts, ...message, unfurl_links: false, unfurl_media: false });
    logger.info({ ...base, user, outcome }, 'replied');
  } catch (error) {
    logger.error({ ...base, outcome: 'failed', err: describeError(error) }, 'could not post the reply');
  }
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
  return async ({ ack, command, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const parsed = parseAskText(command.text);
    const question = questionFromMessage(parsed.question, undefined);
    const { message, outcome } = await composeReply(deps, question, { showQuestion: true });
    // Usage hints and apologies concern the asker alone; answers go where the asker chose.
    const visible = !parsed.ephemeral && (outcome === 'answered' || outcome === 'abstained');
    const base = { event: 'slack_handled', kind: 'command', channel: command.channel_id, user: command.user_id };
    try {
      await respond({ response_type: visible ? 'in_channel' : 'ephemeral', ...message });
      deps.logger.info({ ...base, outcome, ephemeral: !visible }, 'responded');
    } catch (error) {
      deps.logger.error({ ...base, outcome: 'failed', err: describeError(error) }, 'could not respond to the command');
    }
  };
}
