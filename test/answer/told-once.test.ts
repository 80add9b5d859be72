import { describe, expect, it } from 'vitest';
import { analyzeFor, leadsOf, rankFor } from '../../src/answer/answer-question.ts';
import { composeAnswer } from '../../src/answer/compose.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

// The best sentence leans back on the one before it ("The cheapest seats …"), which would bring it along as its
// continuation if it were a further point of its own.
const ARTICLE = `# Fans' trust attacks cup final ticket prices

Published May 18, 2026

Tickets for Saturday's final ranged from $70 to $260. The cheapest seats were $55 last year, a rise of 27 percent \
in one season, the fans' trust said.

The trust surveyed 1,900 of its members after the final.
`;

const corpus = useCorpusIndex({ 'ticket-prices.md': ARTICLE });

describe('an answer tells each sentence once', () => {
  it('a further point whose continuation the answer already gives is left out', () => {
    const { index } = corpus;
    const question = 'how much did the cheapest ticket prices rise for the final?';
    const analyzed = analyzeFor(index, question);
    const leads = leadsOf(rankFor(index, question), analyzed);
    const composed = composeAnswer(leads, analyzed, index.passages, (word) => index.vocabulary.isName(word));
    expect(composed.text).toContain('a rise of 27 percent');
    expect(composed.text.split('The cheapest seats').length - 1).toBe(1);
  });
});
