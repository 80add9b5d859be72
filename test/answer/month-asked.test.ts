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
