import { describe, expect, it } from 'vitest';
import { perPassage } from '../../src/answer/per-passage.ts';
import type { Passage } from '../../src/retrieval/passage.ts';

describe('a measure of the sentence alone', () => {
  it('is taken once per sentence, and again for another sentence', () => {
    let taken = 0;
    const measure = perPassage(({ text }) => {
      taken++;
      return text.endsWith('?') ? null : text.length;
    });
    const asks = { text: 'Can I shower?' } as Passage;
    const tells = { text: 'The advisory ends Friday.' } as Passage;
    expect([measure(asks), measure(asks), measure(tells), measure(tells)]).toEqual([null, null, 25, 25]);
    expect(taken).toBe(2);
  });
});
