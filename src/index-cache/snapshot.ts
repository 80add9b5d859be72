import { z } from 'zod';
import type { CorpusIndex } from '../corpus-index.ts';
import { lexiconFromJSON } from '../lexicon/english.ts';
import type { PackedEngine } from '../retrieval/packed-engine.ts';
import { SearchIndex, type SearchSnapshot } from '../retrieval/search-index.ts';
import { Vocabulary, type VocabularySnapshot } from '../retrieval/vocabulary.ts';
import type { NameKind } from '../text/name-kinds.ts';
import { passageColumns, passagesFromColumns } from './passage-columns.ts';
import {
  CacheFormatError,
  column,
  columnBytes,
  jsonSection,
  sectionParts,
  parseJsonSection,
  section,
  type Sections,
  unpackSections,
} from './sections.ts';
import { sourceColumns, sourcesFromColumns } from './source-columns.ts';

const NAME_KINDS: readonly NameKind[] = ['person', 'organization', 'place', 'other'];

/** The index's smaller parts, saved as JSON; minisearch, vocabulary and lexicon data are checked by the checksum. */
const IndexMetaSchema = z.object({
  passages: z.number().int().nonnegative(),
  vocabulary: z.custom<VocabularySnapshot>((v) => typeof v === 'object' && v !== null && 'documentFrequency' in v),
  lexicon: z.unknown(),
  // Checked by hand: thousands of small tuples are slow through a schema.
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

/** The packed search engine's number columns, each read back knowing the lengths of those before it. */
const ENGINE_COLUMNS = ['fieldCounts', 'fieldIds', 'postingCounts', 'documents', 'frequencies'] as const;

function engineFromSections(sections: Sections): PackedEngine {
  const { engine, terms } = parseJsonSection(section(sections, 'search.engine')) as Pick<
    PackedEngine,
    'engine' | 'terms'
  >;
  if (!Array.isArray(terms)) throw new CacheFormatError('search.engine holds no terms');
  const read = (name: (typeof ENGINE_COLUMNS)[number], length: number): Int32Array =>
    column(Int32Array, section(sections, `search.${name}`), length);
  const sum = (counts: Int32Array): number => counts.reduce((total, n) => total + n, 0);
  const fieldCounts = read('fieldCounts', terms.length);
  const fieldIds = read('fieldIds', sum(fieldCounts));
  const postingCounts = read('postingCounts', fieldIds.length);
  const documents = read('documents', sum(postingCounts));
  return {
    engine,
    terms,
    fieldCounts,
    fieldIds,
    postingCounts,
    documents,
    frequencies: read('frequencies', documents.length),
  };
}

/** The index as the cache file's payload, in parts: sources and passages as columns, the rest as JSON sections. */
export function encodeIndex(index: CorpusIndex): Uint8Array[] {
  const sections: Sections = new Map();
  const { groups, sentenceLengths } = index.search.toJSON();
  sections.set(
    'meta',
    jsonSection({
      passages: index.passages.length,
      vocabulary: index.vocabulary.toJSON(),
      lexicon: index.lexicon.toJSON(),
      nameKinds: [...index.nameKinds].map(([name, kind]) => [name, NAME_KINDS.indexOf(kind)]),
      coverage: index.coverage,
      examples: index.examples,
      warnings: index.warnings,
    } satisfies z.input<typeof IndexMetaSchema>),
  );
  sourceColumns(index.sources, sections);
  passageColumns(index.passages, sections);
  sections.set('search.engine', jsonSection({ engine: groups.engine, terms: groups.terms }));
  for (const name of ENGINE_COLUMNS) sections.set(`search.${name}`, columnBytes(groups[name]));
  sections.set('search.sentenceLengths', columnBytes(sentenceLengths));
  return sectionParts(sections);
}

/** Rebuilds a usable CorpusIndex from a payload encodeIndex wrote (throws if its parts do not fit together). */
export function decodeIndex(payload: Buffer): CorpusIndex {
  const sections = unpackSections(payload);
  const parsed = IndexMetaSchema.safeParse(parseJsonSection(section(sections, 'meta')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CacheFormatError(`invalid content: ${issue?.path.join('.')} ${issue?.message}`);
  }
  const meta = parsed.data;
  const sources = sourcesFromColumns(sections);
  const passages = passagesFromColumns(sections, sources, meta.passages);
  const search: SearchSnapshot = {
    groups: engineFromSections(sections),
    sentenceLengths: column(Uint16Array, section(sections, 'search.sentenceLengths'), passages.length),
  };
  const vocabulary = new Vocabulary(sources, passages, meta.vocabulary);
  return {
    sources,
    passages,
    search: new SearchIndex(sources, passages, (term) => vocabulary.frequency(term), search),
    vocabulary,
    lexicon: lexiconFromJSON(meta.lexicon),
    nameKinds: new Map(meta.nameKinds.map(([name, kind]) => [name, NAME_KINDS[kind]!])),
    coverage: meta.coverage,
    examples: meta.examples,
    warnings: meta.warnings,
  };
}
