import { anyOf, regex } from '../text/regex.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { ValueSpan } from '../text/annotate.ts';
import { TIME_UNITS } from '../text/calendar.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { PER_TIME } from './measure-fit.ts';

// A span of time in a sentence need not be how long the asked thing lasted: it may be an offset between two events,
// or the name of a particular period (one measuring another thing is modified-noun.ts's).

/** "Four days after the sale": a span of time before "after", "later" or "ago" places an event, not its length. */
const OFFSET = /^,?\s+(?:after|before|later|earlier|ago)\b/i;
/** "For more than two weeks before anyone noticed": a span after "for" is how long something lasted. */
const LASTING = /\bfor(?:\s+\S+){0,2}\s*$/iu;
const LASTING_REACH = 20;
/** A question about the time between events ("how long after", "how many days apart") asks for an offset. */
const ASKS_OFFSET = /\b(?:after|before|later|earlier|ago|apart|since|between|soon)\b/i;
const OFFSET_FIT = 0.5;

/** Whether a duration says how long after or before something an event came, rather than how long one lasted. */
const isOffset = (text: string, span: ValueSpan): boolean =>
  OFFSET.test(text.slice(span.end)) && !LASTING.test(text.slice(Math.max(0, span.start - LASTING_REACH), span.start));

/**
 * "The week of the storm", "the day after", "the 2019-20 school year": a bare unit of time after "the" (and at most
 * two modifiers) names a particular period; it does not measure one ("the whole week" does).
 */
const NAMED_PERIOD = /\b(?:the|this|that|its|their)\s+((?:[\p{L}\d'’-]+\s+){0,2})$/iu;
const BARE_UNIT = regex([`^(?:${TIME_UNITS.join('|')})s?$`], 'iu');
const NAMED_PERIOD_REACH = 40;
const NAMED_PERIOD_FIT = 0.3;
/** Modifiers that make a named period a length all the same. */
const WHOLE = new Set(['whole', 'entire', 'full']);

/** Whether a duration is a bare unit of time naming a period ("the week of the storm") rather than measuring one. */
function namesPeriod(text: string, span: ValueSpan): boolean {
  if (!BARE_UNIT.test(text.slice(span.start, span.end).trim())) return false;
  const modifiers = NAMED_PERIOD.exec(text.slice(Math.max(0, span.start - NAMED_PERIOD_REACH), span.start))?.[1];
  if (modifiers === undefined) return false;
  const words = modifiers.toLowerCase().split(/\s+/u).filter(Boolean);
  return !words.some((w) => STOP_WORDS.has(w) || WHOLE.has(w));
}

/** What a rate's unit follows: a figure and what it counts ("165 days", "$40"). */
const COUNTED_BEFORE = regex([String.raw`(?:\d\S*(?:\s+\p{L}+)?|${anyOf(TIME_UNITS)}s?)\s+$`], 'iu');
/**
 * "165 days a year", "five days a week", "30 hours a week": a span of time counted per another is a rate, and no
 * length of anything; nor is the unit it is counted per ("a year" after "165 days").
 */
const isRate = (text: string, span: ValueSpan): boolean =>
  PER_TIME.test(text.slice(span.end)) ||
  (PER_TIME.test(` ${text.slice(span.start, span.end).trim()}`) && COUNTED_BEFORE.test(text.slice(0, span.start)));

/**
 * How well (0–1) a span of time answers "how long", given the words around it: loosely when it places an event
 * ("four days after the sale") or names a period ("the week of").
 */
export function durationInContext(passage: Passage, span: ValueSpan, question: AnalyzedQuestion): number {
  let fit = 1;
  // "Reopened three days after the storm" dates the reopening; it does not say how long the storm kept it shut.
  if (isOffset(passage.text, span) && !ASKS_OFFSET.test(question.text)) fit *= OFFSET_FIT;
  if (namesPeriod(passage.text, span)) fit *= NAMED_PERIOD_FIT;
  if (isRate(passage.text, span)) return 0;
  return fit;
}
