import {
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type MessageMentionOptions,
  type RepliableInteraction,
} from 'discord.js';
import { type Answer, type SourceSummary, truncateAtSentence } from '../../src/index.ts';
import { feedbackRow } from './feedback.ts';
import { LIMITS } from './embed-text.ts';
import { answerEmbed, sourcesEmbed } from './render.ts';
import { suggestionRow } from './suggestions.ts';

/** Mentions nobody, whatever a question or answer says: no @everyone, @here, roles or users. */
const NO_MENTIONS: MessageMentionOptions = { parse: [] };
/** For replies to a message: also leave the asker un-pinged. */
export const REPLY_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

/** The apology shown whenever answering fails. */
export const APOLOGY = 'Sorry, something went wrong while answering that. Please try again in a moment.';
/** The reply to a feedback click. */
export const THANKS = 'Thanks for the feedback! It helps improve the answers.';
/** The reply to a click on a suggestion the bot no longer remembers (too old, or asked before a restart). */
export const SUGGESTION_GONE = 'That suggestion is no longer available; ask it with /ask instead.';
// What a failed public answer's placeholder says for the moment before it is deleted.
const PLACEHOLDER_GONE = 'No answer this time.';

/** A message body every reply path accepts (interaction reply, edit, follow-up, message reply). */
export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowedMentions: MessageMentionOptions;
}

/** Plain text within Discord's 2,000-character content limit, pinging nobody. */
export function textMessage(text: string): MessageBody {
  return { content: truncateAtSentence(text, LIMITS.content), allowedMentions: NO_MENTIONS };
}

/** A short text only the user who acted can see. */
export function notice(text: string): MessageBody & { flags: MessageFlags.Ephemeral } {
  return { ...textMessage(text), flags: MessageFlags.Ephemeral };
}

/** An answer as a message: its embed, then a row of suggested follow-up questions and a row of feedback buttons. */
export function answerMessage(answer: Answer, fallbackExamples: string[]): MessageBody {
  const components = [...suggestionRow(answer), ...feedbackRow(answer.id)];
  return { embeds: [answerEmbed(answer, fallbackExamples)], components, allowedMentions: NO_MENTIONS };
}

/** The corpus's source list as a message. */
export function sourcesMessage(sources: SourceSummary[]): MessageBody {
  return { embeds: [sourcesEmbed(sources)], allowedMentions: NO_MENTIONS };
}

/** Tells only the user who acted `text`, whatever state the interaction's reply is in; a public placeholder goes. */
export async function replyPrivately(interaction: RepliableInteraction, text: string): Promise<void> {
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(notice(text));
  } else if (interaction.ephemeral) {
    await interaction.editReply(textMessage(text));
  } else {
    // The first follow-up after a public deferral would replace the placeholder and stay public, so the
    // placeholder is resolved first, the text follows privately, and the public placeholder goes.
    await interaction.editReply(textMessage(PLACEHOLDER_GONE));
    await interaction.followUp(notice(text));
    await interaction.deleteReply();
  }
}

/** Tells the user privately that answering failed or took too long. */
export function apologize(interaction: RepliableInteraction): Promise<void> {
  return replyPrivately(interaction, APOLOGY);
}
