import type { Dimension, Expansion, WordClass } from '../lexicon/index.ts';

export type { Dimension, Expansion, WordClass };

/** What question analysis needs to know about English words: their senses' kinds and their corpus stand-ins. */
export interface WordKnowledge {
  /** Corpus phrases a word (by lemma and class; null: any class) may stand for, not counting its own terms. */
  expand(lemma: string, cls: WordClass | null): readonly Expansion[];
  /** Corpus phrases a question phrase of two or three lemmas may stand for. */
  expandPhrase(lemmas: readonly string[]): readonly Expansion[];
  /** Words sharing any sense with a word, however rare ("quit" → "resign", "step down"), spaces for multiwords. */
  synonymsInAnySense(lemma: string, cls: WordClass | null): readonly string[];
  /** Words sharing a word's most frequent sense or another of its kind ("bail" → "bond", "client" → "customer"). */
  synonymsInFirstKind(lemma: string, cls: WordClass | null): readonly string[];
  /** The lexicographer file of a word's most frequent sense ("noun.person", "verb.communication"), or null. */
  category(lemma: string, cls: WordClass): string | null;
  /** What kind of thing a name is a WordNet instance of ("Seattle" → "noun.location"), or null. */
  instanceKind(name: string): string | null;
  /** How many senses a word has in a class. */
  senseCount(lemma: string, cls: WordClass): number;
  /** Whether a verb says that something caused something ("triggered"; with `anySense`, "led" to). */
  causes(lemma: string, anySense: boolean): boolean;
  /** Whether a verb says what the head of an organization does ("runs"), or a noun may name that head ("head"). */
  leads(lemma: string, cls: 'n' | 'v'): boolean;
  /** Whether a noun names a rate, a magnitude per unit of time ("speed", "pace"), though filed with words of time. */
  isRate(lemma: string): boolean;
  /** Whether a noun's most frequent sense is a magnitude or a measure, told in figures ("limit", "size", "depth"). */
  isMagnitude(lemma: string, cls?: 'n' | 'a'): boolean;
  /**
   * The dimension a measuring adjective's, adverb's or noun's figures are told in ("deep", "depth": a length;
   * "often": a rate), or null.
   */
  dimension(lemma: string, cls: 'n' | 'a' | 'r'): Dimension | null;
  /** How much English uses a word (its senses and how often they were tagged; 0: unknown). */
  usage(word: string): number;
  /** Whether a noun is written as a plural ("pilots"). */
  isPlural(word: string): boolean;
  /** Whether English (WordNet) knows the word, in any form. */
  isWord(word: string): boolean;
  /** The English word an unknown word is a misspelling of, or null. */
  correct(word: string): string | null;
}

/** How often English must use a word (WordNet's sense tags) for it to be an everyday one: "news" 46, "ford" 9. */
export const EVERYDAY_USAGE = 20;

const CLASSES: Readonly<Record<string, WordClass>> = { NOUN: 'n', PROPN: 'n', VERB: 'v', AUX: 'v', ADJ: 'a', ADV: 'r' };

/** The WordNet class of a universal part-of-speech tag, or null for function words. */
export function wordClassOf(pos: string): WordClass | null {
  return CLASSES[pos] ?? null;
}
