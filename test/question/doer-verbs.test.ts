import { describe, expect, it } from 'vitest';
import { analyzeFor, rankFor } from '../../src/answer/answer-question.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

// The supplement is named in two sentences; only one says who makes it, and only through "made by".
const ARTICLE = `# Runner banned over tainted supplement

Published April 9, 2026

The runner said the supplement had been recommended by Dr. Ilse Marchetti, the federation's team doctor.

She had taken two capsules a day of Vireo Iron, a supplement made by Halden Nutrition, since December.

Halden Nutrition said the capsules are tested before they leave its plant in Brennick.
`;

const corpus = useCorpusIndex({ 'runner.md': ARTICLE });
const weightOf = (question: string, word: string): number =>
  analyzeFor(corpus.index, question).terms.find((t) => t.word === word)?.weight ?? 0;

describe('a light verb the asked subject does is what the question asks', () => {
  it('"which company makes the supplement" searches for the making', () => {
    expect(weightOf('Which company makes the supplement?', 'makes')).toBeGreaterThanOrEqual(0.5);
    expect(weightOf('Who makes the supplement?', 'makes')).toBeGreaterThanOrEqual(0.5);
  });

  it('and ranks the sentence that says who made it first: the other only names the supplement', () => {
    expect(rankFor(corpus.index, 'Which company makes the supplement?')[0]!.passage.text).toMatch(/made by Halden/u);
  });

  it('a light verb the asked one does not do stays light ("what did the runner make of it")', () => {
    expect(weightOf('What did the runner make of the supplement?', 'make')).toBeLessThan(0.5);
  });
});
