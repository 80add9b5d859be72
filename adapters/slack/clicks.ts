/** Buttons that ask a question: suggested follow-ups under an answer, and the examples on the App Home. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { replyInConversation, requestLog, respondWithAnswer, type HandlerDeps } from './replying.ts';
import { suggestionRoute } from './suggestions.ts';

type ClickArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

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
  return async (args: ClickArgs): Promise<void> => {
    const { ack, action, body, context, respond } = args;
    await ack();
    const container = body.container as ClickedMessage;
    const channel = body.channel?.id ?? container.channel_id ?? '';
    const user = body.user.id;
    const log = requestLog('suggestion', { channel, user, actionTs: action.action_ts });
    // The value is a question the bot itself rendered, so it is asked as it is.
    const question = action.value ?? '';
    if (suggestionRoute(action.action_id) === 'command') {
      const where = { team: context.teamId, channel, user };
      await respondWithAnswer(deps, respond, question, where, container.is_ephemeral === true, log);
      return;
    }
    // The answer sits in a thread (the bot always replies in one); its own ts stands in only if Slack leaves that out.
    const message = body.message;
    const threadTs = String(message?.thread_ts ?? container.thread_ts ?? message?.ts ?? container.message_ts ?? '');
    await replyInConversation(deps, args, question, { channel, threadTs, user, log }, { showQuestion: true });
  };
}

/**
 * Listener for a click on an example question on the App Home: acknowledges at once and answers it as a new message
 * in the person's direct message with the bot (its channel id is the view's private metadata), where follow-ups can
 * go on. Without that id the user id stands in, which Slack also reads as that direct message.
 */
export function homeExampleListener(deps: HandlerDeps) {
  return async (args: ClickArgs): Promise<void> => {
    const { ack, action, body } = args;
    await ack();
    const user = body.user.id;
    const channel = body.view?.private_metadata || user;
    const log = requestLog('home_example', { channel, user, actionTs: action.action_ts });
    const to = { channel, threadTs: undefined, user, log };
    await replyInConversation(deps, args, action.value ?? '', to, { showQuestion: true });
  };
}
