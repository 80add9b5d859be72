import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { ValueSpan } from '../text/annotate.ts';

// Words beside a value that make it what may be, or what was, rather than what is or what happened.

/** "Carry up to 40 riders": a value after "up to" is a limit, what may be rather than what was. */
const LIMIT_BEFORE = /\bup to $/i;
/** A question asking what may be, or a most ("how much could the state fine", "how many can it hold"). */
const ASKS_LIMIT = /\b(?:can|could|may|might|will|would|allowed|allow|maximum|max|most|limit|capacity|hold|up to)\b/i;
const LIMIT_FIT = 0.5;

/** "Had about 40 deckhands before the strike": a measure of the state before an event the sentence names. */
const BEFORE_EVENT = /^[^.;,]{0,40}?\bbefore (?:the|its|his|her|their) \p{Ll}/u;
/** A question asking of the past or of a time before something ("did", "was", "before the strike"). */
const ASKS_PAST = /\b(?:did|was|were|had|before|originally|used to)\b/i;
const FORMER_FIT = 0.3;

/**
 * How well (0–1) a value answers given the words that qualify it: "up to 40" is a limit, loosely how many rode;
 * "40 deckhands before the strike" is what was, loosely what a question in the present asks.
 */
export function qualifiedFit(passage: Passage, span: ValueSpan, question: AnalyzedQuestion): number {
  let fit = 1;
  const limit = LIMIT_BEFORE.test(passage.text.slice(Math.max(0, span.start - 6), span.start));
  if (limit && !ASKS_LIMIT.test(question.text)) fit *= LIMIT_FIT;
  const measure = span.kind === 'count' || span.kind === 'money' || span.kind === 'percent';
  if (measure && BEFORE_EVENT.test(passage.text.slice(span.end)) && !ASKS_PAST.test(question.text)) fit *= FORMER_FIT;
  return fit;
}
