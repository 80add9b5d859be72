import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// The coverage rates the pier after its 2023 inspection and says nothing of 2019's.
const ARTICLE = `# Dunmore pier closed after inspectors find rot

Published May 2, 2024

The Dunmore fishing pier closed on Tuesday after inspectors found rot in its pilings.

The state rated the pier's deck a 4 on a scale of 0 to 9 after its last inspection in 2023.

Repairs are expected to take four months.
`;

const corpus = useCorpusEngine({ 'pier.md': ARTICLE });

describe('the best sentence tells of another year than the one asked about', () => {
  it('"its 2019 inspection" is not answered with the 2023 rating', async () => {
    const answer = await corpus.engine.ask('What rating did the pier get in its 2019 inspection?');
    expect(answer.abstained).toBe(true);
  });

  it('the year the sentence gives is answered', async () => {
    const answer = await corpus.engine.ask('What rating did the pier get in its 2023 inspection?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/a 4 on a scale/u);
  });
});
