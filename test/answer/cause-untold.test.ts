import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.ts';
import { sureScorer } from '../support/sure-scorer.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

// The earlier outbreak is told of, with when and how many, but not why; the refunds are given a cause.
const STORY = `# Norovirus cuts cruise short

Published March 10, 2026

The ship had a smaller outbreak in 2023, when 96 people fell ill during a 10-night voyage.

The line offered refunds because passengers complained.
`;

const corpus = useCorpusIndex({ 'story.md': STORY });
const ask = (question: string) => answerQuestion(corpus.index, question, 'q', sureScorer()).answer;

describe('a cause asked for that the best sentence does not give', () => {
  it('is declined, though the sentence tells of the very event', () => {
    expect(ask('What caused the 2023 outbreak on the ship?').abstained).toBe(true);
  });

  it('is answered where a sentence gives it', () => {
    const answer = ask('Why did the line offer refunds?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('because passengers complained');
  });
});
