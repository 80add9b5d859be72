import type { ValueSpan } from './annotate.ts';
import { MONTH_PATTERN, YEAR_PATTERN } from './calendar.ts';

// wink-nlp reads "Sept. 15" (an abbreviation it does not know) and, after a word it takes into the month, "this
// Oct. 31" as a month and a count of 15 or 31. A day beside a month is part of a date: these put them together.
const MONTH_BEFORE = new RegExp(String.raw`(?<![\p{L}.])(${MONTH_PATTERN})\s+$`, 'iu');
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_PATTERN})(?!\p{L})`, 'iu');
const YEAR_AFTER = new RegExp(String.raw`^,?\s+${YEAR_PATTERN}(?!\d)`, 'u');
const DAY = /^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/u;
/** How far before a day its month may start ("Sept. ", "September "). */
const MONTH_REACH = 12;
/** How far after a day its month may end ("th of September"). */
const MONTH_AFTER_REACH = 16;

// "may" and "march" are words too: a month is written with a capital.
const capitalized = (word: string): boolean => /^\p{Lu}/u.test(word);

/** The [start, end) of the date a count of a month's day belongs to ("Sept. 15, 2026", "4 Sept"), or null. */
function dateOfDay(span: ValueSpan, text: string): [number, number] | null {
  if (span.kind !== 'count' || !DAY.test(text.slice(span.start, span.end))) return null;
  let [start, end] = [span.start, span.end];
  const before = MONTH_BEFORE.exec(text.slice(Math.max(0, start - MONTH_REACH), start));
  const after = before ? null : MONTH_AFTER.exec(text.slice(end, end + MONTH_AFTER_REACH));
  if (before && capitalized(before[1]!)) start -= before[0].length;
  else if (after && capitalized(after[1]!)) end += after[0].length;
  else return null;
  end += YEAR_AFTER.exec(text.slice(end, end + 7))?.[0].length ?? 0;
  return [start, end];
}

/**
 * Makes each count that is a month's day a date with its month and year, in place, taking in the values read
 * from the same words ("this Oct.", "2026"); returns the figures that were read as counts.
 */
export function joinCalendarDays(values: ValueSpan[], text: string): string[] {
  const days: string[] = [];
  for (const span of values.filter((v) => v.kind === 'count')) {
    const date = dateOfDay(span, text);
    if (!date) continue;
    const overlapping = values.filter((v) => v !== span && v.start < date[1] && v.end > date[0]);
    // A figure of money or a time beside a month is not a day of it.
    if (overlapping.some((v) => v.kind !== 'date')) continue;
    const start = Math.min(date[0], ...overlapping.map((v) => v.start));
    const end = Math.max(date[1], ...overlapping.map((v) => v.end));
    for (const other of overlapping) values.splice(values.indexOf(other), 1);
    days.push(text.slice(span.start, span.end).replace(/\D/gu, ''));
    Object.assign(span, { kind: 'date', start, end });
    delete span.counted;
  }
  return days;
}
