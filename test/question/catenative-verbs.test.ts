import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import type { CorpusIndex } from '../../src/corpus-index.ts';
import { coreIndex } from '../support/core-corpus.ts';

let index: CorpusIndex;
beforeAll(async () => {
  index = await coreIndex();
});

describe('"end up" and "wind up" before a verb only say how things turned out: the verb after them is asked', () => {
  it.each([
    ['"end up costing" asks what it cost', 'How much did the pier repair end up costing?'],
    ['so does "ended up costing"', 'How much has the pier repair ended up costing?'],
    ['and "wind up costing"', 'How much did the pier repair wind up costing?'],
  ])('%s: "end" is neither the topic noun nor the event', (_why, question) => {
    const analyzed = analyzeFor(index, question);
    expect(analyzed.head).toBe('repair');
    expect(analyzed.eventTerms).toContain('cost');
    expect(analyzed.eventTerms).not.toContain('finish');
    expect(analyzed.terms.map((t) => t.word)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(?:end|wind)/u)]),
    );
  });

  it('"end up" before a place is the event itself ("where did the ballots end up")', () => {
    expect(analyzeFor(index, 'Where did the ballots end up?').terms.map((t) => t.word)).toContain('end');
  });
});
