import type { Source } from '../corpus/source.ts';
import type { Citation } from './answer-schema.ts';

/** Adds a citation of `quote` from `source` and returns its marker ("[3]"). */
export function cite(citations: Citation[], source: Source, quote: string): string {
  citations.push({
    n: citations.length + 1,
    sourceId: source.id,
    outlet: source.outlet,
    title: source.title,
    url: source.url,
    published: source.published,
    quote,
    listedBy: source.listedBy,
  });
  return `[${citations.length}]`;
}
