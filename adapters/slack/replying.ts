/** How the Slack adapter turns a question into a posted reply, whichever way it was asked. */
import { randomUUID } from 'node:crypto';
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { type AskOptions, describeError, type Engine, type Logger, ShuttingDownError } from '../../src/index.ts';
import type { QuestionCatalog } from '../shared/question-catalog.ts';
import { askInTime, isPersonalRefusal, RESTARTING, type Reliability } from '../shared/reliability.ts';
import {
  renderAnswer,
  renderApology,
  renderNotice,
  renderUsage,
  type RenderOptions,
  type SlackMessage,
} from './blocks.ts';
import { commandConversation, isDirectMessage, threadConversation } from './conversation.ts';
import type { EventDedupe } from '../shared/state/event-memory.ts';

/** What the handlers share: the core, the log, events already answered, deadline and in-flight tracking. */
export interface HandlerDeps {
  engine: Engine;
  logger: Logger;
  memory: EventDedupe;
  reliability: Reliability;
  /** Questions the corpus answers, for the App Home's examples. */
  catalog: QuestionCatalog;
  /** Milliseconds, for the `ms` of each `slack_handled` record. */
  clock: () => number;
}

/**
 * How one delivery ended; each is logged once as a `slack_handled` record. `refused`: over the rate limit or too
 * long; `failed`: the core threw or missed its deadline; `restarting`: it arrived during shutdown.
 */
export type Outcome =
  | 'answered'
  | 'abstained'
  | 'refused'
  | 'usage'
  | 'failed'
  | 'restarting'
  | 'duplicate'
  | 'ignored';

/** A reply and how it came about. */
interface Reply {
  message: SlackMessage;
  outcome: Outcome;
  answerId?: string;
}

// Replies that concern the asker alone (their pace, their input, a restart): shown only to them where Slack allows.
const PERSONAL: ReadonlySet<Outcome> = new Set(['refused', 'usage', 'restarting']);

/** Who asks, as the core's per-user rate limit counts them: user ids are unique within a workspace. */
const asker = (team: string | undefined, user: string): string => `slack:${team ?? ''}:${user}`;

/** The fields every `slack_handled` record starts with: a request id of its own, and the kind of delivery. */
export const requestLog = (kind: string, fields: Record<string, unknown>): Record<string, unknown> => ({
  event: 'slack_handled',
  requestId: randomUUID(),
  kind,
  ...fields,
});

/**
 * Turns a question (already normalized by the core's gate) into a message: the usage text when empty, the rendered
 * answer, a short notice when the core refused it (rate limit, length), or an apology when the core fails or misses
 * the deadline.
 */
async function composeReply(
  deps: HandlerDeps,
  question: string,
  asked: Required<Pick<AskOptions, 'conversation' | 'user'>>,
  render: RenderOptions,
  log: Record<string, unknown>,
): Promise<Reply> {
  if (!question) return { message: renderUsage(deps.engine.examples, render.note), outcome: 'usage' };
  try {
    const answer = await askInTime(deps.engine, question, asked, deps.reliability);
    if (isPersonalRefusal(answer)) {
      return { message: renderNotice(answer.answer, render.note), outcome: 'refused', answerId: answer.id };
    }
    const outcome = answer.abstained ? 'abstained' : 'answered';
    return { message: renderAnswer(answer, render), outcome, answerId: answer.id };
  } catch (error) {
    const failed = { ...log, event: 'slack_core_failed', question, err: describeError(error) };
    deps.logger.error(failed, 'the core failed to answer');
    return { message: renderApology(), outcome: 'failed' };
  }
}

/**
 * Handles one question inside the shared in-flight tracker, so a shutdown waits for its reply to be sent; a question
 * arriving once shutdown has begun gets the restarting notice through the same `send`.
 */
