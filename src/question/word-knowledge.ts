/** Parts of speech as WordNet groups words: noun, verb, adjective, adverb. */
export type WordClass = 'n' | 'v' | 'a' | 'r';

/** A corpus phrase that a question word may stand for, and how strongly (exact words weigh 1). */
export interface Expansion {
  terms: string[];
  weight: number;
  relation: string;
}

/** What question analysis needs to know about English words: their senses' kinds and their corpus stand-ins. */
export interface WordKnowledge {
  /** Corpus phrases a word (by lemma and class; null: any class) may stand for, not counting its own terms. */
  expand(lemma: string, cls: WordClass | null): readonly Expansion[];
  /** Corpus phrases a question phrase of two or three lemmas may stand for. */
  expandPhrase(lemmas: readonly string[]): readonly Expansion[];
  /** The lexicographer file of a word's most frequent sense ("noun.person", "verb.communication"), or null. */
  category(lemma: string, cls: WordClass): string | null;
}

/** Knowledge of no words at all: every word stands for itself only. */
export const NO_WORD_KNOWLEDGE: WordKnowledge = {
  expand: () => [],
  expandPhrase: () => [],
  category: () => null,
};

const CLASSES: Readonly<Record<string, WordClass>> = { NOUN: 'n', PROPN: 'n', VERB: 'v', AUX: 'v', ADJ: 'a', ADV: 'r' };

/** The WordNet class of a universal part-of-speech tag, or null for function words. */
export function wordClassOf(pos: string): WordClass | null {
  return CLASSES[pos] ?? null;
}
