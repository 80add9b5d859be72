import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

const BANK = `# Harbor Bank fined over failed deposits

Published March 3, 2026

Harbor Bank paid a fine of $2.1 million on Monday, regulators said.

The chief executive's total pay for 2025 was $4.6 million, according to a filing the bank made in February.
`;

const corpus = useCorpusEngine({ 'bank.md': BANK });

describe('a value asked by the noun saying what it is of ("what profit", "how big a fine")', () => {
  it('is declined when the coverage never names such a value: any sum it gives is of something else', async () => {
    const answer = await corpus.engine.ask('What profit did Harbor Bank make in 2025?');
    expect(answer).toMatchObject({ abstained: true, abstainReason: 'unknown-subject' });
    expect(answer.answer).toMatch(/profit/u);
  });

  it('is answered when the coverage names it', async () => {
    const answer = await corpus.engine.ask('How big a fine did Harbor Bank pay?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/\$2\.1 million/u);
  });
});