async function handleQuestion(
  deps: HandlerDeps,
  compose: () => Promise<Reply>,
  send: (reply: Reply) => Promise<void>,
): Promise<void> {
  try {
    await deps.reliability.inFlight.run(async () => send(await compose()));
  } catch (error) {
    if (!(error instanceof ShuttingDownError)) throw error;
    await send({ message: renderNotice(RESTARTING), outcome: 'restarting' });
  }
}

/** Where a reply in a conversation goes, and what its `slack_handled` record says. */
export interface ConversationReply {
  channel: string;
  /** The thread to reply in; none for a new message (a question asked from the App Home). */
  threadTs: string | undefined;
  user: string;
  log: Record<string, unknown>;
}

/**
 * Answers a question in a channel or direct message (mentions, DMs, clicks under their answers and on the App
 * Home); the thread is its conversation. Replies that concern only the asker are ephemeral in channels (a direct
 * message is private anyway).
 */
export async function replyInConversation(
  deps: HandlerDeps,
  args: AllMiddlewareArgs,
  question: string,
  to: ConversationReply,
  render: RenderOptions,
): Promise<void> {
  const started = deps.clock();
  const { teamId } = args.context;
  const conversation = threadConversation(teamId, to.channel, to.threadTs ?? '');
  const asked = { conversation, user: asker(teamId, to.user) };
  const where = { channel: to.channel, ...(to.threadTs ? { thread_ts: to.threadTs } : {}) };
  const send = async ({ message, outcome, answerId }: Reply): Promise<void> => {
    const ephemeral = PERSONAL.has(outcome) && !isDirectMessage(to.channel);
    try {
      if (ephemeral) {
        await args.client.chat.postEphemeral({ ...where, user: to.user, ...message });
      } else {
        // Source links would unfurl into large previews under every answer, so unfurling is off.
        await args.client.chat.postMessage({ ...where, ...message, unfurl_links: false, unfurl_media: false });
      }
      deps.logger.info({ ...to.log, outcome, answerId, ephemeral, ms: deps.clock() - started }, 'replied');
    } catch (error) {
      const failed = { ...to.log, outcome: 'failed', answerId, err: describeError(error), ms: deps.clock() - started };
      deps.logger.error(failed, 'could not post the reply');
    }
  };
  await handleQuestion(deps, () => composeReply(deps, question, asked, render, to.log), send);
}

type Respond = SlackCommandMiddlewareArgs['respond'];

/** Where an /ask answer (or a click under one) is asked: the workspace, channel and person. */
export interface CommandPlace {
  team: string | undefined;
  channel: string;
  user: string;
}

/**
 * Answers a question through a response URL (/ask, and clicks under its answers) in the asker's conversation in the
 * channel: visible to the channel unless asked privately; usage hints and apologies concern the asker alone.
 */
export async function respondWithAnswer(
  deps: HandlerDeps,
  respond: Respond,
  question: string,
  where: CommandPlace,
  privately: boolean,
  log: Record<string, unknown>,
): Promise<void> {
  const started = deps.clock();
  const conversation = commandConversation(where.team, where.channel, where.user);
  const asked = { conversation, user: asker(where.team, where.user) };
  const send = async ({ message, outcome, answerId }: Reply): Promise<void> => {
    const visible = !privately && (outcome === 'answered' || outcome === 'abstained');
    try {
      // Always a new message: a click must leave the answer it was made under in place.
      await respond({ response_type: visible ? 'in_channel' : 'ephemeral', replace_original: false, ...message });
      deps.logger.info({ ...log, outcome, answerId, ephemeral: !visible, ms: deps.clock() - started }, 'responded');
    } catch (error) {
      const failed = { ...log, outcome: 'failed', answerId, err: describeError(error), ms: deps.clock() - started };
      deps.logger.error(failed, 'could not respond');
    }
  };
  const render = { showQuestion: true, suggestionRoute: 'command' } as const;
  await handleQuestion(deps, () => composeReply(deps, question, asked, render, log), send);
}
