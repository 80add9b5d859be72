import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// The coverage writes the governor's title only as "Gov.", as news copy does before a name.
const ARTICLE = `# State seeks flood aid

Published September 12, 2024

Gov. Dana Holt asked the federal government on Thursday for disaster aid after the river flooded Port Alder.

The request covers repairs to roads, water lines and the town's two bridges.
`;

const corpus = useCorpusEngine({ 'flood-aid.md': ARTICLE });

describe('a title the coverage abbreviates ("Gov.") answers a question that writes it out', () => {
  it('"Who is the governor?" is answered with Gov. Dana Holt', async () => {
    const answer = await corpus.engine.ask('Who is the governor?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Dana Holt');
  });
});
