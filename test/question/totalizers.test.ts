import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import type { CorpusIndex } from '../../src/corpus-index.ts';
import { coreIndex } from '../support/core-corpus.ts';

let index: CorpusIndex;
beforeAll(async () => {
  index = await coreIndex();
});

const words = (question: string): string[] => analyzeFor(index, question).terms.map((t) => t.word);

describe('an adverbial saying only that a total is asked is not searched for', () => {
  it.each([
    ['"in total"', 'How many ferry tickets were sold in total?', 'total'],
    ['"altogether"', 'How many ferry tickets were sold altogether?', 'altogether'],
    ['"overall"', 'How much did the strike cost the ferry company overall?', 'overall'],
  ])('%s', (_why, question, word) => {
    expect(words(question)).not.toContain(word);
    expect(words(question)).toContain('ferry');
  });

  it('"the total cost" still asks about a total by name', () => {
    expect(words('What was the total cost of the ferry strike?')).toContain('total');
  });
});
