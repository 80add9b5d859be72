import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { rankFor } from '../../src/answer/answer-question.ts';

// One runner's prize is given; the other runner is named, but never with a sum of her own.
const RACE = `# Runner moved up to first after a rival's ban

Published June 3, 2026

Nadia Ferrante, who crossed the line second, will receive the winner's prize of $60,000.

Lotte Berg, who finished fourth, said she was glad the result had been corrected.

Lotte Berg has not raced since.
`;

const corpus = useCorpusIndex({ 'race.md': RACE });
const linkOf = (question: string, words: string): number | undefined =>
  rankFor(corpus.index, question).find((c) => c.passage.text.includes(words))?.relation.link;

describe('a value in a sentence that names another person, and not the asked one', () => {
  it("is the other person's", () => {
    expect(linkOf('How much prize money did Lotte Berg win?', '$60,000')).toBe(-1);
  });

  it('while asked of the one it names, it is theirs', () => {
    expect(linkOf('How much prize money did Nadia Ferrante win?', '$60,000')).not.toBe(-1);
  });
});
