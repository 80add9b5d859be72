/** Where an answer was asked for, which decides its conversation and where clicks under it are answered. */
export type AnswerOrigin = 'command' | 'mention';

/**
 * The conversation id the core groups follow-ups by. Slash commands (and clicks under their answers) are one
 * conversation per person in a channel or thread, as several people may use /ask side by side; mentions are answered
 * in the open, so a channel or thread is one conversation everyone in it continues. Channel and thread ids are unique
 * across Discord, so no server id is needed.
 */
export function conversationId(origin: AnswerOrigin, channelId: string, userId: string): string {
  return origin === 'command' ? `discord:${channelId}:${userId}` : `discord:${channelId}`;
}
