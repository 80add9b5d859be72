import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs, types } from '@slack/bolt';
import { z } from 'zod';
import { type Answer, describeError, type Logger, truncateAtSentence } from '../../src/index.ts';

/** The block holding the 👍 / 👎 buttons, found again when a click replaces it. */
const FEEDBACK_BLOCK_ID = 'feedback';
/** Action ids of the two buttons; the verdict is the part after the underscore. */
export const FEEDBACK_ACTION = /^feedback_(up|down)$/u;

// Slack caps a button value at 2,000 characters; a 500-character question stays under it even fully JSON-escaped.
const MAX_QUESTION_IN_VALUE = 500;

// The button carries what the feedback log needs, so a click needs no server-side memory (and survives restarts).
const ButtonValueSchema = z.object({ answerId: z.string().min(1), question: z.string() });

/** A thumbs-up or thumbs-down on one answer. */
export type Verdict = 'up' | 'down';

/** The 👍 / 👎 buttons shown under an answer. */
export function feedbackBlock(answer: Pick<Answer, 'id' | 'question'>): types.ActionsBlock {
  const question = truncateAtSentence(answer.question.replace(/\s+/gu, ' '), MAX_QUESTION_IN_VALUE);
  const value = JSON.stringify({ answerId: answer.id, question });
  const button = (verdict: Verdict, emoji: string, label: string): types.Button => ({
    type: 'button',
    action_id: `feedback_${verdict}`,
    text: { type: 'plain_text', text: `${emoji} ${label}`, emoji: true },
    value,
  });
  const elements = [button('up', '👍', 'Helpful'), button('down', '👎', 'Not helpful')];
  return { type: 'actions', block_id: FEEDBACK_BLOCK_ID, elements };
}

/** The message's blocks with the buttons swapped for a note that the verdict was recorded (so nobody votes twice). */
export function markFeedbackRecorded(blocks: types.AnyBlock[], verdict: Verdict): types.AnyBlock[] {
  const note: types.ContextBlock = {
    type: 'context',
    block_id: FEEDBACK_BLOCK_ID,
    elements: [{ type: 'mrkdwn', text: `${verdict === 'up' ? '👍' : '👎'} Feedback recorded. Thank you!` }],
  };
  return blocks.map((block) => (block.block_id === FEEDBACK_BLOCK_ID ? note : block));
}

const isBlock = (value: unknown): value is types.AnyBlock =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

type FeedbackArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** Handles a click on 👍 / 👎: acknowledges it, logs the verdict, and updates the message to show it was noted. */
export function feedbackListener(logger: Logger) {
  return async ({ ack, action, body, respond }: FeedbackArgs): Promise<void> => {
    await ack();
    const verdict: Verdict = action.action_id === 'feedback_up' ? 'up' : 'down';
    const parsed = ButtonValueSchema.safeParse(safeJson(action.value));
    if (!parsed.success) {
      const fields = { event: 'slack_feedback_invalid', actionId: action.action_id };
      logger.warn(fields, 'feedback button carried no answer id; ignored');
      return;
    }
    const { answerId, question } = parsed.data;
    logger.info({ event: 'feedback', verdict, answerId, question, user: body.user.id }, 'feedback recorded');
    const original: unknown = body.message?.blocks;
    try {
      // Ephemeral answers (/ask private) come back without their blocks, so the thanks is a new ephemeral note there.
      await (Array.isArray(original) && original.every(isBlock)
        ? respond({
            replace_original: true,
            text: body.message?.text ?? 'Answer',
            blocks: markFeedbackRecorded(original, verdict),
          })
        : respond({ replace_original: false, response_type: 'ephemeral', text: 'Feedback recorded. Thank you!' }));
    } catch (error) {
      const fields = { event: 'slack_feedback_update_failed', answerId, err: describeError(error) };
      logger.error(fields, 'could not update the message');
    }
  };
}

function safeJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? '');
  } catch {
    return undefined;
  }
}
