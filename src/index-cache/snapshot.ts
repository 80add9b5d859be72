import { z } from 'zod';
import type { CorpusIndex } from '../corpus-index.ts';
import type { Source } from '../corpus/source.ts';
import type { Passage } from '../retrieval/passage.ts';
import { SearchIndex, type SearchSnapshot } from '../retrieval/search-index.ts';
import { Vocabulary, type VocabularySnapshot } from '../retrieval/vocabulary.ts';

const Origin = z.enum(['front-matter', 'manifest', 'inferred', 'missing']);
const Range = z.tuple([z.number().int(), z.number().int()]);
const Role = z.enum(['body', 'caption', 'standfirst']);

const SourceSchema = z.object({
  id: z.string(), file: z.string(), kind: z.enum(['article', 'related']), outlet: z.string(), title: z.string(),
  url: z.string().nullable(), published: z.string().nullable(), listedBy: z.string().nullable(),
  origins: z.object({ outlet: Origin, title: Origin, published: Origin, url: Origin }),
  text: z.string(), paragraphs: z.array(Range), paragraphRoles: z.array(Role),
}).refine((s) => s.paragraphRoles.length === s.paragraphs.length, 'paragraphRoles must parallel paragraphs');

const Entity = z.enum(['date', 'time', 'number', 'money', 'percent', 'duration', 'name']);
// A passage as a row: its text, id and index are implied (a slice of its source's text, or the headline), which
// keeps the cache small; terms are space-joined since terms never contain spaces.
const PassageRow = z.tuple([
  z.number().int().nonnegative(), z.union([z.literal(0), z.literal(1)]), z.number().int(), z.number().int(), Range,
  z.number().int(), z.number().int(), z.string(), z.array(Entity), z.array(z.string()), z.array(z.string()), z.boolean(),
]);
type PassageRow = z.infer<typeof PassageRow>;

/** The saved form of a CorpusIndex; minisearch and vocabulary data are checked by the cache's checksum, not field by field. */
export const IndexSnapshotSchema = z.object({
  sources: z.array(SourceSchema),
  passages: z.array(PassageRow),
  search: z.custom<SearchSnapshot>((v) => typeof v === 'object' && v !== null && 'documentCount' in v && 'index' in v),
  vocabulary: z.custom<VocabularySnapshot>((v) => typeof v === 'object' && v !== null && 'documentFrequency' in v && 'surfaceWords' in v),
  coverage: z.string(),
  examples: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type IndexSnapshot = z.infer<typeof IndexSnapshotSchema>;

function toRow(p: Passage): PassageRow {
  return [p.sourceIndex, p.kind === 'headline' ? 1 : 0, p.start, p.end, p.paragraph, p.paragraphIndex, p.sentenceIndex, p.terms.join(' '), p.entities, p.names, p.numbers, p.opensQuote];
}

function fromRow(row: PassageRow, index: number, sources: readonly Source[]): Passage {
  const [sourceIndex, headline, start, end, paragraph, paragraphIndex, sentenceIndex, terms, entities, names, numbers, opensQuote] = row;
  const source = sources[sourceIndex];
  if (!source) throw new Error(`passage ${index} refers to missing source ${sourceIndex}`);
  return {
    id: `${source.id}#${headline ? 'title' : start}`, index, sourceIndex, kind: headline ? 'headline' : 'sentence',
    text: headline ? source.title : source.text.slice(start, end), start, end, paragraph, paragraphIndex, sentenceIndex,
    terms: terms ? terms.split(' ') : [], entities, names, numbers, opensQuote,
  };
}

/** The index as plain data for the cache. */
export function toSnapshot(index: CorpusIndex): IndexSnapshot {
  return {
    sources: index.sources, passages: index.passages.map(toRow), search: index.search.toJSON(), vocabulary: index.vocabulary.toJSON(),
    coverage: index.coverage, examples: index.examples, warnings: index.warnings,
  };
}

/** Rebuilds a usable CorpusIndex from validated snapshot data (throws if its parts do not fit together). */
export function fromSnapshot(snapshot: IndexSnapshot): CorpusIndex {
  const { sources, coverage, examples, warnings } = snapshot;
  const passages = snapshot.passages.map((row, i) => fromRow(row, i, sources));
  const search = new SearchIndex(sources, passages, snapshot.search);
  if (search.size !== passages.length) throw new Error(`search index holds ${search.size} passages, the cache ${passages.length}`);
  return { sources, passages, search, vocabulary: new Vocabulary(sources, passages, snapshot.vocabulary), coverage, examples, warnings };
}
