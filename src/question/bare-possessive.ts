import type { NameCasing } from './tag-question.ts';

/** A word ending in "s" with another word after it: "ostins" in "whos berg-ostins coach", "Dravecs agent". */
const ENDS_IN_S = /(?<![\p{L}'’])(\p{L}[\p{Ll}-]*\p{Ll})s(?=\s+\p{L})/gu;

/**
 * "whos berg-ostins coach": chat drops the apostrophe of a possessive. A word that is no name of the corpus and
 * no English word, but one of the corpus's names with an "s" after it, is that name's possessive, as is a noun in
 * "-ys" ("the citys mayor"); the apostrophe is written back so that the owner is read as the owner of what follows.
 */
export function restoreApostrophes(question: string, words: NameCasing, isCommon: (word: string) => boolean): string {
  return question.replace(ENDS_IN_S, (whole, stem: string) => {
    // A hyphenated name ("berg-ostin") may be known by its whole or by its last part.
    const name = [stem, stem.split('-').at(-1)!].some(
      (w) => words.isName(w.toLowerCase()) || words.alwaysCapitalized(w.toLowerCase()),
    );
    const plain = whole.toLowerCase();
    // "citys": a noun in a consonant and "y" makes its plural in "-ies", so "-ys" can only be its possessive.
    const noPlural = /[^aeiou]y$/u.test(stem) && isCommon(stem.toLowerCase());
    return (name && !words.isName(plain) && !isCommon(plain)) || noPlural ? `${stem}'s` : whole;
  });
}
