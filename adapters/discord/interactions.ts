import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { describeError } from '../../src/errors.ts';
import { askEngine, type BotContext } from './answering.ts';
import { ASK_OPTION, checkQuestion, COMMAND } from './commands.ts';
import type { AnswerOrigin } from './conversation.ts';
import { parseFeedbackId } from './feedback.ts';
import { answerMessage, apologize, notice, sourcesMessage, SUGGESTION_GONE, THANKS } from './replies.ts';
import { parseSuggestionId, type SuggestionClick } from './suggestions.ts';

/** Handles one interaction (/ask, /sources, a suggestion or feedback button); never throws, and a failure still gets a private apology. */
export async function handleInteraction(context: BotContext, interaction: Interaction): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await handleCommand(context, interaction);
    else if (interaction.isButton()) await handleButton(context, interaction);
  } catch (error) {
    context.logger.error({ event: 'discord_interaction_failed', err: describeError(error), interactionId: interaction.id, user: interaction.user.id }, 'interaction failed');
    if (!interaction.isRepliable()) return;
    await apologize(interaction).catch((apologyError: unknown) =>
      context.logger.warn({ event: 'discord_apology_failed', err: describeError(apologyError), interactionId: interaction.id }, 'could not send the apology'),
    );
  }
}

async function handleCommand(context: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  switch (interaction.commandName) {
    case COMMAND.ask:
      return handleAsk(context, interaction);
    case COMMAND.sources:
      await interaction.reply(sourcesMessage(context.engine.sources()));
      return;
    default:
      // A command registered by an older version of the bot.
      await interaction.reply(notice(`I don't handle /${interaction.commandName} any more; try /ask or /sources.`));
  }
}

async function handleAsk(context: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const check = checkQuestion(interaction.options.getString(ASK_OPTION.question, true), context.engine.examples[0]);
  // Refused before deferring, so the refusal is private even when the answer would have been public.
  if (!check.ok) {
    await interaction.reply(notice(check.message));
    return;
  }
  const isPrivate = interaction.options.getBoolean(ASK_OPTION.private) ?? false;
  await answerDeferred(context, interaction, check.question, 'command', isPrivate);
}

/** Acknowledges at once (Discord drops interactions not answered within 3 seconds), then edits in the answer. */
async function answerDeferred(
  context: BotContext, interaction: ChatInputCommandInteraction | ButtonInteraction, question: string, origin: AnswerOrigin, isPrivate: boolean,
): Promise<void> {
  await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
  const answer = await askEngine(context, question, { user: interaction.user.id, channel: interaction.channelId, origin });
  await interaction.editReply(answerMessage(answer, context.engine.examples));
}

async function handleButton(context: BotContext, interaction: ButtonInteraction): Promise<void> {
  const suggestion = parseSuggestionId(interaction.customId);
  if (suggestion) return handleSuggestion(context, interaction, suggestion);
  const click = parseFeedbackId(interaction.customId);
  if (!click) return;
  context.feedback.record(click, interaction.user.id);
  await interaction.reply(notice(THANKS));
}

/**
 * Asks a suggested question in the conversation of the answer it was offered under, and answers it as that answer
 * was shown: in the same channel or thread, privately if it was private. The answer's embed names the question.
 */
async function handleSuggestion(context: BotContext, interaction: ButtonInteraction, click: SuggestionClick): Promise<void> {
  const offered = context.answers.get(click.answerId);
  const question = offered?.suggestions[click.index];
  if (!offered || question === undefined) {
    await interaction.reply(notice(SUGGESTION_GONE));
    return;
  }
  await answerDeferred(context, interaction, question, offered.origin, interaction.message.flags.has(MessageFlags.Ephemeral));
}
