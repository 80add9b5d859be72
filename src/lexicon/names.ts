import { memoized } from '../text/memoize.ts';
import { sensesOf } from './sense-index.ts';
import { lexfileName, wordNetLemma } from './word-class.ts';
import { readDictionaryLine } from './wordnet-files.ts';

/** Whether a token is written as an acronym: 2-6 capitals, maybe with a trailing plural "s" ("CEOs"). */
export function isAcronym(token: string): boolean {
  return /^[A-Z][A-Z0-9&]{1,5}s?$/u.test(token) && /[A-Z].*[A-Z]/u.test(token);
}

/** An acronym without a trailing plural "s". */
export function singularAcronym(token: string): string {
  return token.endsWith('s') ? token.slice(0, -1) : token;
}

// Where a data line's first word starts: "08178656 14 n 04 Congress 1 …" (offset, lexfile, type, word count).
const FIRST_WORD = 17;

// index.sense does not say which synsets name one thing ("Seattle", "Congress") rather than a kind; data.noun does:
// an "@i" (instance of) pointer, or a capitalized first word.
const isNamedSynset = memoized((offset: string): boolean => {
  const line = readDictionaryLine('data.noun', Number(offset));
  const first = line.charCodeAt(FIRST_WORD);
  return (first >= 65 && first <= 90) || line.includes(' @i ');
});

/**
 * The lexicographer file of the thing a name names in WordNet, as an instance of a kind or a proper noun ("Seattle"
 * → noun.location, "Lee" → noun.person, "Congress" → noun.group), trying the whole name and then shorter endings
 * of it, since an English name's head comes last; null if WordNet names nothing so. Memoized: an index build asks it
 * of every name and title in the corpus, and names repeat far more than they vary.
 */
export const instanceKindOf: (name: string) => string | null = memoized(kindOfInstance, 50_000);

function kindOfInstance(name: string): string | null {
  const words = name
    .replace(/['’]s\b/gu, '')
    .split(/\s+/)
    .filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const lemma = wordNetLemma(words.slice(i).join(' '));
    const nouns = sensesOf(lemma).filter((sense) => sense.cls === 'n');
    let best: { sense: number; lexfile: number } | undefined;
    for (const sense of nouns) {
      if (isNamedSynset(String(sense.offset)) && (!best || sense.sense < best.sense)) best = sense;
    }
    if (!best) continue;
    const kind = lexfileName(best.lexfile);
    // A last word that is also a common noun ("Union" of "… Civil Liberties Union") names no place or group by
    // itself there; a surname ("Lee") still names a person.
    const common = i > 0 && i === words.length - 1 && nouns.some((sense) => !isNamedSynset(String(sense.offset)));
    if (!common || kind === 'noun.person') return kind;
  }
  return null;
}
