import { describe, expect, it } from 'vitest';
import { analyzeFor, rankFor } from '../../src/answer/answer-question.ts';
import { homographsOf } from '../../src/answer/homographs.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

// "Found" is the past of "find" here, and "founded" the verb of founding: one index term for both.
const ARTICLE = `# Harbor Trust finds ledger error

Published May 2, 2025

Harbor Trust auditors found the error on Tuesday, the bank said.

The Alder Credit Union, which Harbor Trust is buying, was founded in 1952.
`;

const corpus = useCorpusIndex({ 'harbor-trust.md': ARTICLE });
const eventHeld = (question: string, sentence: RegExp): number | undefined =>
  rankFor(corpus.index, question).find((c) => sentence.test(c.passage.text))?.features.eventHeld;

describe('a verb whose bare form is mostly another verb\'s past ("found") is not read in that form', () => {
  it('"founded" asks of founding, and a sentence that "found the error" tells of finding', () => {
    expect(homographsOf(analyzeFor(corpus.index, 'When was Harbor Trust founded?'))).toEqual(
      new Map([['found', 'found']]),
    );
    expect(eventHeld('When was Harbor Trust founded?', /auditors found/u)).toBe(0);
    expect(eventHeld('When was Harbor Trust founded?', /was founded in 1952/u)).toBe(1);
  });

  it('while "who found the error?" asks of finding, which that sentence tells', () => {
    expect(homographsOf(analyzeFor(corpus.index, 'Who found the error?')).size).toBe(0);
    expect(eventHeld('Who found the error?', /auditors found/u)).toBe(1);
  });
});
