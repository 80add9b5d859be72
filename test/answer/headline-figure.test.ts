import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { rankFor } from '../../src/answer/answer-question.ts';

// The headline sums up the lede in other words: the lede gives the same figure without "strike" or "cost of".
const ARTICLE = `# Harbor Ferry puts cost of March strike at $4.2 million

Published April 28, 2026

HALSEY BAY — Harbor Ferry said on Tuesday that nine days without crossings in March took about $4.2 million from \
its results, pushing the operator to a loss in the first quarter.

Harbor Ferry reported a net loss of $1.3 million for the quarter that included the strike, compared with a profit \
of $2.1 million a year earlier. The operator said ticket sales had since recovered.
`;

const corpus = useCorpusIndex({ 'harbor-ferry-strike.md': ARTICLE });

describe('a sentence giving the figure its headline gives says what the headline says', () => {
  it('"what did the strike cost harbor ferry" is answered by the lede behind the headline\'s figure', () => {
    const [best] = rankFor(corpus.index, 'what did the strike cost harbor ferry?').filter(
      (c) => c.passage.kind === 'sentence',
    );
    expect(best?.passage.text).toContain('$4.2 million');
  });

  it("the lede holds the headline's words as its own; a sentence with other figures does not", () => {
    const ranked = rankFor(corpus.index, 'what did the strike cost harbor ferry?');
    const lede = ranked.find((c) => c.passage.text.includes('$4.2 million') && c.passage.kind === 'sentence');
    const loss = ranked.find((c) => c.passage.text.includes('$1.3 million'));
    expect(lede!.features.coverage).toBe(1);
    expect(loss!.features.coverage).toBeLessThan(1);
  });
});
