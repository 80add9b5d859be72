import { describe, expect, it } from 'vitest';
import { rankFor } from '../../src/answer/answer-question.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

describe('a month asked about', () => {
  const handovers = useCorpusIndex({
    'handovers.md': `# Ambulance handovers at record length

Published February 3, 2026

In December, the average handover at Kelby Royal Infirmary took one hour and 47 minutes.

Handovers are supposed to take no longer than 15 minutes.
`,
  });
  const linkOf = (question: string, start: string) =>
    rankFor(handovers.index, question).find((c) => c.passage.text.startsWith(start))?.relation.link;

  it("is not told by a sentence giving another month's figure", () => {
    expect(linkOf('How long did handovers take on average in January?', 'In December')).toBe(-1);
  });

  it('is told by a sentence giving that month, and asked of no month, by any', () => {
    expect(linkOf('How long did handovers take on average in December?', 'In December')).not.toBe(-1);
    expect(linkOf('How long did handovers take on average?', 'In December')).not.toBe(-1);
  });
});

describe('a decade asked about', () => {
  const seasons = useCorpusIndex({
    'seasons.md': `# The ski hill's last winter

Published March 2, 2026

Last winter there were 23 nights cold enough for snowmaking, against an average of 61 in the 1990s.

Through the 2000s the centre averaged 74 days of skiing a season, and in 2011 it opened for 90.
`,
  });
  const linkOf = (question: string, start: string) =>
    rankFor(seasons.index, question).find((c) => c.passage.text.startsWith(start))?.relation.link;

  it("is not told by a sentence giving another decade's figure", () => {
    expect(linkOf('how many cold nights did the hill get on average in the 2000s?', 'Last winter')).toBe(-1);
  });

  it('is told by a sentence naming that decade or a year in it', () => {
    expect(linkOf('how many days a season did the centre average in the 2000s?', 'Through the 2000s')).not.toBe(-1);
    expect(linkOf('how many days did the centre open in the 2010s?', 'Through the 2000s')).not.toBe(-1);
  });
});
