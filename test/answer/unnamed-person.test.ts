import { describe, expect, it } from 'vitest';
import { sureScorer } from '../support/sure-scorer.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { answerQuestion } from '../../src/answer/answer-question.ts';

// One manager's pay is given; the other manager is named, but never with pay of his own. The deckhands' pay is
// nobody's in particular.
const CONTRACT = `# Ferry crews approve new contract

Published May 2, 2026

Senior deckhands earn $31.40 an hour under the contract approved on Thursday.

General manager Mira Castell earns $210,000 a year, the agency's filings show.

Operations chief Tomas Ruell called the contract fair to the crews and to the riders.
`;

const corpus = useCorpusIndex({ 'contract.md': CONTRACT });

const ask = (question: string) => answerQuestion(corpus.index, question, 'q', sureScorer()).answer;

describe('a value asked of a person, in a sentence that neither names nor refers to them', () => {
  it('is not theirs: the bot declines', () => {
    expect(ask('How much does Tomas Ruell earn?').abstained).toBe(true);
    // Asked by surname alone, the name is still a person's.
    expect(ask('How much does Ruell earn?').abstained).toBe(true);
  });

  it('while a sentence naming them gives it', () => {
    expect(ask('How much does Mira Castell earn?').answer).toMatch(/210,000/u);
  });
});

describe('a painter’s name after "the" names a work of theirs', () => {
  const works = useCorpusIndex({
    'sale.md': `# Lost painting sells at auction

Published March 4, 2026

The painting by Henrietta Vallory was found in a farmhouse attic.

The hammer price was $11 million, more than double the high estimate.
`,
  });

  it('so a value asked of "the Vallory" is the work’s, and the sentence giving it answers', () => {
    const answer = answerQuestion(works.index, 'what was the hammer price on the vallory', 'q', sureScorer()).answer;
    expect(answer.answer).toMatch(/11 million/u);
  });

  it('while asked of the painter herself, it still needs a sentence naming her', () => {
    const answer = answerQuestion(works.index, 'what was the hammer price for Vallory?', 'q', sureScorer()).answer;
    expect(answer.abstained).toBe(true);
  });
});
