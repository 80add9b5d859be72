import { isOneEdit, isTransposition } from '../text/edits.ts';
import { type QuestionToken, WH } from './tag-question.ts';
import { EVERYDAY_USAGE, type WordKnowledge } from './word-knowledge.ts';

// The words a question opens on to ask for something, as spelled (not the chat forms "whats", "what's"): a slip in
// one of them ("wen", "waht") loses the kind of answer.
const WH_WORDS = [...WH].filter((word) => /^[a-z]+$/u.test(word));

/**
 * Fixes a slip in the word a question opens on ("wen will the buoy go in" → "when"), when it is one letter or one
 * swap from exactly one wh-word and no everyday English word. Returns the correction, or null.
 */
export function correctWhWord(tokens: QuestionToken[], knowledge: WordKnowledge): [string, string] | null {
  const first = tokens[0];
  if (!first || first.capitalized || WH.has(first.lower)) return null;
  // An everyday word ("were", a form of "be") opens questions of its own; "wen" does not.
  if (Math.max(knowledge.usage(first.lower), knowledge.usage(first.lemma)) >= EVERYDAY_USAGE) return null;
  const near = WH_WORDS.filter((wh) => isOneEdit(first.lower, wh) || isTransposition(first.lower, wh));
  if (near.length !== 1) return null;
  const [wh] = near as [string];
  const typed = first.lower;
  const raw = /^\p{Lu}/u.test(first.raw) ? wh.charAt(0).toUpperCase() + wh.slice(1) : wh;
  Object.assign(first, { raw, lower: wh, lemma: wh, pos: 'PRON', cls: null });
  return [typed, wh];
}
