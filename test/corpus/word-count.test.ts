import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/corpus/blocks.ts';

// Every character /\s/ matches, so counting in place splits words exactly where splitting on /\s+/ did.
const SPACES = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((c) => /\s/.test(c));

describe('wordCount', () => {
  it('counts runs of non-space characters', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('   ')).toBe(0);
    expect(wordCount('one')).toBe(1);
    expect(wordCount('  By Jane Roe |  Harbor Ledger ')).toBe(6);
  });

  it.each(SPACES.map((space) => [space.charCodeAt(0).toString(16), space]))('splits at U+%s', (_, space) => {
    expect(wordCount(`one${space}two${space}${space}three${space}`)).toBe(3);
  });

  it('does not split at other characters', () => {
    expect(wordCount('a\u200bb\u00adc\u180ed')).toBe(1);
  });
});
