import { describe, expect, it } from 'vitest';
import { sureScorer } from '../support/sure-scorer.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { analyzeFor, answerQuestion } from '../../src/answer/answer-question.ts';

// Two firms: the coverage gives one's headcount and says much else of the other, but never its headcount.
const ARTICLE = `# Brisk Logistics buys Harlan Freight trucks

Published March 4, 2025

Brisk Logistics has agreed to buy 120 trucks from Harlan Freight, the Dunmore hauler said on Tuesday. About 300 people
in Dunmore work for the two firms.

Brisk Logistics said its headcount had grown to 400 drivers and mechanics since January. Brisk Logistics employees
will drive the trucks from April.

Harlan Freight, which was founded in 1987, is selling the trucks to pay down its debt. Harlan Freight will keep
its warehouse on Mill Road and its contracts with two grocery chains, the company said.
`;

const corpus = useCorpusIndex({ 'brisk-harlan.md': ARTICLE });

describe('a measure asked of someone that no good sentence names is a detail the coverage does not give', () => {
  it("gives the headcount the coverage names (Brisk Logistics', a plural's possessive)", () => {
    expect(analyzeFor(corpus.index, "What is Brisk Logistics' headcount?").owner?.text).toBe('Brisk Logistics');
    const { answer } = answerQuestion(corpus.index, "What is Brisk Logistics' headcount?", 'q', sureScorer());
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/400 drivers/u);
  });

  it("declines the one it never names (Harlan Freight's), however sure the scorer is of Harlan's sentences", () => {
    const { answer } = answerQuestion(corpus.index, "What is Harlan Freight's headcount?", 'q', sureScorer());
    expect(answer.abstained).toBe(true);
  });

  it('declines a count of it the coverage never gives, asked as "how many", the same way', () => {
    const { answer } = answerQuestion(corpus.index, 'How many employees does Harlan Freight have?', 'q', sureScorer());
    expect(answer.abstained).toBe(true);
  });

  it('declines a measure only a broader word stands for: people counted are no population', () => {
    const { answer } = answerQuestion(corpus.index, 'What is the population of Dunmore?', 'q', sureScorer());
    expect(answer.abstained).toBe(true);
  });

  it('while the count it gives, asked as "how many", it answers', () => {
    const { answer } = answerQuestion(
      corpus.index,
      'How many drivers and mechanics does Brisk Logistics have?',
      'q',
      sureScorer(),
    );
    expect(answer.answer).toMatch(/400 drivers/u);
  });
});

describe('the measure asked is the last word of its phrase', () => {
  const cuts = useCorpusIndex({
    'cuts.md': `# Harland to cut jobs at former Larkspur headquarters

Published March 20, 2026

Harland also said it would cut 420 of the roughly 710 jobs at Larkspur's former headquarters by the end of June.

The head of Harland's retail division, Dana Pike, will run the 71 branches.
`,
  });

  it('"head office jobs" are jobs: the sentence giving the jobs holds the head, the one naming a head does not', () => {
    const { ranked } = answerQuestion(cuts.index, 'how many head office jobs is Harland cutting', 'q', sureScorer());
    const headOf = (pattern: RegExp) => ranked.find((c) => pattern.test(c.passage.text))?.features.headMatch;
    expect(headOf(/420 of the roughly 710 jobs/u)).toBe(1);
    expect(headOf(/head of Harland's retail division/u)).toBe(0);
  });
});
