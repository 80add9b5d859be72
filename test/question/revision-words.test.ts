import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import type { CorpusIndex } from '../../src/corpus-index.ts';
import { coreIndex } from '../support/core-corpus.ts';

let index: CorpusIndex;
beforeAll(async () => {
  index = await coreIndex();
});

const words = (question: string): string[] => analyzeFor(index, question).terms.map((t) => t.word);

describe('a word asking only for the latest of revised figures is not searched for by its senses', () => {
  it.each([
    ['"latest"', "What's the latest count of ferry tickets sold?", ['latest']],
    ['"newest"', "What's the newest estimate of what the ferry strike cost?", ['newest']],
    ['"most recent"', 'What is the most recent figure for ferry tickets sold?', ['most', 'recent']],
    ['"updated" before a noun', "What's the updated count of ferry tickets sold?", ['updated']],
  ])('%s', (_why, question, dropped) => {
    const analyzed = analyzeFor(index, question);
    for (const word of dropped) expect(words(question)).not.toContain(word);
    expect(words(question)).toContain('ferry');
    // It still says which figure is asked for.
    expect(analyzed.timing).toBe(1);
  });

  it('"latest" never stands in for "former" or "previous"', () => {
    const terms = analyzeFor(index, "What's the latest count of ferry tickets sold?").terms;
    expect(terms.flatMap((t) => t.alternatives.flatMap((a) => a.terms))).not.toContain('former');
  });

  it('a verb "updated" is what the question asks about', () => {
    expect(words('When was the ferry timetable updated?')).toContain('updated');
  });
});
