import { randomUUID } from 'node:crypto';
import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { describeError, ShuttingDownError } from '../../src/index.ts';
import { isPersonalRefusal, RESTARTING } from '../shared/reliability.ts';
import { askEngine, type BotContext } from './answering.ts';
import { ASK_OPTION, checkQuestion, COMMAND, suggestQuestions } from './commands.ts';
import type { AnswerOrigin } from './conversation.ts';
import { parseFeedbackId } from './feedback.ts';
import {
  answerMessage,
  apologize,
  notice,
  replyPrivately,
  sourcesMessage,
  SUGGESTION_GONE,
  THANKS,
} from './replies.ts';
import { parseSuggestionId, type SuggestionClick } from './suggestions.ts';

/**
 * How one interaction ended, logged once as a `discord_handled` record. `refused`: the core turned the question down
 * for the asker (rate limit, length); `failed`: the core threw or missed its deadline; `restarting`: it arrived
 * during shutdown; `autocomplete`: choices were offered while typing.
 */
type Outcome =
  | 'answered'
  | 'abstained'
  | 'refused'
  | 'usage'
  | 'sources'
  | 'feedback'
  | 'gone'
  | 'ignored'
  | 'failed'
  | 'restarting'
  | 'autocomplete';

/** What kind of interaction this is, for the log: the command, "autocomplete", "button" or "other". */
function kindOf(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return `/${interaction.commandName}`;
  if (interaction.isAutocomplete()) return 'autocomplete';
  return interaction.isButton() ? 'button' : 'other';
}

/** Tells the user privately that their interaction failed or came during a restart; a failure to do so is logged. */
async function tellUser(context: BotContext, interaction: Interaction, why: 'failed' | 'restarting'): Promise<void> {
  if (!interaction.isRepliable()) return;
  const told = why === 'restarting' ? replyPrivately(interaction, RESTARTING) : apologize(interaction);
  await told.catch((replyError: unknown) => {
    context.logger.warn({ event: 'discord_apology_failed', err: describeError(replyError) }, 'could not tell the user');
  });
}

/**
 * Handles one interaction (/ask, /sources, /ask's autocomplete, a suggestion or feedback button); never throws, and a
 * failure still gets a private apology. Every record it logs carries the interaction's own request id; the last one
 * says how it ended and how long that took (at debug level for autocomplete, which comes with every keystroke).
 */
export async function handleInteraction(context: BotContext, interaction: Interaction): Promise<void> {
  const started = context.clock();
  const logger = context.logger.child({ requestId: randomUUID(), interactionId: interaction.id });
  const scoped = { ...context, logger };
  const user = interaction.user.id;
  let outcome: Outcome;
  try {
    if (interaction.isChatInputCommand()) {
      outcome = await handleCommand(scoped, interaction);
    } else if (interaction.isAutocomplete()) {
      await suggestQuestions(scoped, interaction);
      outcome = 'autocomplete';
    } else if (interaction.isButton()) {
      outcome = await handleButton(scoped, interaction);
    } else {
      outcome = 'ignored';
    }
  } catch (error) {
    outcome = error instanceof ShuttingDownError ? 'restarting' : 'failed';
    const err = describeError(error);
    if (outcome === 'failed') logger.error({ event: 'discord_interaction_failed', err, user }, 'interaction failed');
    await tellUser(scoped, interaction, outcome);
  }
  const record = { event: 'discord_handled', kind: kindOf(interaction), user, outcome, ms: context.clock() - started };
  logger[outcome === 'autocomplete' ? 'debug' : 'info'](record, 'handled');
}

async function handleCommand(context: BotContext, interaction: ChatInputCommandInteraction): Promise<Outcome> {
  switch (interaction.commandName) {
    case COMMAND.ask:
      return handleAsk(context, interaction);
    case COMMAND.sources:
      await interaction.reply(sourcesMessage(context.engine.sources()));
      return 'sources';
    default:
      // A command registered by an older version of the bot.
      await interaction.reply(notice(`I don't handle /${interaction.commandName} any more; try /ask or /sources.`));
      return 'ignored';
  }
}

async function handleAsk(context: BotContext, interaction: ChatInputCommandInteraction): Promise<Outcome> {
  const raw = interaction.options.getString(ASK_OPTION.question, true);
  const check = checkQuestion(raw, context.engine.examples[0], context.maxQuestionChars);
  // Refused before deferring, so the refusal is private even when the answer would have been public.
  if (!check.ok) {
    await interaction.reply(notice(check.message));
    return 'usage';
  }
  const isPrivate = interaction.options.getBoolean(ASK_OPTION.private) ?? false;
  return answerDeferred(context, interaction, check.question, 'command', isPrivate);
}

/**
 * Acknowledges at once (Discord drops interactions not answered within 3 seconds), then edits in the answer; a
 * refusal meant for the asker alone (rate limit, length) is shown only to them. Counted as in flight throughout, so a
 * shutdown waits for the answer, and refused with ShuttingDownError before deferring once shutdown has begun.
 */
function answerDeferred(
  context: BotContext,
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  question: string,
  origin: AnswerOrigin,
  isPrivate: boolean,
): Promise<Outcome> {
  return context.reliability.inFlight.run(async () => {
    await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
    const asker = { user: interaction.user.id, channel: interaction.channelId, origin };
    const answer = await askEngine(context, question, asker);
    if (isPersonalRefusal(answer)) {
      await replyPrivately(interaction, answer.answer);
      return 'refused';
    }
    await interaction.editReply(answerMessage(answer, context.engine.examples));
    return answer.abstained ? 'abstained' : 'answered';
  });
}

async function handleButton(context: BotContext, interaction: ButtonInteraction): Promise<Outcome> {
  const suggestion = parseSuggestionId(interaction.customId);
  if (suggestion) return handleSuggestion(context, interaction, suggestion);
  const click = parseFeedbackId(interaction.customId);
  if (!click) return 'ignored';
  context.feedback.record(click, interaction.user.id);
  await interaction.reply(notice(THANKS));
  return 'feedback';
}

/**
 * Asks a suggested question in the conversation of the answer it was offered under, and answers it as that answer
 * was shown: in the same channel or thread, privately if it was private. The answer's embed names the question.
 */
async function handleSuggestion(
  context: BotContext,
  interaction: ButtonInteraction,
  click: SuggestionClick,
): Promise<Outcome> {
  const offered = context.answers.get(click.answerId);
  const question = offered?.suggestions[click.index];
  if (!offered || question === undefined) {
    await interaction.reply(notice(SUGGESTION_GONE));
    return 'gone';
  }
  const isPrivate = interaction.message.flags.has(MessageFlags.Ephemeral);
  return answerDeferred(context, interaction, question, offered.origin, isPrivate);
}
