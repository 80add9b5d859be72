import {
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { gateQuestion } from '../../src/index.ts';
import { defuseBroadcasts } from '../shared/labels.ts';
import type { BotContext } from './answering.ts';

/** Command and option names, shared by the definitions and the handlers. */
export const COMMAND = { ask: 'ask', sources: 'sources' } as const;
/** Option names of /ask. */
export const ASK_OPTION = { question: 'question', private: 'private' } as const;

// Discord accepts a string option's max_length up to 6,000; QUESTION_MAX_CHARS may go higher.
const DISCORD_MAX_LENGTH = 6000;
// Discord shows at most 25 autocomplete choices, with names and values of at most 100 characters each.
const MAX_CHOICES = 25;
const CHOICE_MAX = 100;

/**
 * The slash commands as Discord registers them: names, descriptions and option limits. The question's length limit
 * is QUESTION_MAX_CHARS, so Discord's client enforces the same limit as the bot; its text is autocompleted from
 * questions the coverage answers.
 */
export function commandDefinitions(maxQuestionChars: number): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const ask = new SlashCommandBuilder()
    .setName(COMMAND.ask)
    .setDescription('Ask a question about the news coverage; the answer cites its sources')
    .addStringOption((option) =>
      option
        .setName(ASK_OPTION.question)
        .setDescription('What you want to know; suggestions appear as you type')
        .setRequired(true)
        .setMinLength(1)
        .setMaxLength(Math.min(maxQuestionChars, DISCORD_MAX_LENGTH))
        .setAutocomplete(true),
    )
    .addBooleanOption((option) =>
      option
        .setName(ASK_OPTION.private)
        .setDescription('Show the answer only to you (default: everyone in the channel sees it)'),
    );
  const sources = new SlashCommandBuilder()
    .setName(COMMAND.sources)
    .setDescription('List the articles the bot answers from: outlet, title, date and link');
  return [ask.toJSON(), sources.toJSON()];
}

/** A question ready for the engine, or the friendly message explaining why it isn't. */
export type QuestionCheck = { ok: true; question: string } | { ok: false; message: string };

/**
 * Checks a question with the core's input gate (mentions out, at most `maxChars` characters) before deferring a
 * reply, so a refusal can be private at once; `example` is offered when the question is empty.
 */
export function checkQuestion(raw: string, example: string | undefined, maxChars: number): QuestionCheck {
  const gate = gateQuestion(raw, maxChars);
  if (gate.ok) return gate;
  if (gate.reason === 'question-too-long') return { ok: false, message: gate.message };
  const hint = example ? `, for example: “${example}”` : '';
  return { ok: false, message: `Please include a question about the coverage${hint}` };
}

/**
 * Answers an autocomplete request for /ask's question with questions the coverage answers that match what has been
 * typed, read from the precomputed catalog: no question is answered per keystroke, so the reply comes well inside
 * Discord's 3 seconds.
 */
export async function suggestQuestions(context: BotContext, interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const ours = interaction.commandName === COMMAND.ask && focused.name === ASK_OPTION.question;
  const questions = ours ? context.catalog.match(focused.value, MAX_CHOICES) : [];
  const choices = questions
    .filter((question) => question.length <= CHOICE_MAX)
    .map((question) => ({ name: defuseBroadcasts(question), value: question }));
  await interaction.respond(choices);
}
