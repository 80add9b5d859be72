import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { rankFor } from '../../src/answer/answer-question.ts';

// The clubs are written of only in general in one sentence, and named after "including" in the other.
const TRACK = `# City council backs new running track

Published April 9, 2026

The plan was backed by the parks board, several clubs and a parents' group.

Most runners said they would use the track at night.

Three other clubs, including Harrow Striders, also wrote to the council.

Some other clubs, Ashby Runners and Vale Harriers, sent letters of support.

The first grant will go to the club the council picks in June.

A second grant went to the club the mayor named, Fenwick Athletic.
`;

const corpus = useCorpusIndex({ 'track.md': TRACK });
const ruledOut = (question: string, words: string): boolean | undefined =>
  rankFor(corpus.index, question).find((c) => c.passage.text.includes(words))?.relation.rulesOut ?? false;

describe('a sentence that writes what a "which" question asks only with a quantifier ("several clubs")', () => {
  it('picks none out, so does not answer which', () => {
    expect(ruledOut('Which clubs backed the plan?', 'several clubs')).toBe(true);
    expect(ruledOut('Which runners will use the track?', 'Most runners')).toBe(true);
  });

  it('while one naming them after "including", or in apposition, still may', () => {
    expect(ruledOut('Which clubs backed the plan?', 'Harrow Striders')).toBe(false);
    expect(ruledOut('Which clubs backed the plan?', 'Ashby Runners')).toBe(false);
  });

  it('nor does one that tells of it only by a clause ("the club the council picks"), naming none', () => {
    expect(ruledOut('Which club will get the grant?', 'the council picks')).toBe(true);
    expect(ruledOut('Which club will get the grant?', 'Fenwick Athletic')).toBe(false);
  });

  it('and a question that does not ask which is not concerned', () => {
    expect(ruledOut('Who backed the plan?', 'several clubs')).toBe(false);
  });
});
