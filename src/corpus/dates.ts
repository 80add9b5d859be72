import { CLOCK_TIME_PATTERN, MONTH_PATTERN, WEEKDAY_NAMES, monthNumber } from '../text/calendar.ts';
import { regex } from '../text/regex.ts';
import { wordCount } from './blocks.ts';
import { TAG_LIST } from './chrome-shapes.ts';

/** A date found in a line of text, read into YYYY-MM-DD, with where it was written. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// "June 3, 2024", "Jun. 03 2024", "Sept. 30, 2021" · "3 June 2024", "3rd of June, 2024", "16-Jun-2026" ·
// "2024-06-03", "2024/6/3".
const MONTH_DAY_YEAR = regex([`\\b(${MONTH_PATTERN})\\s+${DAY},?\\s+(\\d{4})\\b`], 'giu');
const DAY_MONTH_YEAR = regex(
  [`\\b${DAY}(?:\\s+(?:of\\s+)?(${MONTH_PATTERN}),?\\s+|-(${MONTH_PATTERN})-)(\\d{4})\\b`],
  'giu',
);
// A mail archive's or a system's timestamp puts the time and zone between the day and the year (C's ctime): "Thu
// Oct 22 07:52:13 BST 2026".
const MONTH_DAY_TIME_YEAR = regex(
  [`\\b(${MONTH_PATTERN})\\s+${DAY}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+[A-Z]{2,5})?\\s+(\\d{4})\\b`],
  'giu',
);
// An ISO timestamp's time of day is part of its date: "2024-06-03T14:05:00Z".
const YEAR_MONTH_DAY =
  /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d/])/gu;
// "13/05/2026" is day-first and "05/13/2026" month-first; "05/06/2026" could be either, and is read only in the
// order the page's other dates show. Dots are written day-first ("11.08.2026"), as nowhere writes the month first.
const NUMERIC_DATE = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/gu;
const MONTHS_IN_YEAR = 12;

/** Which comes first in a page's numeric dates, the day or the month, when its dates show it. */
export type NumericOrder = 'day' | 'month';

/** Every date written in a text, in reading order (a numeric date only when its order is plain or given). */
export function findDates(text: string, order: NumericOrder | null = null): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (match: RegExpMatchArray, year: string, month: number | null, day: string): void => {
    const iso = month ? validIsoDate(Number(year), month, Number(day)) : null;
    if (!iso || found.some((f) => f.index === match.index)) return;
    found.push({ iso, index: match.index!, length: match[0].length });
  };
  for (const m of text.matchAll(MONTH_DAY_YEAR)) add(m, m[3]!, monthNumber(m[1]!), m[2]!);
  for (const m of text.matchAll(DAY_MONTH_YEAR)) add(m, m[4]!, monthNumber((m[2] ?? m[3])!), m[1]!);
  for (const m of text.matchAll(MONTH_DAY_TIME_YEAR)) add(m, m[3]!, monthNumber(m[1]!), m[2]!);
  for (const m of text.matchAll(YEAR_MONTH_DAY)) add(m, m[1]!, Number(m[2]), m[3]!);
  for (const m of text.matchAll(NUMERIC_DATE)) {
    // "03/03/2026" reads the same either way.
    const same = Number(m[1]) === Number(m[3]) ? 'day' : null;
    const plain = plainOrder(Number(m[1]), Number(m[3])) ?? (m[2] === '.' ? 'day' : order) ?? same;
    if (plain === 'day') add(m, m[4]!, Number(m[3]), m[1]!);
    else if (plain === 'month') add(m, m[4]!, Number(m[1]), m[3]!);
  }
  return found.sort((a, b) => a.index - b.index);
}

function plainOrder(first: number, second: number): NumericOrder | null {
  if (first > MONTHS_IN_YEAR && second <= MONTHS_IN_YEAR) return 'day';
  return second > MONTHS_IN_YEAR && first <= MONTHS_IN_YEAR ? 'month' : null;
}

const MONTH_NAMED = regex([`\\b(${MONTH_PATTERN})\\s+\\d|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})`], 'giu');

