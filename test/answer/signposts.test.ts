import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// An explainer announces what it tells next in the question's own words; the next paragraph tells it.
const ARTICLE = `# What the pier vote means

Published May 2, 2024

The Dunmore council voted on Tuesday to close the fishing pier. Here is what the pier vote means for anglers \
and what happens next.

The pier will close on June 1 for repairs to its pilings and reopen in the spring of 2026.
`;

const corpus = useCorpusEngine({ 'pier-vote.md': ARTICLE });

describe('a sentence that only announces what the article tells next is never the answer', () => {
  it('"what happens next with the pier" is not answered with "Here is what … happens next."', async () => {
    const answer = await corpus.engine.ask('What happens next with the pier vote?');
    expect(answer.answer).not.toMatch(/Here is what/u);
  });
});
