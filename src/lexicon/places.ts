import { memoized } from '../text/memoize.ts';
import { withBaseForms } from './morphy.ts';
import { sensesOf } from './sense-index.ts';
import { hypernymOf, type Synset, synsetAt } from './wordnet-files.ts';
import { lexfileName } from './word-class.ts';

// WordNet files towns and regions as locations, but the places news says people are at or taken to are mostly
// buildings, rooms and grounds (artifacts: "cafeteria", "cabin", "hospital") or land and water ("beach", "reef"):
// those are recognised by the kinds they are filed under.
const PLACE_KINDS = new Set(['structure', 'facility', 'geological_formation', 'body_of_water', 'land', 'way']);
const MAX_STEPS = 8;

const PHYSICAL_FILES = new Set(['noun.artifact', 'noun.object']);

const isPlaceSynset = memoized((key: string): boolean => {
  let synset: Synset | null = synsetAt(Number(key), 'n');
  const file = lexfileName(synset.lexfile);
  if (file === 'noun.location') return true;
  if (!file || !PHYSICAL_FILES.has(file)) return false;
  for (let step = 0; step <= MAX_STEPS && synset; step++) {
    if (synset.words.some((word) => PLACE_KINDS.has(word))) return true;
    synset = hypernymOf(synset);
  }
  return false;
});

/** Whether a noun's most frequent sense (of it or of its base form) is a place one can be at or taken to. */
export const isPlaceNoun = memoized((word: string): boolean =>
  withBaseForms(word, 'n').some((lemma) => {
    const first = sensesOf(lemma).find((s) => s.cls === 'n' && s.sense === 1);
    return first !== undefined && isPlaceSynset(String(first.offset));
  }),
);
