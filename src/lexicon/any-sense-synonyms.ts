import { memoized } from '../text/memoize.ts';
import { baseForms } from './morphy.ts';
import { sensesOf } from './sense-index.ts';
import { wordNetLemma, type WordClass } from './word-class.ts';
import { synsetAt } from './wordnet-files.ts';

// Keyed by "k" (first senses and senses of their kind) or "*" (any sense), then the class letter or "*", then the
// word.
const synonyms = memoized((key: string): readonly string[] => {
  const firstKind = key.charAt(0) === 'k';
  const cls = key.charAt(1) === '*' ? null : (key.charAt(1) as WordClass);
  const word = key.slice(2);
  // Base forms only for an inflected word: "found" is a verb of its own, not only the past of "find".
  const own = sensesOf(word).some((sense) => !cls || sense.cls === cls);
  const lemmas = own ? [word] : baseForms(word, cls).map(([base]) => base);
  const found = new Set<string>();
  const senses = lemmas.flatMap((lemma) => sensesOf(lemma));
  const kinds = new Set(senses.filter((sense) => sense.sense === 1).map((sense) => `${sense.cls}${sense.lexfile}`));
  for (const sense of senses) {
    if ((cls && sense.cls !== cls) || (firstKind && !kinds.has(`${sense.cls}${sense.lexfile}`))) continue;
    // Each synset's line is read alone: a question touches a few of them.
    for (const other of synsetAt(sense.offset, sense.cls).words) {
      if (!lemmas.includes(other)) found.add(other.replaceAll('_', ' '));
    }
  }
  return Object.freeze([...found]);
});

/**
 * The words that share any sense with a word, its rare senses too: "quit" is mostly "stop", but it also shares
 * "leave office" with "resign" and "step down". Multiword synonyms come with spaces.
 */
export function anySenseSynonyms(lemma: string, cls: WordClass | null): readonly string[] {
  return synonyms(`*${cls ?? '*'}${wordNetLemma(lemma)}`);
}

/**
 * The words that share a word's most frequent sense (its first in each class), or another sense of the same kind:
 * "bail" → "bail bond", "bond"; "client", a person, is also a "customer", another sense filed with persons. A sense
 * of another kind is mostly another thing: a "brand" is a name before it is a sword.
 */
export function firstKindSynonyms(lemma: string, cls: WordClass | null): readonly string[] {
  return synonyms(`k${cls ?? '*'}${wordNetLemma(lemma)}`);
}