/**
 * The order a page writes its numeric dates in: the order of any of them that can be read only one way
 * ("13/05/2026"), else the one reading of "08/02/2026" whose month the page names in words ("on 7 February"), else
 * null.
 */
export function numericDateOrder(text: string): NumericOrder | null {
  const ambiguous: Array<[number, number]> = [];
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [first, second] = [Number(m[1]), Number(m[3])];
    const plain = plainOrder(first, second);
    if (plain) return plain;
    if (first >= 1 && second >= 1 && first <= MONTHS_IN_YEAR && second <= MONTHS_IN_YEAR && first !== second)
      ambiguous.push([first, second]);
  }
  if (ambiguous.length === 0) return null;
  const named = new Set<number>();
  for (const m of text.matchAll(MONTH_NAMED)) named.add(monthNumber(m[1] ?? m[2]!)!);
  const dayFirst = ambiguous.every(([, month]) => named.has(month));
  const monthFirst = ambiguous.every(([month]) => named.has(month));
  return dayFirst === monthFirst ? null : dayFirst ? 'day' : 'month';
}

/** A day, a month and a year of two digits, dotted or slashed: "25.03.26". */
const SHORT_YEAR = /\b(\d{2})([./])(\d{2})\2(\d{2})\b(?![./]\d)/gu;
const HAS_NUMERIC_DATE = new RegExp(NUMERIC_DATE.source, 'u');
// A date line's year may be written in two digits ("Wednesday 04/03/26 – 15:20").
const HAS_SHORT_YEAR = new RegExp(SHORT_YEAR.source, 'u');

/**
 * The two readings of a line that is only a date when its numeric date may be read day or month first ("Published:
 * 02/04/2026 09:15"), which only the page's folder can choose between; null for any other line.
 */
export function eitherWayDates(line: string): [string, string] | null {
  if (!HAS_NUMERIC_DATE.test(line) && !HAS_SHORT_YEAR.test(line)) return null;
  const [dayFirst, monthFirst] = [datelineOf(line, 'day')?.published, datelineOf(line, 'month')?.published];
  return dayFirst && monthFirst && dayFirst !== monthFirst ? [dayFirst, monthFirst] : null;
}

/** Reads a front-matter or manifest value (a Date, "2024-06-03T10:00Z", "June 3, 2024") into YYYY-MM-DD. */
export function toIsoDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const basic = BASIC_ISO.exec(value);
  if (basic) return validIsoDate(Number(basic[1]), Number(basic[2]), Number(basic[3]));
  return findDates(value)[0]?.iso ?? null;
}

/** ISO 8601's basic format, as some pages' metadata writes a date: "20260314", "20260314T091500Z". */
const BASIC_ISO = /^\s*(\d{4})(\d{2})(\d{2})(?:T\d{4,6}(?:Z|[+-]\d{4})?)?\s*$/;

function validIsoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** The dates a dateline line states; a line that only says when it was updated has no publication date. */
export interface Dateline {
  published: string | null;
  updated: string | null;
}

