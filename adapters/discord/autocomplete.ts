import type { AutocompleteInteraction } from 'discord.js';
import { defuseBroadcasts } from '../shared/labels.ts';
import type { BotContext } from './answering.ts';
import { ASK_OPTION, COMMAND } from './commands.ts';

// Discord shows at most 25 choices, with names and values of at most 100 characters each.
const MAX_CHOICES = 25;
const CHOICE_MAX = 100;

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
