import { describe, expect, it } from 'vitest';
import { termOf, termOfWritten, terms, words, wordsAndTerms } from '../../src/text/analyzer.ts';

describe('terms: how text is reduced for the index and for questions', () => {
  it('drops stop words and stems the rest', () => {
    expect(terms('The police departments are suspending it')).toEqual(['polic', 'depart', 'suspend']);
  });

  it('reads numbers with separators as plain digits', () => {
    expect(terms('More than 1,300 departments')).toEqual(['1300', 'depart']);
    expect(terms('over 1,350')).toContain('1350');
  });

  it('keeps the figure and its scale in money amounts', () => {
    expect(terms('$10 million')).toEqual(['10', 'million']);
  });

  it('makes "one-year" and "1 year" meet', () => {
    expect(terms('a one-year moratorium')).toEqual(terms('a 1 year moratorium'));
  });

  it('handles possessives, curly apostrophes and acronyms with dots', () => {
    expect(words('Amazon’s U.S. rollout')).toEqual(['amazon', 'us', 'rollout']);
    expect(terms("Amazon's")).toEqual(['amazon']);
  });

  it('reads a site named by its domain as its name alone: "per deadline" asks about "Deadline.com"', () => {
    expect(words('Deadline.com reported, as did TheStreet.com and nytimes.co.uk.')).toEqual([
      'deadline',
      'reported',
      'as',
      'did',
      'thestreet',
      'and',
      'nytimes',
    ]);
    expect(words('It rose 2.5 percent in the U.S.')).toEqual(['it', 'rose', '2.5', 'percent', 'in', 'the', 'us']);
  });

  it('keeps initials joined by "&" as one word ("AT&T", "C&W"), where each letter alone would be dropped', () => {
    expect(terms('AT&T and C&W spent more on R&D')).toEqual(['att', 'cw', 'spent', 'rd']);
    // A firm's name with spaces around the ampersand is its two words.
    expect(terms('Ashby & Kroll')).toEqual(terms('Ashby Kroll'));
  });

  it('folds the accents of Latin letters, so "Cafe Lumiere" typed plainly meets "Café Lumière"', () => {
    expect(terms('Café Lumière, Nuñez')).toEqual(terms('Cafe Lumiere, Nunez'));
    // Other scripts keep their marks: they are part of the letter there.
    expect(terms('Москва́')).toEqual(['москва́']);
  });
});

describe('termOfWritten: a word as a sentence writes it reduces to the term the index holds', () => {
  it.each([
    ['a word closing the sentence', 'employees.', 'employees'],
    ['an abbreviation with periods', 'U.S.', 'U.S. officials'],
    ['a possessive', "Amazon's", 'Amazon'],
    ['initials joined by "&"', 'C&W', 'C&W officials'],
  ])('%s', (_why, written, indexed) => {
    expect(termOfWritten(written)).toBe(terms(indexed)[0]);
  });
});

describe('wordsAndTerms', () => {
  it.each([
    "Amazon's one-year moratorium, announced Wednesday, bars police from using Rekognition.",
    'The U.S. Senate voted 51-49; “It’s over,” said Sen. O’Neill at 7:45 p.m.',
    'Café Lumière paid $1,300.50 for 2.5 tons — ＡＰ reported it.',
  ])('splits %s into the words words() finds and their terms', (text) => {
    const split = words(text);
    const termsOfSplit = split.map(termOf).filter((term) => term !== null);
    expect(wordsAndTerms(text)).toEqual({ words: split, terms: termsOfSplit });
  });
});
