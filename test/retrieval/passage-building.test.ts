import { describe, expect, it } from 'vitest';
import { coreIndex } from '../support/core-corpus.ts';

describe('passages built from a corpus', () => {
  it("share their paragraph's range with the source instead of each holding a copy", async () => {
    const { sources, passages } = await coreIndex();
    const sentences = passages.filter((p) => p.kind === 'sentence');
    expect(sentences.length).toBeGreaterThan(10);
    for (const p of sentences) expect(p.paragraph).toBe(sources[p.sourceIndex]!.paragraphs[p.paragraphIndex]);
  });

  it('list their fields in one order, a headline’s as a sentence’s', async () => {
    const { passages } = await coreIndex();
    const order = Object.keys(passages[0]!);
    expect(passages.every((p) => Object.keys(p).join() === order.join())).toBe(true);
    expect(order.slice(0, 3)).toEqual(['id', 'index', 'sourceIndex']);
  });
});