// A broadcast's transcript is dated by when it aired ("Aired June 3, 2024", "Air date: June 3, 2024"), a court's
// opinion by when it was decided or filed, a press release by when it went out, a notice by its "Date of issue:", a
// written question by when it was answered, a court's list by its sitting date, a board paper by its meeting's.
// An update may be set in brackets ("(Updated 10:32pm)").
const LABEL = regex(
  [
    String.raw`^\(?(?:(?:first |originally )?`,
    String.raw`(published|posted|issued|aired|air date|broadcast|decided|filed|for immediate release`,
    String.raw`|streamed live|premiered|uploaded|answered|(?:issue|release|publication|sitting|decision|report) date`,
    // A picture agency's caption sheet: "Date taken: Tuesday 3 March 2026".
    // A register's entry: "Date first listed: 27-Feb-2026", "First registered 3 March 2026".
    String.raw`|(?:date )?first (?:listed|registered|designated)`,
    String.raw`|date taken|transmitted|date(?: of (?:issue|publication|decision|meeting|report))?`,
    // A release's embargo names the moment it may be published: "EMBARGOED UNTIL 00:01 THURSDAY 15 OCTOBER 2026".
    String.raw`|embargoed (?:until|till|to)`,
    String.raw`)`,
    String.raw`|(?:last )?(updated|modified|edited))(?:\s+on)?\s*:?\s*`,
  ],
  'iu',
);
// "7:45 p.m.", "14:05:00", and the British "10.15" before a zone ("10.15 BST") or closing the line ("Sun 9 Aug 2026
// 14.32").
const TIME = new RegExp(
  [CLOCK_TIME_PATTERN, String.raw`\b(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s+[A-Z]{2,4}\b|\s*$)`].join('|'),
  'giu',
);
// Time zones are short capitalized abbreviations ("ET", "EDT", "GMT", "BST", "UTC"), with an offset ("GMT+2").
const ZONE = /\b\p{Lu}{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?\b/gu;
// Weekdays in full or cut to three letters ("Mon 3 Jun 2024", "Tue, 03 Jun 2024").
const WEEKDAY = new RegExp(
  `\\b(?:${WEEKDAY_NAMES.map((d) => `${d.slice(0, 3)}(?:${d.slice(3)})?`).join('|')})\\b\\.?`,
  'giu',
);
const FILLER = /\b(?:at|on|from)\b|[\s,|·•\-–—/()]+/gi;
// Its parts are set apart by a bar (spaced or not: "… 5:47 PM EDT|Updated: …") or a dot, or by nothing but a
// space when a page shows them as two elements side by side ("Published 6:12 p.m. ET Apr. 16, 2025 Updated 8:40
// a.m. …" once its markup is gone), or in brackets ("13 March 2026, 6:05am (updated 9:40am)").
const DATELINE_PARTS = regex(
  [
    String.raw`\s*\|\s*|\s+[·•]\s+|\s{2,}|\s+--\s+(?=(?:decided|filed|published|updated)\b)`,
    String.raw`|(?<!\blast)\s+\(?(?=(?:last )?(?:updated|modified|edited)\b)`,
  ],
  'i',
);

/** When a reader kept a copy, beside when it went out: "Published 8 May 2026 · Saved 8 May 2026, 21:37". */
const KEPT_BESIDE = /^\s*(?:saved|clipped|exported|archived|accessed|retrieved)\b/i;

/** When a court heard a case ("Argued May 12, 2026"): beside the date it decided, not when anything went out. */
const HEARD = /^\s*(?:argued|submitted|heard)\b/i;

/** A line longer than this says more than when. */
const MAX_DATELINE_WORDS = 24;

/**
 * What a page shows beside its date that is no date: an estimate of reading time ("6 min read", "Reading time: 5
 * min"), an episode's running time ("41 min 18 sec"), a newsletter's issue ("Issue No. 412", "Vol. 3, No. 12").
 */
const BESIDE_DATE = regex(
  [
    String.raw`^(?:(?:reading time:?\s*)?(?:\d{1,3}[- ]?(?:h|hrs?|hours?|min(?:ute)?s?|sec(?:ond)?s?)\.?\s*){1,3}`,
    String.raw`(?:read|listen)?`,
    String.raw`|(?:issue|edition|vol(?:ume)?\.?)\s*(?:no\.\s*)?#?\d+(?:,?\s*(?:no\.|issue)\s*#?\d+)?`,
    // A video's views beside the day it went out: "6,419 views  Streamed live on 10 Jun 2026"; a story's comments.
    String.raw`|\d[\d,.]*[km]?\s+(?:views|comments?)`,
    // A social post's marks beside its time: "Apr 01, 2026, 08:47 · Edited · Web".
    String.raw`|edited|(?:via\s+)?(?:web|android|ios|iphone))$`,
  ],
  'i',
);

/**
 * A paper's edition and cover price beside its day ("e-Edition | Wednesday, August 26, 2026", "… · $2.00"); alone on
 * a line, they are a menu's item or a price.
 */
const EDITION_BESIDE = /^(?:(?:e-?|print\s+|digital\s+|late\s+|final\s+)edition|[$£€]\d{1,2}(?:\.\d\d)?)$/i;

/** An update told as a time before now ("Updated 2 hours ago"), which a saved page no longer dates. */
const RELATIVE_TIME =
  /^\s*(?:(?:\d+|an?|a few)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month)s?\s+ago|just now)\s*$/i;

