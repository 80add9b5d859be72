import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import { EVENT_VALUE_TYPES } from '../question/answer-type.ts';
import type { ValueSpan } from '../text/annotate.ts';
import { holdsEvent } from './term-holding.ts';
import { distanceTo, type TermPositions } from './term-positions.ts';

/** How far (in characters) a value may stand from the question's words and still be read as theirs. */
const APART = 80;

/**
 * "When was the league founded?" is not answered by "… who play in the league, have played since 2017 at …": a
 * value in a sentence that tells nothing of the asked event, and stands apart from every other word of the
 * question, is the value of whatever the sentence does tell: a value asked of an event must be the event's.
 */
export function valueOfOtherEvent(
  span: ValueSpan,
  question: AnalyzedQuestion,
  positions: TermPositions,
  held: ReadonlySet<string>,
): boolean {
  if (!EVENT_VALUE_TYPES.has(question.type) || question.eventTerms.length === 0) return false;
  if (holdsEvent(held, question)) return false;
  return distanceTo(span.start, span.end, positions.topic) > APART;
}
