import { memoized } from '../text/memoize.ts';
import { sensesOf } from './sense-index.ts';
import { hypernymOf, type Synset, synsetAt } from './wordnet-files.ts';

// WordNet files a speed, a pace or a frequency with the words of time (noun.time), under "rate": a magnitude per unit
// of time. Asked about, such a noun wants an amount ("55 mph"), not a date.
const MAX_STEPS = 4;

const isRateSynset = memoized((key: string): boolean => {
  let synset: Synset | null = synsetAt(Number(key), 'n');
  for (let step = 0; step <= MAX_STEPS && synset; step++) {
    if (synset.words.includes('rate')) return true;
    synset = hypernymOf(synset);
  }
  return false;
});

/** Whether a noun's most frequent sense is a rate, or a kind of one ("speed", "pace", "frequency"). */
export function isRateNoun(lemma: string): boolean {
  const first = sensesOf(lemma).find((s) => s.cls === 'n' && s.sense === 1);
  return first !== undefined && isRateSynset(String(first.offset));
}
