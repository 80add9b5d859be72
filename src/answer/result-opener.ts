import { anyOf, regex } from '../text/regex.ts';
import type { AnswerType } from '../question/answer-type.ts';
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

// English's ways of naming what the sentence before described: "This method is called tax increment financing",
// "That is known as …". The sentence says what the name is; the one before says what it means.
const NAMING_OPENER = regex(
  [
    String.raw`^(?:this|that|it|such an?)(?: [\p{Ll}-]+){0,3} (?:is|was|are|were|has been) `,
    // "Called up for a vote", "called off": a phrasal verb names nothing.
    anyOf([String.raw`called(?! (?:up|off|for|in|into|on|out|back|upon)\b)`, 'known as', 'referred to as', 'termed']),
    String.raw`\b`,
  ],
  'iu',
);
// The same naming said actively: "Security researchers call this double extortion", "Analysts dubbed it …".
const ACTIVE_NAMING = regex(
  [String.raw`^(?:[\p{L}-]+ ){1,4}(?:call|calls|called|dub|dubs|dubbed|term|terms|termed) (?:this|that|it|such an?)\b`],
  'iu',
);

/** Whether a sentence names what the sentence before it described ("This method is called tax increment …"). */
export function namesWhatCameBefore(text: string): boolean {
  const trimmed = text.trim();
  return NAMING_OPENER.test(trimmed) || ACTIVE_NAMING.test(trimmed);
}

/** The sentence right before `lead`, in its paragraph or closing the one before, when nothing stands between. */
function sentenceBefore(lead: Passage, passages: readonly Passage[], sourceText: string): Passage | null {
  const previous = passages[lead.index - 1];
  if (!previous || previous.sourceIndex !== lead.sourceIndex || previous.kind !== 'sentence') return null;
  // A paragraph may open on the result of the last sentence of the paragraph before.
  if (lead.paragraphIndex - previous.paragraphIndex > 1) return null;
  return sourceText.slice(previous.end, lead.start).trim() === '' ? previous : null;
}

/**
 * The sentence before `lead` that the answer must say with it: for "why", the cause that `lead` tells the result
 * of ("That meant …"); for "what is X", what `lead` names X after ("This method is called X").
 */
export function leadInOf(
  lead: Passage,
  passages: readonly Passage[],
  sourceText: string,
  type: AnswerType,
): Passage | null {
  if (lead.kind !== 'sentence') return null;
  // "What is tax increment financing?" reads as a definition or as a plain "what" question, by how it is tagged.
  const asksWhat = type === 'definition' || type === 'other';
  const needed = (type === 'reason' && followsFromBefore(lead.text)) || (asksWhat && namesWhatCameBefore(lead.text));
  return needed ? sentenceBefore(lead, passages, sourceText) : null;
}
