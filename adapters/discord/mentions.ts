import type { Message } from 'discord.js';
import { describeError } from '../../src/errors.ts';
import { askEngine, type BotContext } from './answering.ts';
import { checkQuestion } from './commands.ts';
import { answerMessage, APOLOGY, REPLY_MENTIONS, textMessage } from './replies.ts';

/** Answers a message that mentions the bot by replying to it; other messages and bots' messages are ignored. Never throws. */
export async function handleMention(context: BotContext, message: Message): Promise<void> {
  const botId = message.client.user.id;
  if (message.author.bot || !message.mentions.users.has(botId)) return;
  try {
    const check = checkQuestion(message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' '), context.engine.examples[0]);
    // Replies are in the open, so the channel (or thread) is the conversation, whoever continues it.
    const asker = { user: message.author.id, channel: message.channelId, origin: 'mention' } as const;
    const body = check.ok
      ? answerMessage(await askEngine(context, check.question, asker), context.engine.examples)
      : textMessage(check.message);
    await message.reply({ ...body, allowedMentions: REPLY_MENTIONS });
  } catch (error) {
    const where = { messageId: message.id, user: message.author.id };
    context.logger.error({ event: 'discord_mention_failed', err: describeError(error), ...where }, 'mention failed');
    await message
      .reply({ ...textMessage(APOLOGY), allowedMentions: REPLY_MENTIONS })
      .catch((replyError: unknown) =>
        context.logger.warn({ event: 'discord_apology_failed', err: describeError(replyError), ...where }, 'could not send the apology'),
      );
  }
}
