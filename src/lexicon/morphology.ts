import lemmatizer from 'wink-lemmatizer';
import type { WordClass } from './word-class.ts';

const BASE_FORM: Readonly<Partial<Record<WordClass, (word: string) => string>>> = {
  n: lemmatizer.lemmatizeNoun, v: lemmatizer.lemmatizeVerb, a: lemmatizer.lemmatizeAdjective,
};

/**
 * The WordNet base forms of a word other than itself, per class (null: every class): for words a tagger left
 * inflected ("Cops" at the start of a sentence is tagged a proper noun and keeps its plural).
 */
export function baseForms(word: string, cls: WordClass | null): Array<[string, WordClass]> {
  const out: Array<[string, WordClass]> = [];
  for (const c of cls ? [cls] : (['n', 'v', 'a'] as const)) {
    const base = BASE_FORM[c]?.(word);
    if (base && base !== word) out.push([base, c]);
  }
  return out;
}

/** The verb an adjective is the participle of ("injured" → "injure", "broken" → "break"), or null. */
export function participleVerb(adjective: string): string | null {
  if (!/(?:ed|en|ing|t)$/.test(adjective)) return null;
  const verb = lemmatizer.lemmatizeVerb(adjective);
  return verb !== adjective ? verb : null;
}
