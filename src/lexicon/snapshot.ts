import { z } from 'zod';
import type { WordClass } from './word-class.ts';
import type { WordNetRelation } from './wordnet-links.ts';

/**
 * How a corpus phrase relates to the question word or phrase it may stand for: a WordNet link, or the corpus's own
 * inflections, phrases, acronyms and aliases, or a longer word a clipped one is short for.
 */
export type Relation = WordNetRelation | 'inflection' | 'phrase' | 'acronym' | 'alias' | 'clipping';

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
  synonym: 's',
  derivation: 'd',
  similar: 'l',
  hypernym: 'h',
  hyponym: 'o',
  member: 'm',
  phrase: 'p',
  acronym: 'a',
  alias: 'x',
  inflection: 'i',
  clipping: 'k',
  antonym: 'n',
  cause: 'c',
  attribute: 't',
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
  /** Per class, a WordNet lemma's expansions as lines "lemma<TAB>expansions" (collocations: "police_officer"). */
  words: Record<WordClass, string>;
  /** A name's, acronym's or alias phrase's expansions as lines "index terms<TAB>expansions". */
  terms: string;
}

// Tables are stored as lines rather than JSON objects: ~6 bytes less per entry (a quarter of the snapshot), and
// parsing and checking a few long strings is many times faster than objects with thousands of keys.
const LETTERS = Object.values(CODES).join('');
const ROW_ITEM = `\\d+[${LETTERS}${LETTERS.toUpperCase()}]\\d\\d`;
// The relation letters come from CODES, so a relation added there is accepted here too.
const ROW = new RegExp(`^[^\\t\\n]+\\t${ROW_ITEM}(?:,${ROW_ITEM})*$`);
const PHRASE_NUMBER = /[\t,](\d+)/g;

/** Joins [key, encoded expansions] rows into a stored table. */
export function encodeTable(rows: Iterable<readonly [string, string]>): string {
  return Array.from(rows, ([key, encoded]) => `${key}\t${encoded}`).join('\n');
}

/** The rows of a stored table as [key, encoded expansions]. */
export function decodeTable(table: string): Array<[string, string]> {
  if (!table) return [];
  return table.split('\n').map((row) => {
    const tab = row.indexOf('\t');
    return [row.slice(0, tab), row.slice(tab + 1)];
  });
}

function isTable(value: unknown): value is string {
  return typeof value === 'string' && (value === '' || value.split('\n').every((row) => ROW.test(row)));
}

function largestPhrase(table: string): number {
  let largest = -1;
  for (const match of table.matchAll(PHRASE_NUMBER)) largest = Math.max(largest, Number(match[1]));
  return largest;
}

const Table = z.custom<string>(isTable, 'expected lines of "key<TAB><phrase><relation><weight>,…"');

/** Validates a cached lexicon snapshot. */
export const LexiconSnapshotSchema: z.ZodType<LexiconSnapshot> = z
  .object({
    version: z.literal(1),
    phrases: z.array(z.string().min(1)),
    words: z.object({ n: Table, v: Table, a: Table, r: Table }),
    terms: Table,
  })
  .superRefine((snapshot, context) => {
    const count = snapshot.phrases.length;
    const largest = Math.max(largestPhrase(snapshot.terms), ...Object.values(snapshot.words).map(largestPhrase));
    if (largest >= count) {
      context.addIssue({
        code: 'custom',
        message: `an expansion refers to phrase ${largest}, past the ${count} stored`,
      });
    }
  });
