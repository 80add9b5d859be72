import { describe, expect, it } from 'vitest';
import { countedOrdinals, ordinalRank, ranksOtherwise } from '../../src/text/ordinals.ts';
import { termOf } from '../../src/text/analyzer.ts';

describe('ordinals', () => {
  it('reads ordinal words and figures, but not "last", which names the one before rather than a rank', () => {
    expect(ordinalRank('second')).toBe(2);
    expect(ordinalRank('21st')).toBe(21);
    expect(ordinalRank('last')).toBeNull();
    expect(ordinalRank('seconds')).toBeNull();
  });

  it('pairs an ordinal with the words right after it that it may count', () => {
    const week = termOf('week')!;
    expect(countedOrdinals('by the second full week of the strike')).toEqual([
      { rank: 2, term: termOf('full') },
      { rank: 2, term: week },
    ]);
  });

  describe('ranksOtherwise: a sentence about another rank of the same thing does not answer', () => {
    const asked = countedOrdinals('What share of riders came back in the second week?');
    it.each([
      ['another week only', 'Ridership in the first week of restored service was about 81%.', true],
      ['the asked week, beside another', 'Ridership was 81% in the first week and 90% in the second week.', false],
      ['no week ranked at all', 'Ridership recovered to about 90% by April.', false],
      ['a rank of something else', 'It was the first strike since 1998.', false],
    ])('%s', (_why, sentence, expected) => {
      expect(ranksOtherwise(sentence, asked)).toBe(expected);
    });

    it('a question with no ordinal never conflicts', () => {
      expect(ranksOtherwise('Ridership in the first week was 81%.', [])).toBe(false);
    });
  });
});
