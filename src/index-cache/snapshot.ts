import { z } from 'zod';
import type { CorpusIndex } from '../corpus-index.ts';
import type { Source } from '../corpus/source.ts';
import { lexiconFromJSON } from '../lexicon/english.ts';
import type { Passage, PassageRole } from '../retrieval/passage.ts';
import { SearchIndex, type SearchSnapshot } from '../retrieval/search-index.ts';
import { Vocabulary, type VocabularySnapshot } from '../retrieval/vocabulary.ts';
import { VALUE_FIELDS, valueFrom, valueNumbers } from '../text/value-codec.ts';
import type { NameKind } from '../text/name-kinds.ts';
import { PassageRows, type PassageRow } from './passage-rows.ts';

const Origin = z.enum(['front-matter', 'manifest', 'inferred', 'missing']);
// Checked by hand: 150,000 two-number tuples at 10,000 articles are slow through a schema.
const isRange = (v: unknown): boolean =>
  Array.isArray(v) && v.length === 2 && Number.isInteger(v[0]) && Number.isInteger(v[1]);
const Ranges = z.custom<Array<[number, number]>>((v) => Array.isArray(v) && v.every(isRange));
const Role = z.enum(['body', 'caption', 'standfirst']);

const SourceSchema = z
  .object({
    id: z.string(),
    file: z.string(),
    kind: z.enum(['article', 'related']),
    outlet: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    published: z.string().nullable(),
    listedBy: z.string().nullable(),
    origins: z.object({ outlet: Origin, title: Origin, published: Origin, url: Origin }),
    text: z.string(),
    paragraphs: Ranges,
    paragraphRoles: z.array(Role),
  })
  .refine((s) => s.paragraphRoles.length === s.paragraphs.length, 'paragraphRoles must parallel paragraphs');

const ROLES: readonly PassageRole[] = ['body', 'caption', 'headline', 'excerpt'];
const NAME_KINDS: readonly NameKind[] = ['person', 'organization', 'place', 'other'];

/** The saved form of a CorpusIndex; minisearch, vocabulary and lexicon data are checked by the cache's checksum. */
export const IndexSnapshotSchema = z.object({
  sources: z.array(SourceSchema),
  passages: PassageRows,
  search: z.custom<SearchSnapshot>(
    (v) => typeof v === 'object' && v !== null && 'groups' in v && 'sentenceLengths' in v,
  ),
  vocabulary: z.custom<VocabularySnapshot>((v) => typeof v === 'object' && v !== null && 'documentFrequency' in v),
  lexicon: z.unknown(),
  // Checked by hand, like the passages: thousands of small tuples are slow through a schema.
  nameKinds: z.custom<Array<[string, number]>>(
    (v) =>
      Array.isArray(v) &&
      v.every(
        (e) =>
          Array.isArray(e) &&
          e.length === 2 &&
          typeof e[0] === 'string' &&
          Number.isInteger(e[1]) &&
          e[1] >= 0 &&
          e[1] <= 3,
      ),
  ),
  coverage: z.string(),
  examples: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type IndexSnapshot = z.infer<typeof IndexSnapshotSchema>;

function toRow(p: Passage): PassageRow {
  const values = p.values.flatMap(valueNumbers);
  const names = p.names.flatMap((n) => [n.start, n.end]);
  const flags = (p.attribution ? 1 : 0) + (p.opensQuote ? 2 : 0);
  return [
    p.sourceIndex,
    ROLES.indexOf(p.role),
    p.start,
    p.end,
    p.paragraph,
    p.paragraphIndex,
    p.sentenceIndex,
    p.terms.join(' '),
    values,
    names,
    p.numbers,
    p.causal,
    flags,
  ];
}

function fromRow(row: PassageRow, index: number, sources: readonly Source[]): Passage {
  const [
    sourceIndex,
    role,
    start,
    end,
    paragraph,
    paragraphIndex,
    sentenceIndex,
    terms,
    values,
    names,
    numbers,
    causal,
    flags,
  ] = row;
  const source = sources[sourceIndex];
  if (!source) throw new Error(`passage ${index} refers to missing source ${sourceIndex}`);
  const headline = ROLES[role] === 'headline';
  const text = headline ? source.title : source.text.slice(start, end);
  // Plain loops: a quarter of a million passages are rebuilt on every start, and temporary arrays cost GC time.
  const valueSpans: Passage['values'] = [];
  for (let k = 0; k < values.length; k += VALUE_FIELDS) valueSpans.push(valueFrom(values, k));
  const nameSpans: Passage['names'] = [];
  for (let k = 0; k < names.length; k += 2) {
    nameSpans.push({ text: text.slice(names[k], names[k + 1]), start: names[k]!, end: names[k + 1]! });
  }
  return {
    id: `${source.id}#${headline ? 'title' : start}`,
    index,
    sourceIndex,
    kind: headline ? 'headline' : 'sentence',
    role: ROLES[role]!,
    text,
    start,
    end,
    paragraph,
    paragraphIndex,
    sentenceIndex,
    terms: terms ? terms.split(' ') : [],
    values: valueSpans,
    names: nameSpans,
    numbers,
    attribution: (flags & 1) === 1,
    causal,
    opensQuote: (flags & 2) === 2,
  };
}

/** The index as plain data for the cache. */
export function toSnapshot(index: CorpusIndex): IndexSnapshot {
  return {
    sources: index.sources,
    passages: index.passages.map(toRow),
    search: index.search.toJSON(),
    vocabulary: index.vocabulary.toJSON(),
    lexicon: index.lexicon.toJSON(),
    nameKinds: [...index.nameKinds].map(([name, kind]) => [name, NAME_KINDS.indexOf(kind)]),
    coverage: index.coverage,
    examples: index.examples,
    warnings: index.warnings,
  };
}

/** Rebuilds a usable CorpusIndex from validated snapshot data (throws if its parts do not fit together). */
export function fromSnapshot(snapshot: IndexSnapshot): CorpusIndex {
  const { sources, coverage, examples, warnings } = snapshot;
  const passages = snapshot.passages.map((row, i) => fromRow(row, i, sources));
  const vocabulary = new Vocabulary(sources, passages, snapshot.vocabulary);
  return {
    sources,
    passages,
    search: new SearchIndex(sources, passages, (term) => vocabulary.frequency(term), snapshot.search),
    vocabulary,
    lexicon: lexiconFromJSON(snapshot.lexicon),
    nameKinds: new Map(snapshot.nameKinds.map(([name, kind]) => [name, NAME_KINDS[kind]!])),
    coverage,
    examples,
    warnings,
  };
}
