/**
 * Conversation ids the Slack adapter gives the core, so follow-ups ("And the mayor?", "Why?") lean on earlier turns.
 * The team is part of every id: channel ids are only unique within a workspace.
 */

/** Slack gives direct-message channels ids starting with D. */
export const isDirectMessage = (channel: string): boolean => channel.startsWith('D');

/**
 * The conversation a mention, a direct message or a click under such an answer belongs to: the thread the reply goes
 * into. A direct message is one conversation with the bot as a whole, threaded or not, because people chatting with
 * the bot follow up both in the reply's thread and with a new message, and expect to be understood either way.
 */
export function threadConversation(team: string | undefined, channel: string, threadTs: string): string {
  return isDirectMessage(channel) ? `slack:${team ?? ''}:${channel}` : `slack:${team ?? ''}:${channel}:${threadTs}`;
}

/** The conversation of `/ask` (and clicks under its answers): one per person per channel; commands have no thread. */
export function commandConversation(team: string | undefined, channel: string, user: string): string {
  return `slack:${team ?? ''}:${channel}:${user}`;
}
