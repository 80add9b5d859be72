import { memoized } from '../text/memoize.ts';
import { baseForms } from './morphy.ts';
import { sensesOf } from './sense-index.ts';
import { SynsetWords } from './synset-words.ts';
import { wordNetLemma, type WordClass } from './word-class.ts';

// Made on first use (~60 ms), by the first question with a word the corpus lacks and has no stand-in for.
let synsetWords: SynsetWords | undefined;

const synonyms = memoized((key: string): readonly string[] => {
  const cls = key.charAt(0) === '*' ? null : (key.charAt(0) as WordClass);
  const word = key.slice(1);
  // Base forms only for an inflected word: "found" is a verb of its own, not only the past of "find".
  const own = sensesOf(word).some((sense) => !cls || sense.cls === cls);
  const lemmas = own ? [word] : baseForms(word, cls).map(([base]) => base);
  synsetWords ??= new SynsetWords();
  const found = new Set<string>();
  for (const sense of lemmas.flatMap((lemma) => sensesOf(lemma))) {
    if (cls && sense.cls !== cls) continue;
    for (const other of synsetWords.allWordsOf(sense.offset, sense.cls)) {
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
  return synonyms(`${cls ?? '*'}${wordNetLemma(lemma)}`);
}
