import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';

// A page saved as text keeps a list's markers at the start of its lines.
const PAGE = `Parade cost city $418,600, finance committee told _ The Dunmere Gazette

By Ana Roe | The Dunmere Gazette
May 21, 2026

The victory parade cost the city $418,600, nearly 40 percent more than first estimated, officials said Wednesday.

The biggest items were:

- Police overtime came to $198,400.
* Crowd barriers and fencing cost $61,300.
2) Cleanup crews billed $44,900.

The council will vote on the bill next month.
`;

const corpus = useCorpusIndex({ 'dunmeregazette-parade-cost.txt': PAGE });

describe('a list item is read without its marker', () => {
  it('its sentence and its quote start at the words, and the quote is still the source text', () => {
    const items = corpus.index.passages.filter((p) => /overtime|barriers|Cleanup crews/u.test(p.text));
    expect(items.map((p) => p.text)).toEqual([
      'Police overtime came to $198,400.',
      'Crowd barriers and fencing cost $61,300.',
      'Cleanup crews billed $44,900.',
    ]);
    const source = corpus.index.sources[items[0]!.sourceIndex]!;
    for (const item of items) expect(source.text.slice(item.start, item.end)).toBe(item.text);
  });
});
