import { APPROXIMATELY } from '../text/stop-words.ts';
import { termOf } from '../text/analyzer.ts';
import { type Dimension, measureAlike, measuresFirst, unitDimensions } from '../lexicon/dimensions.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import { englishWords } from '../lexicon/english.ts';
import type { ValueSpan } from '../text/annotate.ts';
import { TIME_UNITS } from '../text/calendar.ts';
import { anyOf, regex } from '../text/regex.ts';

/**
 * A count of units of measure ("12,900 acres"; "1,100 feet" for "how deep") is an amount outright: what an amount's
 * base fit for a bare count makes 1.
 */
const MEASURED_FIT = 1.25;
/** A count of things, not of a unit ("200 passengers" for "how fast"): a figure, but not a measure. */
const UNMEASURED_FIT = 0.3;

/** A unit told per unit of time ("100 feet an hour", "50 miles per hour", "29 km/h"): a rate, whatever it measures. */
export const PER_TIME = regex([String.raw`^(?:\s+(?:an?|per)\s+${anyOf(TIME_UNITS)}\b|\/(?:h|hr|s|min)\b)`], 'iu');
/** The word after a unit that says which measure it is ("1.2 kilometres long", "30 feet deep"). */
const MEASURED_AS = /^\s+(\p{Ll}+)\b/u;
/** A unit joined to its figure, which then modifies a noun ("an 11,240-foot peak", "a 56-seat bus"). */
export const JOINED_UNIT = /^-(\p{L}+)/u;

/** A temperature's scale written onto its figure: "31.2C", "88 F", "73°F" (WordNet files "C" and "F" as units). */
const SCALE_LETTER = /^\s?°?([CF])(?![\p{L}\p{N}])/u;

/**
 * The unit a figure is told in and where it ends: the noun it counts ("30,000 feet"), the word joined to it, or the
 * scale letter written onto it.
 */
function unitOf(text: string, span: ValueSpan): [string, number] | null {
  if (span.counted) return [text.slice(...span.counted), span.counted[1]];
  const after = text.slice(span.end);
  const joined = JOINED_UNIT.exec(after) ?? SCALE_LETTER.exec(after);
  return joined ? [joined[1]!, span.end + joined[0].length] : null;
}

/**
 * How well a count answers a question asking for an amount: a measure before any other figure ("How big is the
 * fire?": "12,900 acres"); asked in one dimension, one of that dimension ("how deep": feet, not gallons nor
 * passengers).
 */
export function measureFit(text: string, span: ValueSpan, question: AnalyzedQuestion): number {
  const asked = question.dimension;
  if (!asked) return span.counted && englishWords().isUnit(text.slice(...span.counted)) ? MEASURED_FIT : 1;
  const unit = unitOf(text, span);
  if (!unit) return UNMEASURED_FIT;
  const [word, end] = unit;
  const dimensions = PER_TIME.test(text.slice(end)) ? new Set<Dimension>(['rate']) : unitDimensions(word);
  if (dimensions.size === 0) return UNMEASURED_FIT;
  if (!dimensions.has(asked)) return 0;
  // "A lake about 1.2 kilometres long" tells its length, in the dimension a depth is told in, but not its depth;
  // "within about 400 metres of the reef", "two miles away" tell how far one thing is from another.
  const told = distanceTold(text, span, end) ? 'far' : MEASURED_AS.exec(text.slice(end))?.[1];
  return told && question.measuredBy && measureAlike(told, question.measuredBy) === false ? 0 : MEASURED_FIT;
}

const WITHIN_BEFORE = new RegExp(String.raw`\bwithin\s+(?:${APPROXIMATELY}\s+)?$`, 'iu');
const AWAY_AFTER = /^\s+(?:away|from|off)\b/i;

/** Whether a length is told as a distance between two things: "within 400 metres of", "two miles away". */
function distanceTold(text: string, span: ValueSpan, end: number): boolean {
  return WITHIN_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)) || AWAY_AFTER.test(text.slice(end));
}

/** The noun right before a figure that names what it measures: "a magnitude 5.4 earthquake", "at a depth of 30". */
const MEASURE_BEFORE = new RegExp(String.raw`\b(\p{Ll}{3,})\s+(?:of\s+)?(?:${APPROXIMATELY}\s+)?$`, 'u');
/** Words for any figure at all ("number 5", "level 3"), which say nothing of what it measures. */
const ANY_FIGURE = new Set(['number', 'level', 'figure', 'total']);

// The attribute a figure is told as does not change from question to question: read once per figure.
const attributesBefore = new WeakMap<ValueSpan, string | null>();

/** The attribute a noun right before a figure says it measures ("magnitude" of "a magnitude 5.4 earthquake"). */
function attributeBefore(text: string, span: ValueSpan): string | null {
  let named = attributesBefore.get(span);
  if (named === undefined) {
    const word = MEASURE_BEFORE.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1];
    const attribute = word && !ANY_FIGURE.has(word) && englishWords().category(word, 'n') === 'noun.attribute';
    attributesBefore.set(span, (named = attribute ? word : null));
  }
  return named;
}

/**
 * Whether a figure is told as the measure of another attribute than the one asked: "how much damage did the 1987
 * quake do" is not answered by "a magnitude 5.4 earthquake" (WordNet files magnitude with the attributes).
 */
export function measuredAsOther(text: string, span: ValueSpan, question: AnalyzedQuestion): boolean {
  const head = question.head?.toLowerCase();
  const named = head ? attributeBefore(text, span) : null;
  if (!head || !named || named === head || question.attributeTerms.includes(termOf(named) ?? '')) return false;
  return measureAlike(named, question.measuredBy ?? head) !== true;
}

/**
 * Whether a sum cannot answer a question asking a figure of a dimension ("how tall is the tower": not "£10,000"),
 * unless it is told in a unit of that dimension too ("84 pounds" for "how heavy").
 */
export function sumMisfits(text: string, span: ValueSpan, question: AnalyzedQuestion): boolean {
  const asked = question.dimension;
  if (!asked || !question.measuredBy || !measuresFirst(question.measuredBy)) return false;
  const unit = /(\p{L}+)$/u.exec(text.slice(span.start, span.end))?.[1];
  return !unit || !unitDimensions(unit).has(asked);
}
