import { SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { DEFAULT_MAX_QUESTION_CHARS, gateQuestion } from '../../src/input/question-gate.ts';

/** Longest question accepted: the core's limit, registered with Discord so its client enforces it too. */
export const MAX_QUESTION_LENGTH = DEFAULT_MAX_QUESTION_CHARS;

/** Command and option names, shared by the definitions and the handlers. */
export const COMMAND = { ask: 'ask', sources: 'sources' } as const;
/** Option names of /ask. */
export const ASK_OPTION = { question: 'question', private: 'private' } as const;

/** The slash commands as Discord registers them: names, descriptions and option limits. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const ask = new SlashCommandBuilder()
    .setName(COMMAND.ask)
    .setDescription('Ask a question about the news coverage; the answer cites its sources')
    .addStringOption((option) =>
      option
        .setName(ASK_OPTION.question)
        .setDescription('What you want to know, e.g. "How long is the moratorium?"')
        .setRequired(true)
        .setMinLength(1)
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addBooleanOption((option) =>
      option.setName(ASK_OPTION.private).setDescription('Show the answer only to you (default: everyone in the channel sees it)'),
    );
  const sources = new SlashCommandBuilder()
    .setName(COMMAND.sources)
    .setDescription('List the articles the bot answers from: outlet, title, date and link');
  return [ask.toJSON(), sources.toJSON()];
}

/** A question ready for the engine, or the friendly message explaining why it isn't. */
export type QuestionCheck = { ok: true; question: string } | { ok: false; message: string };

/**
 * Checks a question with the core's input gate before deferring a reply (so a refusal can be private at once);
 * `example` is offered when the question is empty.
 */
export function checkQuestion(raw: string, example: string | undefined): QuestionCheck {
  const gate = gateQuestion(raw, MAX_QUESTION_LENGTH);
  if (gate.ok) return gate;
  if (gate.reason === 'question-too-long') return { ok: false, message: gate.message };
  const hint = example ? `, for example: “${example}”` : '';
  return { ok: false, message: `Please include a question about the coverage${hint}` };
}
