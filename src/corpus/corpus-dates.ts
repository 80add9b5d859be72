import { openingDateline } from './bylines.ts';
import { eitherWayDates, nearestDate, nearestOf } from './dates.ts';
import type { Source } from './source.ts';

/**
 * How many of an article's first paragraphs may open with its dateline: a headline, summary bullets and an editor's
 * note may come first.
 */
const DATELINE_REACH = 6;
/** How many lines of a page its date line may come after (skip links, menus, a consent banner, the headline). */
const HEADER_LINES = 40;

/**
 * Dates what a page leaves to its folder to date, as a folder holds coverage of one story: wire copy dated by month
 * and day only ("BRACKENHOLT, June 10 (Continental Press Wire) —") in the year that puts that day nearest the middle
 * of the corpus's dated articles, and a date line that may be read day or month first ("08/02/2026, 07:12") in the
 * reading nearer that middle. Sources are changed in place.
 */
export function dateFromCorpus(sources: readonly Source[]): void {
  const dated = sources.flatMap((s) => (s.published ? [s.published] : [])).sort();
  const middle = dated[Math.floor(dated.length / 2)];
  if (!middle) return;
  for (const source of sources) {
    if (source.published || source.kind !== 'article') continue;
    const published = wireDate(source, middle) ?? numericDate(source, middle);
    if (!published) continue;
    source.published = published;
    source.origins.published = 'inferred';
  }
}

function wireDate(source: Source, middle: string): string | null {
  // Read from the start of the paragraph's line: the lede's own dateline is cut off its text, not off the page's.
  const day = source.paragraphs
    .slice(0, DATELINE_REACH)
    .map(([start, end]) => openingDateline(source.text.slice(source.text.lastIndexOf('\n', start - 1) + 1, end))?.day)
    .find(Boolean);
  return day ? nearestDate(day, middle) : null;
}

function numericDate(source: Source, middle: string): string | null {
  for (const line of source.text.split('\n', HEADER_LINES)) {
    const readings = eitherWayDates(line);
    if (readings) return nearestOf(readings, middle);
  }
  return null;
}
