// The one home of English month and weekday names: dates in metadata, citation labels, name finding and answer
// matching all read them from here, so a spelling ("Sept.") is taught once. Written out rather than asked of Intl,
// whose first formatter costs every start about 15 ms.

import { SCALE_SUFFIXES, SCALE_WORDS } from './magnitudes.ts';
import { anyOf } from './regex.ts';

/** "January" … "December". */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Units a span of time is counted in ("three weeks", "a 13-day strike"), singular. */
export const TIME_UNITS: readonly string[] = ['year', 'month', 'week', 'day', 'hour', 'minute'];

/** "Sunday" … "Saturday". */
export const WEEKDAY_NAMES: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** "Jan" … "Dec": the abbreviations dates are written with. */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_NAMES.map((name) => name.slice(0, 3));

// "Sept" is the one four-letter abbreviation in common use.
const MONTH_SPELLINGS = new Map<string, number>([
  ...MONTH_NAMES.map((name, i): [string, number] => [name.toLowerCase(), i + 1]),
  ...MONTH_ABBREVIATIONS.map((name, i): [string, number] => [name.toLowerCase(), i + 1]),
  ['sept', 9],
]);

/**
 * A regular-expression fragment (no groups) matching a month written in full or abbreviated, with an optional
 * period: "June", "Jun", "Jun.", "Sept.".
 */
export const MONTH_PATTERN = `(?:${[...MONTH_SPELLINGS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;

const TWELVE_HOUR = String.raw`\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)`;
/** A regular-expression fragment (no groups) matching a time of day as news writes it: "7:45 p.m.", "14:05". */
export const CLOCK_TIME_PATTERN = `(?:${TWELVE_HOUR}|${String.raw`\b\d{1,2}:\d{2}(?::\d{2})?\b`})`;

/**
 * A regular-expression fragment (no groups) matching a time of day as much of the world writes it: "9.30am", on the
 * 24-hour clock "08:15", and "06.42" after "at" or "until"; never a race time ("2:16:40") or a decimal ("6.42m").
 */
export const DAY_CLOCK_PATTERN = [
  String.raw`(?:${TWELVE_HOUR}`,
  String.raw`|(?<![:.\d])(?:[01]?\d|2[0-3]):[0-5]\d\b(?![:.]\d)`,
  String.raw`|(?<=\b(?:at|until|till|by|from|before|after|around|about|since) )(?:[01]?\d|2[0-3])\.[0-5]\d\b`,
  String.raw`(?![.,]?\d|\s*${anyOf([...SCALE_WORDS, ...SCALE_SUFFIXES])}\b))`,
].join('');

/** A regular-expression fragment (no groups) matching a year as news writes one, 1800 to 2099: "2026". */
export const YEAR_PATTERN = String.raw`(?:1[89]|20)\d\d`;

/** "the 2000s", "the 1990s": a decade, by its first three figures. */
const DECADE = /\b((?:1[89]|20)\d)0s\b/gu;

/** The decades a text names, each by its first three figures ("the 1990s" → "199"). */
export const decadesIn = (text: string): string[] => [...text.matchAll(DECADE)].map((m) => m[1]!);

/** The month number (1-12) of a month name or abbreviation ("Jun.", "june", "Sept"), or null. */
export function monthNumber(word: string): number | null {
  return MONTH_SPELLINGS.get(word.toLowerCase().replace(/\.$/u, '')) ?? null;
}

/** The ways of writing a month's name ("august", "aug"; "september", "sep", "sept"), lowercased, or none. */
export function monthSpellings(word: string): string[] {
  const month = monthNumber(word);
  return month === null ? [] : [...MONTH_SPELLINGS].filter(([, n]) => n === month).map(([spelling]) => spelling);
}

/** True for a word that names a month or a weekday ("June", "Jun.", "Tuesday"): capitalized, but nobody's name. */
export function isCalendarWord(word: string): boolean {
  const bare = word.toLowerCase().replace(/\.$/u, '');
  return MONTH_SPELLINGS.has(bare) || WEEKDAY_NAMES.some((day) => day.toLowerCase() === bare);
}
