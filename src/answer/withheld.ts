import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import { termPositions } from './term-positions.ts';

/**
 * A negation governing a word: right before it, or before its verb or auxiliary ("has not been named", "did not
 * release names", "declined to name"); "did not expect a hearing" negates the expecting, not the hearing. "No" before
 * a noun gives what is asked rather than withholding it ("has no plans to sell"). English negators are a closed class
 * no library here lists, so they are written out.
 */
const NEGATED_BEFORE = /\b(?:not|never|without|n't|declined to|refused to)(?:\s+[\p{L}'’-]+)?\s+$/iu;
/**
 * A verb of making known, negated, before the word and its article: "has not named the make or model", "did not
 * disclose the amount". The words news writes for withholding, listed as the negators are.
 */
const NOT_DISCLOSED_BEFORE = new RegExp(
  String.raw`\b(?:not|never|n't)\s+(?:been\s+)?(?:named|identified|disclosed|revealed|released|specified|made public)` +
    String.raw`\s+(?:the|a|an|its|his|her|their|any)\s+(?:[\p{L}'’-]+\s+(?:or|and)\s+)?$`,
  'iu',
);
/** How far back (in characters) the negation may stand; a verb of making known and its article, a little further. */
const REACH = 30;
const DISCLOSED_REACH = 40;

/**
 * "What's the second officer's name?" is not answered by "… the second officer, who has not been named, …": a
 * sentence that writes what is asked only as what was not given says the coverage does not have it.
 */
export function onlyWithheld(passage: Passage, question: AnalyzedQuestion): boolean {
  if (question.type === 'yes-no' || question.type === 'reason' || question.attributeTerms.length === 0) return false;
  const { head } = termPositions(passage, question);
  // "didn't release" is read as "did n't release", so the contraction is a word of its own.
  const negated = (at: number): boolean => {
    const before = passage.text.slice(Math.max(0, at - DISCLOSED_REACH), at).replace(/n['’]t\b/gi, " n't");
    return NEGATED_BEFORE.test(before.slice(-REACH)) || NOT_DISCLOSED_BEFORE.test(before);
  };
  return head.length > 0 && head.every(negated);
}
