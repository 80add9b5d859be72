import { describe, expect, it } from 'vitest';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

// Many of the coverage's words begin with "rec"; only one of them follows "face".
const ARTICLE = `# Council limits face recognition

Published May 2, 2025

The council voted to limit police use of face recognition after a record turnout at a recent hearing.

The mayor said she would recommend a review of the contract and receive a report in June.
`;

const corpus = useCorpusIndex({ 'face-rec.md': ARTICLE });
const rec = (question: string) => analyzeFor(corpus.index, question).terms.find((t) => t.word === 'rec');

describe('a clipping that begins many corpus words is read by the word before it', () => {
  it('"face rec" is the coverage\'s "face recognition", not its "record" or "recent"', () => {
    const term = rec('What did the mayor say about face rec?');
    expect(term?.alternatives).toContainEqual({ terms: ['recognit'], weight: 0.6, relation: 'clipping' });
    expect(term?.alternatives.some((a) => a.terms[0] === 'record')).toBe(false);
    expect(analyzeFor(corpus.index, 'What did the mayor say about face rec?').setAside).toEqual([]);
  });

  it('with no word before it that the coverage writes so, it stays open and is set aside', () => {
    expect(rec('What did the mayor say about the rec?')?.alternatives ?? []).toEqual([]);
  });
});

describe('a contraction ("avg", "govt") stands for the one corpus word with its letters in order', () => {
  const jobs = useCorpusIndex({
    'jobs.md': `# Data center to bring 85 jobs

Published January 14, 2026

The campus would have 85 permanent positions paying an average of $71,000 a year, the company said.
`,
  });

  it('"avg" is the coverage\'s "average", and is not set aside', () => {
    const analyzed = analyzeFor(jobs.index, 'whats the avg salary for those jobs');
    const avg = analyzed.terms.find((t) => t.word === 'avg');
    expect(avg?.alternatives).toContainEqual({ terms: ['averag'], weight: 0.6, relation: 'clipping' });
    expect(analyzed.setAside).toEqual([]);
  });
});
