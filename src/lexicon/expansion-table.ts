import {
  encodeExpansions,
  encodeTable,
  type LexiconSnapshot,
  type Relation,
  type StoredExpansion,
} from './snapshot.ts';
import type { WordClass } from './word-class.ts';

// A question word rarely needs more than its strongest few stand-ins, and broad words ("person", "group") would
// otherwise carry every corpus word one level below them into the cache.
const MAX_PER_KEY = 24;

/** Collects expansions while a lexicon is built, keeping the strongest per key and corpus phrase. */
export class ExpansionTable {
  private readonly phraseIds = new Map<string, number>();
  private readonly words = new Map<string, Map<number, StoredExpansion>>();
  private readonly terms = new Map<string, Map<number, StoredExpansion>>();

  /** Records that a question word (WordNet lemma and class) may stand for a corpus phrase (space-joined terms). */
  addWord(lemma: string, cls: WordClass, phrase: string, relation: Relation, weight: number, anyClass: boolean): void {
    this.add(this.words, `${cls}:${lemma}`, phrase, relation, weight, anyClass);
  }

  /** Records that a question phrase, as index terms, may stand for a corpus phrase. */
  addTerms(key: readonly string[], phrase: readonly string[], relation: Relation, weight: number): void {
    this.add(this.terms, key.join(' '), phrase.join(' '), relation, weight, true);
  }

  private add(
    table: Map<string, Map<number, StoredExpansion>>,
    key: string,
    text: string,
    relation: Relation,
    weight: number,
    anyClass: boolean,
  ): void {
    if (!text || key === text) return;
    let id = this.phraseIds.get(text);
    if (id === undefined) {
      id = this.phraseIds.size;
      this.phraseIds.set(text, id);
    }
    let entries = table.get(key);
    if (!entries) table.set(key, (entries = new Map()));
    const known = entries.get(id);
    // The strongest path wins; the phrase holds for an unknown class if any path to it does.
    if (!known || known.weight < weight) {
      entries.set(id, { phrase: id, relation, weight, anyClass: anyClass || !!known?.anyClass });
    } else if (anyClass) known.anyClass = true;
  }

  /** The table as snapshot data, strongest expansions first, unreferenced phrases dropped. */
  snapshot(): LexiconSnapshot {
    const phrases: string[] = [];
    const renumbered = new Map<number, number>();
    const texts = [...this.phraseIds.keys()];
    const encode = (entries: Map<number, StoredExpansion>): string => {
      const best = [...entries.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_PER_KEY);
      return encodeExpansions(
        best.map((item) => {
          let phrase = renumbered.get(item.phrase);
          if (phrase === undefined) {
            phrase = phrases.push(texts[item.phrase]!) - 1;
            renumbered.set(item.phrase, phrase);
          }
          return { ...item, phrase };
        }),
      );
    };
    const words: Record<WordClass, Array<[string, string]>> = { n: [], v: [], a: [], r: [] };
    for (const [key, entries] of this.words) words[key.charAt(0) as WordClass].push([key.slice(2), encode(entries)]);
    const terms = encodeTable(Array.from(this.terms, ([key, entries]) => [key, encode(entries)] as const));
    return {
      version: 1,
      phrases,
      terms,
      words: { n: encodeTable(words.n), v: encodeTable(words.v), a: encodeTable(words.a), r: encodeTable(words.r) },
    };
  }
}
