import type { Source } from '../corpus/source.ts';
import type { Citation } from './answer-schema.ts';

/** Text as one line: a hard-wrapped paragraph's line breaks read as the spaces they stand for. */
export function onOneLine(text: string): string {
  return text.replace(/\s*\n\s*/gu, ' ');
}

/** Adds a citation of `quote` (on one line) from `source` and returns its marker ("[3]"). */
export function cite(citations: Citation[], source: Source, quote: string): string {
  citations.push({
    n: citations.length + 1,
    sourceId: source.id,
    outlet: source.outlet,
    title: source.title,
    url: source.url,
    published: source.published,
    quote: onOneLine(quote),
    listedBy: source.listedBy,
  });
  return `[${citations.length}]`;
}
