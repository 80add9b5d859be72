// The one home of English month and weekday names: dates in metadata, citation labels, name finding and answer
// matching all read them from here, so a spelling ("Sept.") is taught once. Intl supplies the names themselves.
const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' });

/** "January" … "December". */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, m) =>
  monthFormat.format(Date.UTC(2000, m, 1)),
);

/** Units a span of time is counted in ("three weeks", "a 13-day strike"), singular. */
export const TIME_UNITS: readonly string[] = ['year', 'month', 'week', 'day', 'hour', 'minute'];

/** "Sunday" … "Saturday" (1 Jan 2023 was a Sunday). */
export const WEEKDAY_NAMES: readonly string[] = Array.from({ length: 7 }, (_, d) =>
  weekdayFormat.format(Date.UTC(2023, 0, 1 + d)),
);

/** "Jan" … "Dec": the abbreviations dates are written with. */
const MONTH_ABBREVIATIONS: readonly string[] = MONTH_NAMES.map((name) => name.slice(0, 3));

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

/** The month number (1-12) of a month name or abbreviation ("Jun.", "june", "Sept"), or null. */
export function monthNumber(word: string): number | null {
  return MONTH_SPELLINGS.get(word.toLowerCase().replace(/\.$/u, '')) ?? null;
}

/** True for a word that names a month or a weekday ("June", "Jun.", "Tuesday"): capitalized, but nobody's name. */
export function isCalendarWord(word: string): boolean {
  const bare = word.toLowerCase().replace(/\.$/u, '');
  return MONTH_SPELLINGS.has(bare) || WEEKDAY_NAMES.some((day) => day.toLowerCase() === bare);
}
