import { describe, expect, it } from 'vitest';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

const HEAT = `# Heat wave breaks records

Published July 14, 2026

The heat wave began on July 10 and pushed demand to a record on Tuesday.

Health officials opened cooling centers. A wave of calls reached the utility about the heat in the valley.
`;

const corpus = useCorpusIndex({ 'heat.md': HEAT });
const standIns = (question: string, word: string): string[] =>
  (analyzeFor(corpus.index, question).terms.find((t) => t.word === word)?.alternatives ?? []).map((a) =>
    a.terms.join(' '),
  );

describe('a word typed closed up that the coverage writes as two ("heatwave", "heat wave")', () => {
  it('stands for the two words, where the coverage writes them one after the other', () => {
    expect(standIns('when did the heatwave start', 'heatwave')).toContain('heat wave');
  });

  it('does not, where the coverage has both words but never together ("healthwave")', () => {
    expect(standIns('when did the healthwave start', 'healthwave')).not.toContain('health wave');
  });
});

const CLOSED = `# Heatwave breaks records

Published July 14, 2026

The heatwave began on July 10 and pushed demand to a record on Tuesday.
`;

const closedCorpus = useCorpusIndex({ 'heat.md': CLOSED });

describe('two words typed apart that the coverage writes as one ("heat wave", "heatwave")', () => {
  it('each stand for the word the coverage writes', () => {
    const analyzed = analyzeFor(closedCorpus.index, 'when did the heat wave start');
    for (const word of ['heat', 'wave']) {
      const term = analyzed.terms.find((t) => t.word === word);
      expect(term?.alternatives.map((a) => a.terms.join(' '))).toContain('heatwav');
      expect(term?.known).toBe(true);
    }
  });
});
