import { describe, expect, it } from 'vitest';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

const ARTICLE = `# Pellco buys Tarnex

Published March 3, 2025

Pellco, which is headquartered in Drumlin, agreed on Monday to buy Tarnex, a maker of garden tools based in Ashgrove.

The board based its decision on a review of both companies' books.
`;

const corpus = useCorpusIndex({ 'pellco-tarnex.md': ARTICLE });

/** The stand-ins a question's word has, as phrases. */
const standIns = (question: string, word: string): string[] =>
  (analyzeFor(corpus.index, question).terms.find((t) => t.word === word)?.alternatives ?? []).map((a) =>
    a.terms.join(' '),
  );

describe('"based", "headquartered" and "located" stand for each other when a question asks where', () => {
  it('"where is Pellco based?" is answered where the coverage says it is headquartered', () => {
    expect(standIns('Where is Pellco based?', 'based')).toContain('headquart');
  });

  it('a question not asking where keeps "based" to itself ("what was the decision based on?")', () => {
    expect(standIns('What was the decision based on?', 'based')).not.toContain('headquart');
  });
});
