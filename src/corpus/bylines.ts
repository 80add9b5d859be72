import { anyOf, regex, sources } from '../text/regex.ts';
import { wordCount } from './blocks.ts';
import { datelineOf, findDates, monthDayOf } from './dates.ts';

/** What a byline line says: who wrote the article, and the outlet it names, if any. */
export interface Byline {
  people: string[];
  outlet: string | null;
  /** The outlet was read from a job title ("Courier Staff Writer" → "Courier"): it may be a beat, not a site. */
  fromJobTitle: boolean;
  /** The publication date a byline ends in ("By Jane Roe | Harbor Ledger | June 3, 2024"), if it gives one. */
  published: string | null;
}

const EMPHASIS = /^[*_]+|[*_]+$/gu;
const BY = /^(?:by|By|BY)\s+(?=\p{Lu})/u;
// The job a byline names ends in one of these nouns, with modifiers ("Senior", "Staff") before it.
const ROLE_NOUN = regex(
  [
    String.raw`\s*\b`,
    anyOf(
      sources(String.raw`
      writer reporter correspondent editor columnist contributor producer anchor photographer
      journalist critic intern staff
      `),
    ),
    's?$',
  ],
  'iu',
);
const ROLE_MODIFIER = regex(
  [
    String.raw`\s*\b`,
    anyOf(
      sources(String.raw`
      staff senior chief special contributing freelance associate assistant managing deputy lead
      executive
      `),
    ),
    '$',
  ],
  'iu',
);
const CONNECTOR = /\s+(?:and|&)\s+|,\s*/u;

/**
 * What sets a byline's or a masthead line's parts apart: a bar, a dot, a dash or an asterisk between spaces, or the
 * wide gap between columns of a print page's header.
 */
export const LINE_PARTS = /\s+(?:[|•·—–*]|--)\s+|\s{3,}/u;

/** Removes Markdown emphasis around a line ("*By Jane Roe, Ledger*" → "By Jane Roe, Ledger"). */
export function unemphasized(text: string): string {
  return text.replace(EMPHASIS, '').trim();
}

/**
 * Reads a byline: "By Jane Roe | Harbor Ledger", "By JANE ROE, Staff Writer", "by Jane Roe, KXYZ News 7 Reporter",
 * "*By Jane Roe and Al Poe, Harbor Ledger*", "By Jane Roe for Harbor Ledger", "By Jane Roe | June 3, 2024". Null
 * when the line is not one.
 */
export function parseByline(line: string): Byline | null {
  const text = unemphasized(line);
  const by = BY.exec(text);
  if (!by || text.split(/\s+/u).length > 16 || /[.!?]$/u.test(text.replace(/\b\p{Lu}\.$/u, ''))) return null;
  // A part between bars or dashes that only says when dates the article; it names no outlet ("By Jane Roe, Harbor
  // Ledger — May 7, 2026").
  const parts = text.slice(by[0].length).split(LINE_PARTS);
  const published = parts.map((part) => datelineOf(part)?.published).find(Boolean) ?? null;
  const bar = parts.filter((part, i) => i === 0 || !datelineOf(part));
  const rest = bar.join(' | ');
  const forOutlet = /^(.+?)\s+for\s+(\p{Lu}.*)$/u.exec(rest);
  let who = rest;
  let affiliation: string | null = null;
  if (bar.length > 1) [who, affiliation] = [bar[0]!, bar.slice(1).join(' ')];
  else if (forOutlet) [who, affiliation] = [forOutlet[1]!, forOutlet[2]!];
  else if (rest.includes(',')) {
    const comma = rest.lastIndexOf(',');
    [who, affiliation] = [rest.slice(0, comma), rest.slice(comma + 1)];
  }
  // "By Jane Roe, Senior Reporter, Harbor Ledger": the job between the name and the outlet is no person.
  const people = who
    .split(CONNECTOR)
    .map((p) => p.trim())
    .filter((p) => p && !isJobTitle(p));
  if (!affiliation) return { people, outlet: null, fromJobTitle: false, published };
  // "By Jane Roe – Senior Reporter, Harbor Ledger": the job, then the outlet.
  const jobFirst = /^([^,]+),\s*(\S.*)$/u.exec(affiliation.trim());
  let outlet = jobFirst && isJobTitle(jobFirst[1]!) ? jobFirst[2]! : affiliation.trim();
  const fromJobTitle = ROLE_NOUN.test(outlet);
  outlet = withoutJobTitle(outlet);
  return { people, outlet: outlet.trim() || null, fromJobTitle, published };
}

