import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// The share price names the Swiss franc in words; the sum set aside gives it by its code. A question asking "in Swiss
// francs" is about the sum set aside: the currency it asks in is the code's as much as the words'.
const STORY = `# Dam operator sets money aside after glacier collapse

Published December 7, 2026

Shares in Wasserkraft Ubertal fell 6.3% to 38.20 Swiss francs in Zurich on Thursday.

Wasserkraft Ubertal has set aside CHF 4.5 million for emergency work at the Gurgelstein dam.
`;

const corpus = useCorpusEngine({ 'story.md': STORY });

describe('a sum asked in a currency', () => {
  it('is answered by a sum in that currency, written by its code', async () => {
    const answer = await corpus.engine.ask(
      'How much has the dam operator set aside for emergency work, in Swiss francs?',
    );
    expect(answer.abstained).toBe(false);
    expect(answer.answer.split('[1]')[0]).toContain('CHF 4.5 million');
  });
});
