import { describe, expect, it } from 'vitest';
import { analyzeFor, answerQuestion } from '../../src/answer/answer-question.ts';
import { sureScorer } from '../support/sure-scorer.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

// The minister is named by his post beside a date of something else; the mayor's sentence tells when she took hers.
const STORY = `# Island turns cruise ship away

Published March 10, 2026

The island's health minister, Lucien Ferrat, defended the decision in parliament on 6 March.

Ana Ruiz, who became mayor in 2022, said the port would reopen on Friday.
`;

const corpus = useCorpusIndex({ 'story.md': STORY });
const ask = (question: string) => answerQuestion(corpus.index, question, 'q', sureScorer()).answer;

describe('when someone became what they are', () => {
  it('reads the post the question asks about, a person noun after "become"', () => {
    expect(analyzeFor(corpus.index, 'When did Lucien Ferrat become health minister?').post).toEqual([
      'health',
      'minist',
    ]);
    expect(analyzeFor(corpus.index, 'When did the port become busy?').post).toBeNull();
  });

  it('is not answered by a sentence naming them by the post beside the date of something else', () => {
    expect(ask('When did Lucien Ferrat become health minister?').abstained).toBe(true);
  });

  it('is answered by a sentence telling of taking the post', () => {
    const answer = ask('When did Ana Ruiz become mayor?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('2022');
  });
});
