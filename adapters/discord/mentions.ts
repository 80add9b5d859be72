import { randomUUID } from 'node:crypto';
import type { Message } from 'discord.js';
import { describeError, ShuttingDownError } from '../../src/index.ts';
import { isPersonalRefusal, RESTARTING } from '../shared/reliability.ts';
import { askEngine, type BotContext } from './answering.ts';
import { checkQuestion } from './commands.ts';
import { answerMessage, APOLOGY, REPLY_MENTIONS, textMessage, type MessageBody } from './replies.ts';

/**
 * Answers a message that mentions the bot by replying to it; other messages and bots' messages are ignored. Never
 * throws. Replies to messages cannot be private, so refusals (rate limit, length) are short texts in the open.
 */
export async function handleMention(context: BotContext, message: Message): Promise<void> {
  const botId = message.client.user.id;
  if (message.author.bot || !message.mentions.users.has(botId)) return;
  const started = context.clock();
  const logger = context.logger.child({ requestId: randomUUID(), messageId: message.id });
  const reply = (body: MessageBody) => message.reply({ ...body, allowedMentions: REPLY_MENTIONS });
  let outcome: string;
  try {
    outcome = await context.reliability.inFlight.run(async () => {
      // The core's gate removes every mention, this bot's included.
      const check = checkQuestion(message.content, context.engine.examples[0], context.maxQuestionChars);
      if (!check.ok) return reply(textMessage(check.message)).then(() => 'usage');
      // Replies are in the open, so the channel (or thread) is the conversation, whoever continues it.
      const asker = { user: message.author.id, channel: message.channelId, origin: 'mention' } as const;
      const answer = await askEngine({ ...context, logger }, check.question, asker);
      if (isPersonalRefusal(answer)) return reply(textMessage(answer.answer)).then(() => 'refused');
      await reply(answerMessage(answer, context.engine.examples));
      return answer.abstained ? 'abstained' : 'answered';
    });
  } catch (error) {
    outcome = error instanceof ShuttingDownError ? 'restarting' : 'failed';
    const failure = { event: 'discord_mention_failed', err: describeError(error), user: message.author.id };
    if (outcome === 'failed') logger.error(failure, 'mention failed');
    await reply(textMessage(outcome === 'restarting' ? RESTARTING : APOLOGY)).catch((replyError: unknown) =>
      logger.warn({ event: 'discord_apology_failed', err: describeError(replyError) }, 'could not send the apology'),
    );
  }
  const user = message.author.id;
  logger.info({ event: 'discord_handled', kind: 'mention', user, outcome, ms: context.clock() - started }, 'handled');
}
