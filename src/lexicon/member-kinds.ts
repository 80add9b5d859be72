import { memoized } from '../text/memoize.ts';
import { sensesOf } from './sense-index.ts';
import { synsetAt } from './wordnet-files.ts';

// WordNet files a party's members under the party itself ("Democratic Party" has the member "Democrat"), and the
// party as a kind of party: so "a Democrat" or "Labour" says which party someone is in, without the word "party".
const HYPONYM = new Set(['~', '~i']);
const MEMBER = '%m';
/** How far down a group's kinds are looked through: "party" → "Democratic Party" is one step. */
const MAX_DEPTH = 3;

/** How a group of some kind is named: its kinds ("Labour Party", "labour") and their members ("democrat"). */
export interface GroupNames {
  kinds: readonly string[];
  members: readonly string[];
}

const phrase = (word: string): string => word.replaceAll('_', ' ');

/** The kinds of a group and the words for their members, from the most frequent sense of the group's noun. */
export const groupNames: (lemma: string) => GroupNames = memoized((lemma) => {
  const first = sensesOf(lemma).find((s) => s.cls === 'n' && s.sense === 1);
  const [kinds, members] = [new Set<string>(), new Set<string>()];
  const walk = (offset: number, depth: number): void => {
    const synset = synsetAt(offset, 'n');
    if (depth > 0) for (const word of synset.words) kinds.add(phrase(word));
    for (const pointer of synset.pointers) {
      if (pointer.symbol === MEMBER && depth > 0) {
        for (const word of synsetAt(pointer.offset, 'n').words) members.add(phrase(word));
      }
      if (HYPONYM.has(pointer.symbol) && depth < MAX_DEPTH) walk(pointer.offset, depth + 1);
    }
  };
  if (first) walk(first.offset, 0);
  return { kinds: [...kinds], members: [...members] };
});
