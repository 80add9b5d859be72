import SearchableMap from 'minisearch/SearchableMap';
import type { Source } from '../corpus/source.ts';
import { termOf, words } from '../text/analyzer.ts';
import type { Passage } from './passage.ts';

/** A vocabulary's counts as plain data: [term, passages], [word, occurrences], [word, capitalized, not]. */
export interface VocabularySnapshot {
  documentFrequency: Array<[string, number]>;
  surfaceWords: Array<[string, number]>;
  casing: Array<[string, number, number]>;
}

/** What words the corpus contains and how rare each is: for weighting, spelling correction and "never mentioned" checks. */
export class Vocabulary {
  private readonly documentFrequency: Map<string, number> = new Map();
  private readonly surfaceWords: SearchableMap<number> = new SearchableMap();
  /** Per lowercased word: how often it is capitalized, and how often not, where a sentence does not start. */
  private readonly casing: Map<string, { upper: number; lower: number }> = new Map();
  readonly passageCount: number;

  /** Counts the passages' words, or restores counts taken by toJSON (loading them is much faster than recounting). */
  constructor(sources: readonly Source[], passages: readonly Passage[], snapshot?: VocabularySnapshot) {
    this.passageCount = passages.length;
    if (snapshot) {
      this.documentFrequency = new Map(snapshot.documentFrequency);
      this.surfaceWords = SearchableMap.from(snapshot.surfaceWords);
      this.casing = new Map(snapshot.casing.map(([word, upper, lower]) => [word, { upper, lower }]));
      return;
    }
    for (const passage of passages) {
      for (const term of new Set(passage.terms)) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      for (const word of words(passage.text)) this.surfaceWords.update(word, (n = 0) => n + 1);
      if (passage.kind === 'sentence') this.countCasing(passage.text);
    }
    // Outlets are searchable ("What did Reuters report?") even where no sentence names them.
    for (const source of sources) {
      for (const word of words(source.outlet)) {
        this.surfaceWords.update(word, (n = 0) => n + 1);
        const term = termOf(word);
        if (term && !this.documentFrequency.has(term)) this.documentFrequency.set(term, 1);
      }
    }
  }

  /** The counts as plain data, for the index cache. */
  toJSON(): VocabularySnapshot {
    return {
      documentFrequency: [...this.documentFrequency],
      surfaceWords: [...this.surfaceWords],
      casing: [...this.casing].map(([word, { upper, lower }]) => [word, upper, lower]),
    };
  }

  private countCasing(sentence: string): void {
    let first = true;
    for (const [word] of sentence.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
      if (first) {
        first = false;
        continue;
      }
      const entry = this.casing.get(word.toLowerCase()) ?? { upper: 0, lower: 0 };
      if (/^\p{Lu}/u.test(word)) entry.upper++;
      else entry.lower++;
      this.casing.set(word.toLowerCase(), entry);
    }
  }

  /** Whether a word is a name (written capitalized inside sentences), so it keeps its capital at the start of a clause. */
  isName(word: string): boolean {
    if (/^\p{Lu}{2,}/u.test(word)) return true;
    const entry = this.casing.get(word.toLowerCase());
    return entry !== undefined && entry.upper > entry.lower;
  }

  /** Passages that contain the index term. */
  frequency(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  /** Inverse document frequency: rare terms weigh more. Unknown terms count as the rarest. */
  idf(term: string): number {
    const df = this.frequency(term);
    return Math.log(1 + (this.passageCount - df + 0.5) / (df + 0.5));
  }

  /**
   * The corpus word closest to an unknown word, for misspellings ("rekognitoin" → "rekognition"), or null.
   * Short words are never corrected: at that length a typo is as close to a different real word.
   */
  correct(word: string): string | null {
    if (word.length < 6 || /\d/u.test(word) || this.surfaceWords.has(word)) return null;
    const maxDistance = word.length >= 9 ? 2 : 1;
    let best: { word: string; distance: number; count: number } | null = null;
    for (const [candidate, [count, found]] of this.surfaceWords.fuzzyGet(word, 2)) {
      // Swapped neighbours ("brigde") are one slip of the fingers, though edit distance counts them as two.
      const distance = found === 2 && isTransposition(word, candidate) ? 1 : found;
      if (distance > maxDistance) continue;
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: candidate, distance, count };
    }
    return best?.word ?? null;
  }
}

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}
