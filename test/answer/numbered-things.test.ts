import { describe, expect, it } from 'vitest';
import { analyzeFor, answerQuestion } from '../../src/answer/answer-question.ts';
import { numbersOtherwise } from '../../src/text/numbered-things.ts';
import { sureScorer } from '../support/sure-scorer.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

// The article numbers its silo once, then calls it "the silo": its sentences say nothing of any other.
const STORY = `# Two dead in fertiliser plant blast

Published June 10, 2026

The seat of the explosion was a storage silo known on site as Silo 3, the fire service said.

At the time of the explosion the silo held about 1,150 tonnes of fertiliser.
`;

const corpus = useCorpusIndex({ 'blast.md': STORY });
const ask = (question: string) => answerQuestion(corpus.index, question, 'q', sureScorer()).answer;

describe('a thing the question names by its number', () => {
  it('is read as a noun and the number after it, not a count of what follows ("2 days")', () => {
    expect(analyzeFor(corpus.index, 'How many tonnes were in silo 2?').numberedThings).toEqual([
      { noun: 'silo', number: '2' },
    ]);
    expect(analyzeFor(corpus.index, 'How many tonnes were in the silo after 2 days?').numberedThings).toEqual([]);
  });

  it('is not answered by an article that numbers it only otherwise, whose sentence says only "the silo"', () => {
    expect(ask('How many tonnes of fertiliser were in silo 2?').abstained).toBe(true);
  });

  it('is answered by the article that numbers it so', () => {
    expect(ask('How many tonnes of fertiliser were in silo 3?').answer).toContain('1,150 tonnes');
  });

  it('is compared by its figures, a letter after them or not ("Grade 3a", asked as "grade 3")', () => {
    expect(numbersOtherwise(['Most of the site is Grade 3a land.'], [{ noun: 'grade', number: '3' }])).toBe(false);
    expect(numbersOtherwise(['Most of the site is Grade 3a land.'], [{ noun: 'grade', number: '2' }])).toBe(true);
  });
});
