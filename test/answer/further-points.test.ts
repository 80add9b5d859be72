import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// Two companies in one merger story, each with its headcount: an answer about one must not go on to the other's.
const ARTICLE = `# Harlow Mills agrees to merge with Brackett Foods

Published March 4, 2024

Harlow Mills agreed on Monday to merge with Brackett Foods in a deal worth $800 million.

Harlow Mills, based in Dunmore, runs four flour mills and has about 900 employees.

Harlow Mills employees work 3 shifts a day at each of the mills.

Brackett Foods, based in Carrow, operates 31 bakeries and has about 4,000 employees.

The companies expect the merger to close by the end of the year.
`;

const corpus = useCorpusEngine({ 'harlow-brackett.md': ARTICLE });

describe('further points of an answer', () => {
  it("stay about the entity asked about: Harlow's headcount, not Brackett's as well", async () => {
    const answer = await corpus.engine.ask('How many employees does Harlow Mills have?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('900');
    expect(answer.answer).not.toContain('4,000');
  });

  it('of a "how many" question give counts of what is asked: not "3 shifts" of the same employees', async () => {
    const answer = await corpus.engine.ask('How many employees does Harlow Mills have?');
    expect(answer.answer).toContain('900');
    expect(answer.answer).not.toContain('shifts');
  });
});
