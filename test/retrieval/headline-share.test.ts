import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';

// Many articles with the town in their headline, each saying it once in a longer sentence.
const ARTICLES = 12;
const corpus = useCorpusIndex(
  Object.fromEntries(
    Array.from({ length: ARTICLES }, (_, i) => [
      `article-${i}.md`,
      [
        '---',
        `title: "Cedar Hollow volunteers join study number ${i}"`,
        'publication: Valley Post',
        '---',
        '',
        `Officials in Cedar Hollow said ${i + 2} volunteers signed up for the trial at the clinic on Monday morning.`,
      ].join('\n'),
    ]),
  ),
);

describe('headlines among the hits', () => {
  it('keep to their share, so sentences that can answer are found', () => {
    const hits = corpus.index.search.search(
      new Map([
        ['cedar', 1.5],
        ['hollow', 1.5],
      ]),
      8,
    );
    const kinds = hits.map((h) => corpus.index.passages[h.index]!.kind);
    expect(hits).toHaveLength(8);
    expect(kinds.filter((k) => k === 'headline')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'sentence')).toHaveLength(6);
  });
});
