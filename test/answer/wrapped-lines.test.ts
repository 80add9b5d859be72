import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// Markdown written by hand is often wrapped at a fixed width: its line breaks inside a paragraph are spaces.
const ARTICLE = `# Harbor ferry adds a night run

Published June 2, 2025

The Harbor Ferry Co. will add a late crossing at 11:30 p.m. starting July 1, the company
said on Monday, after riders asked for a way home from the stadium.
`;

const corpus = useCorpusEngine({ 'harbor-ferry.md': ARTICLE });

describe('a hard-wrapped paragraph is quoted and answered on one line', () => {
  it('the answer and its quote read the line break as a space', async () => {
    const answer = await corpus.engine.ask('When will the Harbor Ferry Co. add a late crossing?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('the company said on Monday');
    expect(answer.answer).not.toContain('\n');
    expect(answer.citations[0]?.quote).toContain('the company said on Monday');
  });
});
