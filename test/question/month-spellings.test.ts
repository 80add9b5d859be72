import { describe, expect, it } from 'vitest';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

const WIRE = `# Software maker's shares sink below their offer price

Published August 8, 2026

Example Inc's stock fell 21% after the company cut its revenue forecast on Aug. 6 and warned of slower sales.

The company's founders said in Sept. 2025 that they would not sell before the lock-up ends.
`;

const corpus = useCorpusIndex({ 'wire.md': WIRE });
const standIns = (question: string, word: string): string[] =>
  (analyzeFor(corpus.index, question).terms.find((t) => t.word === word)?.alternatives ?? []).map((a) =>
    a.terms.join(' '),
  );

describe('a month asked by its name, which the coverage abbreviates ("August", "Aug 7")', () => {
  it('stands for the abbreviation the coverage writes, so it is neither unknown nor set aside', () => {
    expect(standIns('why did the stock fall in august?', 'august')).toEqual(['aug']);
    expect(standIns('what did the founders say in september 2025?', 'september')).toContain('sept');
    expect(analyzeFor(corpus.index, 'why did the stock fall in august?').setAside).not.toContain('august');
  });

  it('is no month where it is a verb or a word of its own ("march on", "may")', () => {
    expect(standIns('will the workers march on the office?', 'march')).toEqual([]);
  });
});
