import type { types } from '@slack/bolt';
import { buttonLabel } from '../shared/labels.ts';

/** Where a click on a suggestion is answered: in the answer's thread, or through the /ask command's response URL. */
export type SuggestionRoute = 'thread' | 'command';

/** The block holding the suggested-question buttons. */
const SUGGESTIONS_BLOCK_ID = 'suggestions';
/**
 * Action ids of the suggestion buttons: the route, then the button's position (action ids must differ within a
 * block).
 */
export const SUGGESTION_ACTION = /^suggest_(thread|command)_\d$/u;

const MAX_SUGGESTIONS = 3;
// Slack's limits for a button: 75 characters of text, 2,000 of value.
const LABEL_MAX = 75;
const VALUE_MAX = 2000;

/** Which route a suggestion button's action id names. */
export function suggestionRoute(actionId: string): SuggestionRoute {
  return SUGGESTION_ACTION.exec(actionId)?.[1] === 'command' ? 'command' : 'thread';
}

/**
 * Up to three buttons that ask the answer's suggested follow-up questions, or null when there are none. The value is
 * the question itself, so a click needs no server-side memory; one too long for a value is left out rather than cut,
 * since a cut question is not the one suggested.
 */
export function suggestionsBlock(suggestions: string[], route: SuggestionRoute): types.ActionsBlock | null {
  const asked = suggestions
    .filter((question) => question.trim() !== '' && question.length <= VALUE_MAX)
    .slice(0, MAX_SUGGESTIONS);
  if (asked.length === 0) return null;
  const elements = asked.map(
    (question, i): types.Button => ({
      type: 'button',
      action_id: `suggest_${route}_${i}`,
      text: { type: 'plain_text', text: buttonLabel(question, LABEL_MAX), emoji: true },
      value: question,
    }),
  );
  return { type: 'actions', block_id: SUGGESTIONS_BLOCK_ID, elements };
}
