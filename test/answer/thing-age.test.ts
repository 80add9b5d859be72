import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { rankFor } from '../../src/answer/answer-question.ts';

const MAIN_BREAK = `# Boil-water advisory after main break

Published March 9, 2026

The water main that broke under Carrow Avenue on March 6 was laid in 1958, the utility said.

At a bakery on Carrow Avenue, owner Greta Halvorsen, 61, said she had poured out two batches of dough.

The flooded pump house, a brick building that had served the east side since 1931, will be torn down.
`;

const corpus = useCorpusIndex({ 'main-break.md': MAIN_BREAK });
const fitOf = (question: string, words: string): number | undefined =>
  rankFor(corpus.index, question).find((c) => c.passage.text.includes(words))?.features.fit;

describe('"how old" asked of a thing', () => {
  it("is answered by the year it was made, not by a person's age beside it", () => {
    expect(fitOf('How old is the water main that broke on Carrow Avenue?', 'laid in 1958')).toBe(1);
    expect(fitOf('How old is the water main that broke on Carrow Avenue?', 'Greta Halvorsen, 61')).toBeLessThan(0.5);
  });

  it('is answered by the year it has stood since ("since 1931")', () => {
    expect(fitOf('How old is the pump house on the east side?', 'since 1931')).toBe(1);
  });

  it('while asked of a person it is still their age', () => {
    expect(fitOf('How old is the bakery owner on Carrow Avenue?', 'Greta Halvorsen, 61')).toBe(1);
    expect(fitOf('How old is the bakery owner on Carrow Avenue?', 'laid in 1958')).toBe(0);
  });
});
