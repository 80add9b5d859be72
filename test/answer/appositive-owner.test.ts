import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { rankFor } from '../../src/answer/answer-question.ts';

const FIRE = `# Tamarack Fire forces evacuations

Published September 14, 2026

Every resident of Silverpine, a mountain town of about 3,400 people, was ordered to leave on Monday.

The sheriff's office extended a warning to Brookmere, a community of about 600 people north of Silverpine.
`;

const corpus = useCorpusIndex({ 'fire.md': FIRE });
const fitOf = (question: string, figure: string): number | undefined =>
  rankFor(corpus.index, question).find((c) => c.passage.text.includes(figure))?.features.fit;

describe('a figure in an appositive ("Brookmere, a community of about 600 people")', () => {
  it('is the count of the name it describes, not of another name the sentence gives', () => {
    expect(fitOf('How many people live in Silverpine?', '3,400')).toBe(1);
    expect(fitOf('How many people live in Silverpine?', '600')).toBeLessThan(0.5);
  });

  it('answers for the name it describes', () => {
    expect(fitOf('How many people live in Brookmere?', '600')).toBe(1);
  });
});
