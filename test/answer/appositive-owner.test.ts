import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { rankFor } from '../../src/answer/answer-question.ts';

const FIRE = `# Tamarack Fire forces evacuations

Published September 14, 2026

Every resident of Silverpine, a mountain town of about 3,400 people, was ordered to leave on Monday.

The sheriff's office extended a warning to Brookmere, a community of about 600 people north of Silverpine.

Crews staged at the Kettle Lodge, which opened in 1994, alongside volunteers from Harrow Ridge.

Water came from Fenwick Springs, a bottler founded by a local family in 1961, and from the county.

Harrow Ridge High's 640 students will share Silverpine High School until the fire is out.
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

describe('a date in a clause or appositive set off after a name ("the Kettle Lodge, which opened in 1994")', () => {
  it('dates that name, not another name the question asks about', () => {
    expect(fitOf('When did Harrow Ridge volunteers arrive?', '1994')).toBeLessThan(0.5);
    expect(fitOf('What year was Harrow Ridge founded?', '1961')).toBeLessThan(0.5);
  });

  it('answers for the name it dates', () => {
    expect(fitOf('When did the Kettle Lodge open?', '1994')).toBe(1);
    expect(fitOf('When was Fenwick Springs founded?', '1961')).toBe(1);
  });
});

describe('a figure after a name\'s possessive ("Harrow Ridge High\'s 640 students")', () => {
  it("is that name's, and counts nothing of another name the question asks about", () => {
    expect(fitOf('How many students go to Silverpine High?', '640')).toBe(0);
  });

  it('answers for the name that holds it', () => {
    expect(fitOf('How many students go to Harrow Ridge High?', '640')).toBe(1);
  });
});
