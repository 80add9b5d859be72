import { anyOf, regex } from '../text/regex.ts';
import type { Passage } from '../retrieval/passage.ts';

// English's ways of opening a sentence on the result of the one before: "That meant …", "As a result, …".
const RESULT_OPENER = regex(
  [
    '^',
    anyOf([
      String.raw`(?:that|this|which)(?:['’]s| is| was)? why`,
      '(?:that|this) (?:meant|means)',
      'as a result',
      'because of (?:that|this)',
      'for (?:that|this) reason',
      'therefore',
      'consequently',
      'thus(?! far)',
      'hence',
    ]),
    String.raw`\b`,
  ],
  'iu',
);

/** Whether a sentence tells what followed from the sentence before it ("That meant no alarm sounded …"). */
export function followsFromBefore(text: string): boolean {
  return RESULT_OPENER.test(text.trim());
}

/**
 * The sentence right before `lead` (in its paragraph or closing the one before), when `lead` tells what followed
 * from it: for "why" the sentence before is the cause, and the answer says both.
 */
export function causeBefore(lead: Passage, passages: readonly Passage[], sourceText: string): Passage | null {
  if (lead.kind !== 'sentence' || !followsFromBefore(lead.text)) return null;
  const previous = passages[lead.index - 1];
  if (!previous || previous.sourceIndex !== lead.sourceIndex || previous.kind !== 'sentence') return null;
  // A paragraph may open on the result of the last sentence of the paragraph before.
  if (lead.paragraphIndex - previous.paragraphIndex > 1) return null;
  return sourceText.slice(previous.end, lead.start).trim() === '' ? previous : null;
}
