import stem from 'wink-porter2-stemmer';
import { memoized } from './memoize.ts';
import { regex } from './regex.ts';
import { NUMBER_WORDS, STOP_WORDS } from './stop-words.ts';

// A word is letters (with inner apostrophes or periods, as in "U.S." and "don't"); initials joined by "&" are one
// word ("AT&T", "C&W", "Q&A"), whose single letters would each be dropped; a number keeps its thousands separators
// and decimals ("1,300", "2.5"); "$" and "%" are dropped with the punctuation.
const INITIALS_WITH_AMPERSAND = String.raw`\p{L}{1,3}&\p{L}{1,3}(?![\p{L}\p{N}])`;
const TOKEN = regex(
  [INITIALS_WITH_AMPERSAND, String.raw`|\p{L}[\p{L}\p{M}\p{N}]*(?:['’.][\p{L}\p{N}]+)*\.?|\p{N}+(?:[.,]\p{N}+)*`],
  'gu',
);

/** Lowercased surface words of a text in order, possessives and apostrophes normalized, numbers as digits. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of tokensOf(text)) out.push(tokenWord(match[0]).word);
  return out;
}

/** A text's surface words (as {@link words}) and its index terms (as {@link terms}), split once. */
export function wordsAndTerms(text: string): { words: string[]; terms: string[] } {
  const out = { words: [] as string[], terms: [] as string[] };
  for (const match of tokensOf(text)) {
    const { word, term } = tokenWord(match[0]);
    out.words.push(word);
    if (term) out.terms.push(term);
  }
  return out;
}

// NFKC leaves ASCII unchanged, and most text is ASCII: skip the copy there.
const tokensOf = (text: string): IterableIterator<RegExpMatchArray> =>
  (NON_ASCII.test(text) ? text.normalize('NFKC') : text).matchAll(TOKEN);

/** Whether a text holds a character outside ASCII (where Unicode normalization may change it). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included
export const NON_ASCII = /[^\x00-\x7f]/u;

// A site named by its domain ("Deadline.com", "TheStreet.com") is asked about by its name alone ("per deadline").
const SITE_DOMAIN = /^([\p{L}\p{N}-]{2,})\.(?:com|org|net|gov|edu|io|co|news|tv|co\.uk)$/u;

// Tokens repeat far more than they vary, and normalizing and stemming them dominated both indexing and ranking. A
// token's word and term are kept together: an index build looks both up for every word of the corpus.
const tokenWord = memoized((token: string): { word: string; term: string | null } => {
  const word = surfaceWord(token);
  return { word, term: termOf(word) };
});

function surfaceWord(token: string): string {
  let word = token.toLowerCase().replace(/’/g, "'");
  if (/^\p{N}/u.test(word)) return word.replace(/,/g, '');
  if (word.includes('&')) return word.replace('&', '');
  // "u.s." and "u.s" both become "us"-like keys without colliding with the pronoun: keep dots out, mark acronyms.
  if (word.includes('.') && /^(?:\p{L}\.)+\p{L}?\.?$/u.test(word)) word = word.replace(/\./g, '');
  else word = word.replace(/\.$/, '').replace(SITE_DOMAIN, '$1');
  return word.replace(/'s$/, '');
}

/** Maps one surface word to its index term (stemmed, numbers as digits), or null for stop words. */
export const termOf: (word: string) => string | null = memoized(computeTerm);

function computeTerm(word: string): string | null {
  if (STOP_WORDS.has(word)) return null;
  const number = NUMBER_WORDS[word];
  if (number) return number;
  if (/^\p{N}/u.test(word)) return word;
  if (word.length < 2) return null;
  return stem(foldAccents(word).replace(/'/g, ''));
}

/** "café" and "Lumière" are also typed "cafe" and "Lumiere": a Latin letter's accents do not change its word. */
export const foldAccents = (word: string): string =>
  NON_ASCII.test(word)
    ? word
        .normalize('NFD')
        .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
        .normalize('NFC')
    : word;

/**
 * A word as written in a sentence, hyphens and inner periods kept ("one-year", "U.S."): for finding where a
 * sentence or a question writes a word (offsets, restoring case), not for indexing, which splits with
 * {@link words}. Both reduce to index terms through {@link termOf}, so they cannot disagree on a term.
 */
export const WRITTEN_WORD = regex([INITIALS_WITH_AMPERSAND, String.raw`|[\p{L}\p{N}][\p{L}\p{N}'’.-]*`], 'gu');

/** The index term of a word as {@link WRITTEN_WORD} finds it, possessive dropped ("Amazon's" → "amazon"). */
export function termOfWritten(word: string): string | null {
  // The same normalizing as the index's words: "employees." at a sentence's end is "employees", "U.S." is "us".
  return tokenWord(word).term;
}

/** The index terms of a text: what both the index and questions are reduced to. */
export function terms(text: string): string[] {
  return wordsAndTerms(text).terms;
}
