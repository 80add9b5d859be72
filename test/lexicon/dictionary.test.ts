import { describe, expect, it } from 'vitest';
import { correctEnglish, englishUsage } from '../../src/lexicon/dictionary.ts';

describe('spelling correction against WordNet', () => {
  it('corrects a slip to the most used word within reach, through its stem when inflected', () => {
    expect(correctEnglish('percantage')).toBe('percentage');
    expect(correctEnglish('goverment')).toBe('government');
    expect(correctEnglish('critisizing')).toBe('criticize');
  });

  it('never corrects to a word too rare to be meant: "corvine" is in WordNet, tagged nowhere', () => {
    expect(englishUsage('corvine')).toBe(1);
    expect(correctEnglish('corvinr')).toBeNull();
  });

  it('leaves alone short words, real words and what is no slip of anything', () => {
    expect(correctEnglish('cpos')).toBeNull();
    expect(correctEnglish('search')).toBeNull();
    expect(correctEnglish('qwertyuiop')).toBeNull();
  });
});
