import { describe, expect, it } from 'vitest';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import { useCorpusEngine, useCorpusIndex } from '../support/corpus-engine.ts';

// The coverage uses the word "age" elsewhere, but gives Stroud's age the way news prose does: "Stroud, 47,".
const ARTICLE = `# Stroud concedes county race

Published November 24, 2025

Gavin Stroud conceded the county executive race on Monday. Stroud, 47, said he would return to his roofing business.

The county lowered its voting age for school board races last year.
`;

const corpus = useCorpusEngine({ 'stroud-concedes.md': ARTICLE });

describe('a noun naming only the kind of value ("age") is not a word the answer must hold', () => {
  it.each(["What is Gavin Stroud's age?", 'What is the age of Gavin Stroud?', 'How old is Gavin Stroud?'])(
    '%s',
    async (question) => {
      const answer = await corpus.engine.ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.answer).toContain('Stroud, 47');
    },
  );
});

// The coverage speaks of money elsewhere, and gives the price as a figure.
const SALE = `# County sells the old jail

Published March 3, 2026

Harlow County sold its old jail for $2.1 million on Tuesday. The developer said the money to pay for the old jail
came from investors in Ohio.
`;

describe('"how much money" asks what "how much" does: the answer is a sum, not a sentence saying "money"', () => {
  const sale = useCorpusEngine({ 'jail-sale.md': SALE });

  it.each([
    'How much did the developer pay for the old jail?',
    'How much money did the developer pay for the old jail?',
  ])('%s', async (question) => {
    const answer = await sale.engine.ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('$2.1 million');
  });
});

describe('"money" after "how much" is not searched for', () => {
  const sale = useCorpusIndex({ 'jail-sale.md': SALE });

  it('it weighs nothing, as "age" in "what is Stroud\'s age" does', () => {
    const analyzed = analyzeFor(sale.index, 'How much money did the developer pay for the old jail?');
    expect(analyzed.type).toBe('money');
    expect(analyzed.terms.find((t) => t.word === 'money')?.weight ?? 0).toBe(0);
  });
});
