import { describe, expect, it } from 'vitest';
import { searchInWorker } from '../../src/index-build/search-pool.ts';
import { splitPassage } from '../../src/retrieval/passage.ts';
import { SearchIndex } from '../../src/retrieval/search-index.ts';
import { coreIndex } from '../support/core-corpus.ts';

describe('the search index built in a worker thread', () => {
  it('is the index the building thread makes from the same passages', async () => {
    const index = await coreIndex();
    const there = await searchInWorker(index.sources, index.passages, splitPassage);
    expect(there).toEqual(index.search.toJSON());
    // Restored from it, it finds what the built one finds.
    const frequency = (term: string): number => index.vocabulary.frequency(term);
    const restored = new SearchIndex(index.sources, index.passages, frequency, there);
    const weights = new Map([
      ['ferri', 1],
      ['strike', 1],
    ]);
    const hits = restored.search(weights, 5);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits).toEqual(index.search.search(weights, 5));
  }, 60_000);

  it('indexes the words the build split once as it would split each sentence afresh', async () => {
    const index = await coreIndex();
    const frequency = (term: string): number => index.vocabulary.frequency(term);
    const afresh = new SearchIndex(index.sources, index.passages, frequency, splitPassage);
    expect(afresh.toJSON()).toEqual(index.search.toJSON());
  });
});
