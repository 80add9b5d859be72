import { z } from 'zod';

/** How a corpus phrase relates to the question word or phrase it may stand for. */
export type Relation =
  | 'synonym' | 'derivation' | 'similar' | 'hypernym' | 'hyponym' | 'member' | 'phrase' | 'acronym' | 'alias';

/** A corpus phrase a question word may stand for, with how strongly (0-1). */
export interface Expansion {
  /** The phrase's index terms, in order (as `termOf` gives them). */
  readonly terms: readonly string[];
  readonly weight: number;
  readonly relation: Relation;
}

// One letter per relation keeps the cache small; a capital marks a sense that is not frequent enough among all the
// word's senses to count when the question word's class is unknown.
const CODES: Readonly<Record<Relation, string>> = {
  synonym: 's', derivation: 'd', similar: 'l', hypernym: 'h', hyponym: 'o', member: 'm', phrase: 'p', acronym: 'a',
  alias: 'x',
};
const RELATIONS = new Map(Object.entries(CODES).map(([relation, code]) => [code, relation as Relation]));

/** One stored expansion: an index into the snapshot's phrases, its relation, weight, and whether any class holds it. */
export interface StoredExpansion {
  phrase: number;
  relation: Relation;
  weight: number;
  anyClass: boolean;
}

const ITEM = /^(\d+)([a-zA-Z])(\d\d)$/;
const ITEMS = /^\d+[a-zA-Z]\d\d(?:,\d+[a-zA-Z]\d\d)*$/;

/** Encodes expansions as "<phrase><relation letter><weight in hundredths>" items joined by commas: "12s90,40H55". */
export function encodeExpansions(items: Iterable<StoredExpansion>): string {
  const parts: string[] = [];
  for (const item of items) {
    const code = CODES[item.relation];
    const percent = Math.min(99, Math.max(1, Math.round(item.weight * 100)));
    parts.push(`${item.phrase}${item.anyClass ? code : code.toUpperCase()}${String(percent).padStart(2, '0')}`);
  }
  return parts.join(',');
}

/** Decodes what `encodeExpansions` wrote (the schema has already checked its shape). */
export function decodeExpansions(encoded: string): StoredExpansion[] {
  return encoded.split(',').map((part) => {
    const [, phrase = '', code = '', percent = ''] = ITEM.exec(part) ?? [];
    const relation = RELATIONS.get(code.toLowerCase()) ?? 'synonym';
    return { phrase: Number(phrase), relation, weight: Number(percent) / 100, anyClass: code === code.toLowerCase() };
  });
}

/** The saved form of a Lexicon: plain data for the index cache. */
export interface LexiconSnapshot {
  version: 1;
  /** Corpus phrases as space-joined index terms; expansions refer to them by position. */
  phrases: string[];
  /** "class:lemma" (WordNet lemmas, collocations with underscores: "n:police_officer") → encoded expansions. */
  words: Record<string, string>;
  /** Space-joined index terms of a name, acronym or alias phrase → encoded expansions. */
  terms: Record<string, string>;
}

const PHRASE_NUMBER = /(?:^|,)(\d+)/g;

/** Whether a value is a table of encoded expansions, keys matching `key`, whose phrases are all below `count`. */
function isExpansionTable(value: unknown, key: RegExp): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(([k, v]) => key.test(k) && typeof v === 'string' && ITEMS.test(v));
}

function largestPhrase(table: Record<string, string>): number {
  let largest = -1;
  for (const encoded of Object.values(table)) {
    for (const match of encoded.matchAll(PHRASE_NUMBER)) largest = Math.max(largest, Number(match[1]));
  }
  return largest;
}

// Tables of thousands of entries are checked by plain loops: zod's per-entry schemas took ~100 ms to load a
// small corpus's lexicon, against ~2 ms for these.
const WordTable = z.custom<Record<string, string>>((v) => isExpansionTable(v, /^[nvar]:./),
  'expected "class:lemma" keys and "<phrase><relation><weight>" items joined by commas');
const TermTable = z.custom<Record<string, string>>((v) => isExpansionTable(v, /./),
  'expected index-term keys and "<phrase><relation><weight>" items joined by commas');

/** Validates a cached lexicon snapshot. */
export const LexiconSnapshotSchema: z.ZodType<LexiconSnapshot> = z.object({
  version: z.literal(1),
  phrases: z.array(z.string().min(1)),
  words: WordTable,
  terms: TermTable,
}).superRefine((snapshot, context) => {
  const count = snapshot.phrases.length;
  if (Math.max(largestPhrase(snapshot.words), largestPhrase(snapshot.terms)) >= count) {
    context.addIssue({ code: 'custom', message: `an expansion refers to a phrase past the ${count} stored` });
  }
});
