import { regex } from '../text/regex.ts';
import { wordCount } from './blocks.ts';
import { LINE_PARTS, parseByline, unemphasized } from './bylines.ts';
import { datelineOf, onlyTime } from './dates.ts';

// Lines that name an outlet: a site's name alone, or with the date and byline of its article.

const SITE_NAME_WORDS = 6;
// A site name is a few capitalized words, numbers or "&", with small joining words: "The Harbor Ledger", "KXYZ News 7".
export const CAPITALIZED_WORD = String.raw`(?:\p{Lu}|\p{N})[\p{L}\p{N}&.'’-]*`;
const NAME_LIKE = regex(['^', CAPITALIZED_WORD, String.raw`(?:\s+(?:of|the|and|on|&|${CAPITALIZED_WORD})){0,5}$`]);

/** True for a line that could be a site's name: short, capitalized, no sentence punctuation. */
export function isNameLike(text: string): boolean {
  return NAME_LIKE.test(text) && wordCount(text) <= SITE_NAME_WORDS && !/[.!?:]$/u.test(text);
}

/** What a masthead line says: the outlet it opens with, the people its byline names, the date it gives. */
export interface MastheadLine {
  outlet: string;
  people: string[];
  published: string;
}

// "Interview by Jane Roe", "Words by Jane Roe": a byline whose "by" follows a word for the piece.
const BY_PART = /^(?:\p{L}+\s+)?by\s+(?=\p{Lu})/iu;
/** Words a section label takes at most ("Analysis", "Capitol Bureau"). */
const LABEL_WORDS = 3;
/**
 * Characters a masthead line takes at most (a name, a byline, a section and a date): told before it is split, as
 * each of a page's paragraphs is asked, for its furniture, its date and its outlet.
 */
const MAX_LINE_LENGTH = 160;

/**
 * Reads a line giving an outlet's name with the article's date, and perhaps its byline and section, between bars or
 * dashes: "The Harbor Ledger | By Jane Roe | June 3, 2024", "Harbor Brief | Tuesday, April 21, 2026", "*Harbor
 * Weekly — Analysis — April 27, 2026*", with the time it went out. Null when the line is not one.
 */
export function readMastheadLine(line: string): MastheadLine | null {
  if (line.length > MAX_LINE_LENGTH) return null;
  const parts = unemphasized(line).split(LINE_PARTS).map(unemphasized);
  const [outlet, ...rest] = parts;
  if (!outlet || rest.length === 0 || !isNameLike(outlet) || datelineOf(outlet) || BY_PART.test(outlet)) return null;
  let published: string | null = null;
  const people: string[] = [];
  for (const part of rest) {
    const date = datelineOf(part)?.published;
    const by = BY_PART.exec(part);
    if (date) published ??= date;
    // A wire's header gives the time it moved: "ALBION PRESS AGENCY | Wednesday, September 16, 2026 | 15:42 BST".
    else if (onlyTime(part)) continue;
    else if (by) people.push(...(parseByline(`By ${part.slice(by[0].length)}`)?.people ?? []));
    else if (!isNameLike(part) || wordCount(part) > LABEL_WORDS) return null;
  }
  return published ? { outlet, people, published } : null;
}

/** "from Hallowford Now", "A newsletter from The Harbor Ledger": the line under a newsletter's name, its house. */
const PUBLISHER_LINE = /^(?:an? (?:\p{L}+ )?(?:newsletter|podcast|briefing|digest) )?from\s+(\p{Lu}.{1,60})$/iu;

/** The publisher a "from …" line under a newsletter's or a show's name gives, or null. */
export function publisherOf(line: string): string | null {
  const name = PUBLISHER_LINE.exec(unemphasized(line))?.[1];
  return name && isNameLike(name) ? name : null;
}