/** Where a decision or letter was signed, opening its date line: "Lausanne, 23 March 2026". */
const SIGNED_AT = /^\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2},\s*$/u;

/** The section a labelled post is filed in: "Posted in Club News on January 15, 2026". */
const FILED_IN = /\bin\s+\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3}/u;

/** Who posted, between the label and the date: "Posted by Sain Cennen News Team on 03/03/2026", "Posted by X, …". */
const POSTER = /^\s*by\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s+(?=on\b)|,\s+)/u;

/** The paper's name closing a dateline: "Wednesday July 29 2026, 7.05am BST, The Daily Meridian". */
const OUTLET_AFTER = /,\s*The(?:\s+\p{Lu}[\p{L}'’-]*){1,4}\s*$/u;

/** A byline closing a dateline: "Posted on June 3, 2024 by Jane Roe", "… by Guy Fensome, News Editor". */
const BY_NAME = new RegExp(
  String.raw`\bby\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}` +
    String.raw`(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{L}+){0,3})?\s*$`,
  'u',
);

/** A word of a name, perhaps with a capital inside ("McCrindle"). */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*\p{Ll}`;

/**
 * A reporter's name set apart before the date, "Magnus Hesketh | 12/02/2026 | 4 min read": a byline without "By",
 * or labelled ("Author: Fiona McCrindle | 03.03.2026").
 */
/** The label a byline may open on: "Author:", "Words:", "By". */
export const NAME_LABEL = String.raw`(?:[Aa]uthor|[Rr]eporter|[Ww]ords(?: by)?|[Ww]ritten by|[Bb]y)\s*:?\s+`;
/** A reporter's job after their name (a pattern's source): "Legal Correspondent", "Senior Reporter". */
export const REPORTER_ROLE =
  String.raw`(?:\p{L}+\s+){0,3}` +
  String.raw`(?:[Ee]ditor|[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Jj]ournalist|[Cc]olumnist)`;
// Its label captured: a labelled name is a byline wherever the row sets it ("15.04.2026 | Words: Jo Example"). A name
// may carry its job ("Tom Varga, Legal Correspondent | 11.03.2026 | 5 min read").
const NAME_BEFORE = new RegExp(
  String.raw`^\s*(${NAME_LABEL})?${NAME_WORD}(?:\s+${NAME_WORD}){1,2}(?:,\s+${REPORTER_ROLE})?\s*$`,
  'u',
);

/** A reporter's name and desk set apart after the date: "Nadia Farouk, Mardle Sound News". */
const NAME_AND_DESK = /^\s*\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2},\s+\p{Lu}[\p{L}&'’ -]{2,40}\s*$/u;

/** Whether what is left of a dateline's part says nothing but a time of day, a zone, a weekday or its author. */
export const onlyTime = (text: string): boolean =>
  text.replace(BY_NAME, ' ').replace(TIME, ' ').replace(ZONE, ' ').replace(WEEKDAY, ' ').replace(FILLER, '') === '';

/**
 * Reads a line that is only a dateline ("Jun 03, 2024", "Oct. 8, 2024 - 5:52 p.m. EDT", "Posted on …", "Published
 * 7:45 p.m. ET Jun. 3, 2024 | Updated …"); returns null for any line that says more than when.
 */
export function datelineOf(line: string, order: NumericOrder | null = null): Dateline | null {
  // Counted in place first: emphasis marks cut off either end take two words at most, and most lines are prose.
  if (wordCount(line) > MAX_DATELINE_WORDS + 2 || BIRTH_DATE.test(line)) return null;
  // A line that is only a date may write its year in two digits ("25.03.26 | 07:45"); in prose that is no date.
  const text = line
    .replace(/^[*_]+|[*_]+$/gu, '')
    .trim()
    // A template that runs its label into the figures: "14:32, 13 MAR 2026Updated09:10, 14 MAR 2026".
    .replace(/(\d)(Updated|Published)(\d)/gu, '$1 | $2 $3')
    .replace(
      SHORT_YEAR,
      (_, day: string, mark: string, month: string, year: string) => `${day}${mark}${month}${mark}20${year}`,
    );
  if (wordCount(text) > MAX_DATELINE_WORDS) return null;
  const dateline: Dateline = { published: null, updated: null };
  const parts = text.split(DATELINE_PARTS);
  for (const [i, part] of parts.entries()) {
    if (BESIDE_DATE.test(part.trim()) || (HEARD.test(part) && findDates(part, order).length > 0)) continue;
    // A post's tags after its day ("2026-02-21 · tags: aviation, ww2, coast"), or when a reader kept a copy.
    if (i > 0 && (TAG_LIST.test(part.trim()) || KEPT_BESIDE.test(part))) continue;
    const name = NAME_BEFORE.exec(part);
    const named = name !== null && (i === 0 || name[1] !== undefined);
    if (parts.length > 1 && (named || EDITION_BESIDE.test(part.trim()))) continue;
    // "05/03/2026 17:42 GMT  |  Nadia Farouk, Mardle Sound News": the reporter and desk after the date.
    if (i > 0 && NAME_AND_DESK.test(part)) continue;
    // A bilingual site's label in its other language, before the English one: "Publicad | Published: 07/05/2026".
    if (/^\s*\p{L}+\s*$/u.test(part) && LABEL.test(parts[i + 1] ?? '')) continue;
    const label = LABEL.exec(part);
    const rest = label ? part.slice(label[0].length).replace(FILED_IN, ' ').replace(POSTER, ' ') : part;
    const dates = findDates(rest, order);
    // "Sept. 8, 2026 · Updated 3:47 p.m. CT", "16.03.2026 | 07:15": a time beside a date, labelled or not, is of
    // that day and dates nothing.
    if (dates.length === 0 && (onlyTime(rest) || RELATIVE_TIME.test(rest)) && (label || parts.length > 1)) continue;
    if (dates.length !== 1) return null;
    const [before, after] = [
      rest.slice(0, dates[0]!.index),
      rest.slice(dates[0]!.index + dates[0]!.length).replace(OUTLET_AFTER, ''),
    ];
    if (!onlyTime(before + after) && !(SIGNED_AT.test(before) && onlyTime(after))) return null;
    const field = label?.[2] ? 'updated' : 'published';
    dateline[field] ??= dates[0]!.iso;
  }
  return dateline;
}

const MONTH_DAY = regex([`\\b(${MONTH_PATTERN})\\s+${DAY}\\b`], 'iu');

/** "DOB 11/09/2001", "Date of birth: …", "Born 3 March 1961": someone's birthday, which dates no page. */
const BIRTH_DATE = /^\W*(?:DOB|D\.O\.B\.?|date of birth|born)\b/i;

/** A month and day written without a year ("June 10", "Sept. 3rd"), as MM-DD, or null. */
export function monthDayOf(text: string): string | null {
  const found = MONTH_DAY.exec(text);
  const month = found ? monthNumber(found[1]!) : null;
  if (!found || !month || Number(found[2]) > 31) return null;
  return `${String(month).padStart(2, '0')}-${found[2]!.padStart(2, '0')}`;
}

const DAY_MS = 86_400_000;

/** Of some dates (YYYY-MM-DD), the one nearest a dated day, or null when there are none. */
export function nearestOf(dates: readonly string[], near: string): string | null {
  const apart = (iso: string): number => Math.abs(Date.parse(iso) - Date.parse(near)) / DAY_MS;
  return [...dates].sort((a, b) => apart(a) - apart(b))[0] ?? null;
}

/** The date of a month and day (MM-DD) in the year that puts it nearest a dated day (YYYY-MM-DD). */
export function nearestDate(monthDay: string, near: string): string | null {
  const year = Number(near.slice(0, 4));
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  const dates = [year - 1, year, year + 1].map((y) => validIsoDate(y, month, day));
  return nearestOf(
    dates.filter((iso): iso is string => iso !== null),
    near,
  );
}
