import { describe, expect, it } from 'vitest';
import { lazyWordList, wordStarts } from '../../src/text/lazy-word-list.ts';

const WORDS = ['café', '', 'naïve', 'zebra'];
const text = Buffer.from(WORDS.join('\0'));

describe('a word list decoded as it is read, as wink-nlp reads and grows it', () => {
  it('gives each word at its position, accents and empty words included', () => {
    const list = lazyWordList(text, wordStarts(text));
    expect(list).toHaveLength(WORDS.length);
    expect(WORDS.map((_, k) => list[k])).toEqual(WORDS);
    expect(list[WORDS.length]).toBeUndefined();
  });

  it('takes the words pushed onto it after its own, and counts them in its length', () => {
    const list = lazyWordList(text, wordStarts(text));
    expect(list.push('quokka')).toBe(WORDS.length + 1);
    expect(list[WORDS.length]).toBe('quokka');
    expect(WORDS.length in list).toBe(true);
    expect(WORDS.length + 1 in list).toBe(false);
  });

  it('works with array methods, which read it position by position', () => {
    const list = lazyWordList(text, wordStarts(text));
    expect(list.every((word, k) => word === WORDS[k])).toBe(true);
    expect(list.slice(2)).toEqual(['naïve', 'zebra']);
  });
});
