import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpus-index.ts';
import { analyzeQuestion } from '../../src/question/analyze-question.ts';
import type { WordKnowledge } from '../../src/question/word-knowledge.ts';
import { corpusWords } from '../../src/retrieval/corpus-words.ts';
import { coreIndex } from '../support/core-corpus.ts';

let index: CorpusIndex;
beforeAll(async () => {
  index = await coreIndex();
});

describe("an adjective's opposite stands in for it only when the question asks yes or no", () => {
  // The dictionary gives "new" its opposite, here a word of the core corpus.
  const standIns = (question: string): string[] => {
    const knowledge: WordKnowledge = Object.create(index.lexicon);
    knowledge.expand = (lemma, cls) =>
      lemma === 'new' ? [{ terms: ['ferri'], weight: 0.6, relation: 'antonym' }] : index.lexicon.expand(lemma, cls);
    const analyzed = analyzeQuestion(question, corpusWords(index), knowledge);
    return (analyzed.terms.find((t) => t.word === 'new')?.alternatives ?? []).map((a) => a.terms.join(' '));
  };

  it('"is the terminal new?" may be answered by its opposite', () => {
    expect(standIns('Is the terminal new?')).toContain('ferri');
  });

  it('"how many seats does the new terminal have?" asks about that one, not the old one', () => {
    expect(standIns('How many seats does the new terminal have?')).not.toContain('ferri');
  });
});
