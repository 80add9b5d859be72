import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { rankFor } from '../../src/answer/answer-question.ts';

// The league is named, and a year stands in the same sentence, but the sentence tells of a club playing, not of the
// league's founding; the athletic club's founding is told, with no year.
const LEAGUE = `# Gulls sign a new lease at Dunmere Field

Published May 2, 2025

The Harbor City Gulls, who play in the Coastal Rugby League, have played since 2017 at Dunmere Field, a \
5,000-seat ground owned by the city.

The Harbor City Athletic Club, which runs the youth teams, was founded by dockworkers.

The Westport Mariners were founded in 1994 and joined the Coastal Rugby League in 2003.
`;

const corpus = useCorpusIndex({ 'league.md': LEAGUE });
const fitOf = (question: string, words: string): number | undefined =>
  rankFor(corpus.index, question).find((c) => c.passage.text.includes(words))?.features.fit;

describe('a value in a sentence that tells nothing of the asked event', () => {
  it('does not date the event when it stands apart from every other word of the question', () => {
    expect(fitOf('When was the Coastal Rugby League founded?', 'have played since 2017')).toBe(0);
  });

  it('still answers when the sentence tells of the event', () => {
    expect(fitOf('When were the Westport Mariners founded?', 'founded in 1994')).toBe(1);
  });

  it("still answers when the value stands beside the question's other words", () => {
    expect(fitOf('When did the Harbor City Gulls first play at Dunmere Field?', 'since 2017')).toBeGreaterThan(0);
  });
});
