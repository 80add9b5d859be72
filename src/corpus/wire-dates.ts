import { openingDateline } from './bylines.ts';
import { nearestDate } from './dates.ts';
import type { Source } from './source.ts';

/** How many of an article's first paragraphs may open with its dateline (a headline and a note may come first). */
const DATELINE_REACH = 3;

/**
 * Wire copy dates itself by month and day only ("BRACKENHOLT, June 10 (Continental Press Wire) —"): an article left
 * undated that opens so is dated in the year that puts that day nearest the middle of the corpus's dated articles,
 * as a folder holds coverage of one story. Sources are changed in place.
 */
export function dateWireCopy(sources: readonly Source[]): void {
  const dated = sources.flatMap((s) => (s.published ? [s.published] : [])).sort();
  const middle = dated[Math.floor(dated.length / 2)];
  if (!middle) return;
  for (const source of sources) {
    if (source.published || source.kind !== 'article') continue;
    // Read from the start of the paragraph's line: the lede's own dateline is cut off its text, not off the page's.
    const day = source.paragraphs
      .slice(0, DATELINE_REACH)
      .map(([start, end]) => openingDateline(source.text.slice(source.text.lastIndexOf('\n', start - 1) + 1, end))?.day)
      .find(Boolean);
    const published = day ? nearestDate(day, middle) : null;
    if (!published) continue;
    source.published = published;
    source.origins.published = 'inferred';
  }
}
