import { describe, expect, it } from 'vitest';
import { baseForms, participleVerb, verbedNoun } from '../../src/lexicon/morphy.ts';

const base = (word: string, cls: 'n' | 'v' | 'a'): string => baseForms(word, cls)[0]?.[0] ?? word;

describe("baseForms: WordNet's Morphy", () => {
  it('detaches the suffix when what is left is a word of that class', () => {
    expect(base('employees', 'n')).toBe('employee');
    expect(base('churches', 'n')).toBe('church');
    expect(base('waltzes', 'n')).toBe('waltz');
    expect(base('policemen', 'n')).toBe('policeman');
    expect(base('injured', 'v')).toBe('injure');
    expect(base('settled', 'v')).toBe('settle');
    expect(base('larger', 'a')).toBe('large');
  });

  it('takes irregular forms from the exception lists', () => {
    expect(base('mice', 'n')).toBe('mouse');
    expect(base('bought', 'v')).toBe('buy');
    expect(base('farthest', 'a')).toBe('far');
  });

  it('leaves a word whose stem is no word of the class, or only a short abbreviation', () => {
    // "wa" and "ha" are WordNet abbreviations; "was" and "has" are not their plurals.
    expect(baseForms('was', 'n')).toEqual([]);
    expect(baseForms('has', 'n')).toEqual([]);
    expect(baseForms('bless', 'n')).toEqual([]);
  });

  it('gives every class a form exists in when no class is asked', () => {
    expect(baseForms('files', null)).toEqual([
      ['file', 'n'],
      ['file', 'v'],
    ]);
  });
});

describe('participleVerb', () => {
  it('finds the verb of a participle, and null for other adjectives', () => {
    expect(participleVerb('broken')).toBe('break');
    expect(participleVerb('injured')).toBe('injure');
    expect(participleVerb('happy')).toBeNull();
  });
});

describe('verbedNoun: the noun a verb form WordNet lacks is made of', () => {
  it.each([
    ['reffed', 'ref'],
    ['texting', 'text'],
  ])('%s is made of %s', (form, noun) => {
    expect(verbedNoun(form)).toBe(noun);
  });

  it('is null for a verb WordNet knows, or a form that is no verb form', () => {
    expect(verbedNoun('walked')).toBeNull();
    expect(verbedNoun('stopped')).toBeNull();
    expect(verbedNoun('referee')).toBeNull();
  });
});
