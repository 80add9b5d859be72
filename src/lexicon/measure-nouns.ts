import { memoized } from '../text/memoize.ts';
import { sensesOf } from './sense-index.ts';
import { lexfileName } from './word-class.ts';
import { hypernymOf, type Synset, synsetAt } from './wordnet-files.ts';

// How far up WordNet's hypernyms a noun's first sense is followed to find what kind of measure it names.
const MAX_STEPS = 4;

/** The first of the given words that a noun synset, or one of its near hypernyms, holds; null if none. */
export function nearHypernymWord(offset: number, words: readonly string[]): string | null {
  let synset: Synset | null = synsetAt(offset, 'n');
  for (let step = 0; step <= MAX_STEPS && synset; step++) {
    const found = synset.words.find((w) => words.includes(w));
    if (found) return found;
    synset = hypernymOf(synset);
  }
  return null;
}

const under = (offset: number, words: readonly string[]): boolean => nearHypernymWord(offset, words) !== null;

const firstNounSense = (lemma: string): number | undefined =>
  sensesOf(lemma).find((s) => s.cls === 'n' && s.sense === 1)?.offset;

// WordNet files a speed, a pace or a frequency with the words of time (noun.time), under "rate": a magnitude per unit
// of time. Asked about, such a noun wants an amount ("55 mph"), not a date.
const isRateSynset = memoized((key: string): boolean => under(Number(key), ['rate']));

/** Whether a noun's most frequent sense is a rate, or a kind of one ("speed", "pace", "frequency"). */
export function isRateNoun(lemma: string): boolean {
  const first = firstNounSense(lemma);
  return first !== undefined && isRateSynset(String(first));
}

// A limit, a size or a depth is filed with the attributes, beside a colour or a status; WordNet's hypernyms tell the
// magnitudes and measures, which are told in figures, from the rest.
const isMagnitudeSynset = memoized((key: string): boolean => under(Number(key), ['magnitude', 'fundamental_quantity']));

/** Whether a noun's most frequent sense is a magnitude or a measure ("limit", "size", "depth", "volume"). */
export function isMagnitudeNoun(lemma: string): boolean {
  const first = firstNounSense(lemma);
  return first !== undefined && isMagnitudeSynset(String(first));
}

// A unit of money is filed with the other measures (a mark), a coin with possessions (a crown): both have a
// monetary unit or a coin among their near hypernyms, in some sense of the word.
const isMoneySynset = memoized((key: string): boolean => under(Number(key), ['monetary_unit', 'coin']));

/**
 * Whether a noun names money in one of its senses and no other measure in any ("crown", "mark", "rupee"), as a figure
 * before it may: "10,000 pounds" may be a weight.
 */
export function isMoneyNoun(lemma: string): boolean {
  const nouns = sensesOf(lemma).filter((s) => s.cls === 'n');
  const money = nouns.filter((s) => isMoneySynset(String(s.offset)));
  return money.length > 0 && !nouns.some((s) => lexfileName(s.lexfile) === 'noun.quantity' && !money.includes(s));
}

const firstAdjectiveSense = (lemma: string): number | undefined =>
  sensesOf(lemma).find((s) => s.cls === 'a' && s.sense === 1)?.offset;

/**
 * Whether an adjective's most frequent sense is a value of a magnitude or a rate, as a word of the attribute it
 * values names one ("tall" of stature or height, "deep" of depth, "fast" of speed).
 */
export const isMagnitudeAdjective: (lemma: string) => boolean = memoized((lemma) => {
  const first = firstAdjectiveSense(lemma);
  const attribute = first === undefined ? undefined : synsetAt(first, 'a').pointers.find((p) => p.symbol === '=');
  if (!attribute) return false;
  return synsetAt(attribute.offset, 'n').words.some((word) => isMagnitudeNoun(word) || isRateNoun(word));
});
