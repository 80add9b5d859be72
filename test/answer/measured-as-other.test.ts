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

describe('a length told as how far one thing is from another', () => {
  const channel = useCorpusIndex({
    'channel.md': `# Tanker grounds on reef outside harbour

Published June 2, 2026

Ships follow the Outer Channel, which passes within about 400 metres of the reef's western end.

Divers said the water over the reef was about 6 metres deep at low tide.
`,
  });
  const fitOfFigure = (question: string, figure: string) =>
    rankFor(channel.index, question).find((c) => c.passage.text.includes(figure))?.features.fit;

  it('tells no depth: "within about 400 metres of the reef"', () => {
    expect(fitOfFigure('How deep is the water over the reef?', '400 metres')).toBe(0);
    expect(fitOfFigure('How deep is the water over the reef?', '6 metres')).toBeGreaterThan(0.5);
  });

  it('tells how far', () => {
    expect(fitOfFigure('How far from the reef does the channel pass?', '400 metres')).toBeGreaterThan(0.5);
  });
});

describe('a unit written per unit of time with a slash ("29 km/h")', () => {
  const tram = useCorpusIndex({
    'tram.md': `# Tram entered bend at twice the limit

Published March 12, 2026

Investigators found the tram entered the bend at 29 km/h, on a curve 40 metres long.
`,
  });
  const fitOfFigure = (question: string, figure: string) =>
    rankFor(tram.index, question).find((c) => c.passage.text.includes(figure))?.features.fit;

  it('tells a speed, not a length', () => {
    expect(fitOfFigure('How fast was the tram going?', '29 km/h')).toBeGreaterThan(0.5);
  });
});

describe('a sum asked of a dimension ("how tall")', () => {
  const lighthouse = useCorpusIndex({
    'lighthouse.md': `# Trust buys Skerry Point lighthouse

Published May 4, 2026

The council pledged £10,000 towards the purchase of the lighthouse, whose tower stands 26 metres tall.

The keeper's cottage needs a new roof, and the trust's appeal has raised £84,000 for the work.

The trust said its largest donor gave 84 pounds of brass fittings, weighed at the quay.
`,
  });
  const fitOfSum = (question: string, figure: string) =>
    rankFor(lighthouse.index, question).find((c) => c.passage.text.includes(figure))?.features.fit;

  it('answers no "how tall": a height is a length, whatever the sentence shares with the question', () => {
    expect(fitOfSum('How tall is the lighthouse tower?', '£84,000')).toBe(0);
  });

  it('answers a degree asked by a word whose first sense is one ("how high is the appeal")', () => {
    expect(fitOfSum('How high is the appeal total?', '£84,000')).toBeGreaterThan(0);
  });

  it('answers a weight told in pounds, which may be a currency or a unit', () => {
    expect(fitOfSum('How heavy were the brass fittings?', '84 pounds')).toBeGreaterThan(0.5);
  });
});
