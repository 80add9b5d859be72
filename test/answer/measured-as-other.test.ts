import { describe, expect, it } from 'vitest';
import { rankFor } from '../../src/answer/answer-question.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

const QUAKE = `# Valley shaken by strongest quake in decades

Published March 3, 2026

The quake was the strongest in the valley since a magnitude 5.4 earthquake in 1987, which damaged the county courthouse.

Inspectors counted 230 damaged homes by Friday, and the county put the damage at $12 million.
`;

const corpus = useCorpusIndex({ 'quake.md': QUAKE });
const fitOf = (question: string, figure: string): number | undefined =>
  rankFor(corpus.index, question).find((c) => c.passage.text.includes(figure))?.features.fit;

describe('a figure told as the measure of another attribute ("a magnitude 5.4 earthquake")', () => {
  it('answers no question about something else of it: the magnitude is no damage', () => {
    expect(fitOf('How much damage did the 1987 quake do?', '5.4')).toBe(0);
  });

  it('answers the attribute it measures', () => {
    expect(fitOf('What was the magnitude of the 1987 quake?', '5.4')).toBeGreaterThan(0.5);
  });
});