/** The text without the job title that ends it ("Courier Senior Staff Writer" → "Courier"). */
function withoutJobTitle(text: string): string {
  let rest = text;
  while (ROLE_NOUN.test(rest) || ROLE_MODIFIER.test(rest))
    rest = rest.replace(ROLE_NOUN, '').replace(ROLE_MODIFIER, '');
  return rest;
}

/** Whether the text is only a job title ("Senior Reporter", "Staff Writer"). */
function isJobTitle(text: string): boolean {
  return ROLE_NOUN.test(text) && withoutJobTitle(text).trim() === '';
}

/** Words a journalist's job title takes at most ("Senior Football Writer", "Beacon staff writer"). */
const JOB_TITLE_WORDS = 5;

/** A line that is only a journalist's job title ("Business Reporter"): the second line of a byline. */
export function isJobTitleLine(line: string): boolean {
  return wordCount(line) <= JOB_TITLE_WORDS && ROLE_NOUN.test(line) && !/[.!?:;,"“”]/u.test(line);
}

// "(Reporting by …; Editing by …)", "Additional reporting by …", "Written by …": credits, not reporting.
const CREDIT_ROLE =
  /^\(?(?:(?:additional |further )?reporting|writing|written|editing|edited|compiled|produced|research) by\s+/i;
// What follows "by" in a credit is names only ("Jane Roe and Al Poe", "the news desk"), never a clause.
const CREDITED = /^(?:\p{Lu}[\p{L}.'’-]*|and|&|the|our|staff|news|desk|team|of|,|\s)+$/u;

/** True for a credit line ("(Reporting by Jane Roe; Editing by Al Poe)"), which names people, never facts. */
export function isCreditLine(line: string): boolean {
  const parts = unemphasized(line)
    .replace(/^\(|\)$/gu, '')
    .split(/\s*;\s*/u);
  return parts.every((part) => {
    const role = CREDIT_ROLE.exec(part);
    return role !== null && CREDITED.test(part.slice(role[0].length).replace(/[.)]+$/u, ''));
  });
}

/** The dateline that opens an article's first paragraph: where it was filed, and the wire or outlet that filed it. */
export interface OpeningDateline {
  /** Characters the dateline takes, including the dash after it. */
  length: number;
  outlet: string | null;
  published: string | null;
  /** A month and day given without a year, as wire copy writes them ("June 10"), as MM-DD; else null. */
  day: string | null;
}

// "BAYVIEW (Harbor Wire) — …", "RIVERTON, Ore., June 3, 2024 (Valley Wire) -- …", "GRANDVILLE, Mich. -- …".
const OPENING = regex([
  String.raw`^(\p{Lu}[\p{Lu}\p{N}.'’ -]*\p{Lu}\.?)`, // the place, in capitals
  String.raw`((?:,\s*[^()—–\n]{1,50}?)?)`, // its state or country, and maybe the date
  String.raw`\s*(?:\(([^()]{2,60})\)\s*)?`, // the wire or outlet, in parentheses
  String.raw`(?:—|–|--|-)\s+(?=\S)`,
]);
// A release wire's own: "LONDON--(BUSINESS WIRE)--Mar. 3, 2026--Halcyon Attractions …", dashes without spaces.
const WIRE_OPENING = regex([
  String.raw`^(\p{Lu}[\p{Lu}\p{N}.'’ -]*\p{Lu}\.?)`, // the place, in capitals
  String.raw`(?:,\s*[^()—–\n]{1,30}?)?--\(([^()]{2,60})\)--`, // its state, then the wire in parentheses
  String.raw`([^—–\n]{4,30}?)--(?=\S)`, // the date
]);
const NAME_LIKE = /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of|the|and|&|[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*)){0,5}$/u;

/** Reads the dateline at the start of a paragraph, or null when the paragraph does not open with one. */
export function openingDateline(paragraph: string): OpeningDateline | null {
  const wire = WIRE_OPENING.exec(paragraph);
  const match: ReadonlyArray<string | undefined> | null = wire
    ? [wire[0], wire[1], wire[3], wire[2]]
    : OPENING.exec(paragraph);
  if (!match) return null;
  const place = match[1]!;
  // A place is written in capitals, in words of three letters or more ("NEW YORK", "ST. PAUL", not "AI").
  if (!/\p{Lu}{3}/u.test(place) || /\p{Ll}/u.test(place)) return null;
  const outlet = match[3]?.trim() ?? null;
  if (outlet && !NAME_LIKE.test(outlet)) return null;
  const published = findDates(match[2] ?? '')[0]?.iso ?? null;
  return { length: match[0]!.length, outlet, published, day: published ? null : monthDayOf(match[2] ?? '') };
}
