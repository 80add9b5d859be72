import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
} from 'discord.js';
import type { Answer } from '../../src/index.ts';
import { buttonLabel } from '../shared/labels.ts';

const MAX_SUGGESTIONS = 3;
// Discord's limits: 80 characters of button label, 100 of custom id.
const LABEL_MAX = 80;
const CUSTOM_ID_MAX = 100;

/** What a suggestion button's custom id carries: which answer, and which of its suggestions. */
export interface SuggestionClick {
  answerId: string;
  index: number;
}

/**
 * A row of up to three buttons asking the answer's suggested follow-up questions; empty when there are none. The
 * custom id names the answer and the position, and the question itself is looked up in the recent answers.
 */
export function suggestionRow(
  answer: Pick<Answer, 'id' | 'suggestions'>,
): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const buttons = answer.suggestions
    .slice(0, MAX_SUGGESTIONS)
    .map(
      (question, index): APIButtonComponentWithCustomId => ({
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: buttonLabel(question, LABEL_MAX),
        custom_id: `suggest:${index}:${answer.id}`,
      }),
    )
    .filter((button) => button.label !== '');
  if (buttons.length === 0 || buttons.some((button) => button.custom_id.length > CUSTOM_ID_MAX)) return [];
  return [{ type: ComponentType.ActionRow, components: buttons }];
}

/** Reads a suggestion button's custom id; null for any other button. */
export function parseSuggestionId(customId: string): SuggestionClick | null {
  const match = /^suggest:(\d):(.+)$/su.exec(customId);
  if (!match) return null;
  // biome-ignore lint/style/noNonNullAssertion: the pattern matched, so its (.+) group holds text
  return { index: Number(match[1]), answerId: match[2]! };
}
