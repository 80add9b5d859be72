import { type Dimension, unitDimensions } from '../lexicon/dimensions.ts';
import type { ValueSpan } from '../text/annotate.ts';
import { TIME_UNITS } from '../text/calendar.ts';
import { anyOf, regex } from '../text/regex.ts';

/** A figure in the unit asked for ("1,100 feet" for "how deep"): an amount outright. */
const MEASURED_FIT = 1.25;
/** A count of things, not of a unit ("200 passengers" for "how fast"): a figure, but not a measure. */
const UNMEASURED_FIT = 0.3;

/** A unit told per unit of time ("100 feet an hour", "50 miles per hour"): a rate, whatever it measures alone. */
const PER_TIME = regex([String.raw`^\s+(?:an?|per)\s+${anyOf(TIME_UNITS)}\b`], 'iu');
/** A unit joined to its figure, which then modifies a noun ("an 11,240-foot peak", "a 56-seat bus"). */
export const JOINED_UNIT = /^-(\p{L}+)/u;

/** The unit a figure is told in and where it ends: the noun it counts ("30,000 feet"), or the word joined to it. */
function unitOf(text: string, span: ValueSpan): [string, number] | null {
  if (span.counted) return [text.slice(...span.counted), span.counted[1]];
  const joined = JOINED_UNIT.exec(text.slice(span.end));
  return joined ? [joined[1]!, span.end + joined[0].length] : null;
}

/**
 * How well a count answers a question asking for a figure in one dimension: "how deep" is answered by feet, not by
 * gallons (0) nor by passengers.
 */
export function dimensionFit(text: string, span: ValueSpan, asked: Dimension): number {
  const unit = unitOf(text, span);
  if (!unit) return UNMEASURED_FIT;
  const [word, end] = unit;
  const dimensions = PER_TIME.test(text.slice(end)) ? new Set<Dimension>(['rate']) : unitDimensions(word);
  if (dimensions.size === 0) return UNMEASURED_FIT;
  return dimensions.has(asked) ? MEASURED_FIT : 0;
}
