import { memoized } from '../text/memoize.ts';
import { sensesOf } from './sense-index.ts';
import { hypernymOf, type Synset, synsetAt } from './wordnet-files.ts';

// WordNet's verbs of causing: "cause, do, make" (give rise to), "induce, stimulate, cause" and "produce, bring about,
// give rise". A verb is one when its sense is one of them or a kind of one a few steps down ("trigger" is a kind of
// "initiate", a kind of "cause"; "force" of "compel", of "induce").
const MAX_STEPS = 4;

const isCausing = memoized((key: string): boolean => {
  let synset: Synset | null = synsetAt(Number(key), 'v');
  for (let step = 0; step <= MAX_STEPS && synset; step++) {
    if (synset.words.includes('cause') || synset.words.includes('give_rise')) return true;
    synset = hypernymOf(synset);
  }
  return false;
});

/**
 * Whether a verb says that something caused something: its most frequent sense is a way of causing ("caused",
 * "triggered", "prompted"), or, with `anySense`, one of its senses is ("led" in "what led to the closure").
 */
export function isCausingVerb(lemma: string, anySense: boolean): boolean {
  const senses = sensesOf(lemma).filter((s) => s.cls === 'v' && (anySense || s.sense === 1));
  return senses.some((s) => isCausing(String(s.offset)));
}
