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

// A question-and-answer explainer: each subheading is a reader's question, the paragraph after it the answer.
const EXPLAINER = `# Boil-water advisory: what Eastgate residents need to know

Published March 9, 2026

Can I shower?

Adults can shower and bathe normally but should keep the water out of their mouths.

How long will the advisory last?

The utility expects the advisory to last at least three days while samples are tested.
`;

const explainer = useCorpusEngine({ 'advisory-explainer.md': EXPLAINER });

describe('a question the article asks is answered after it, never by it', () => {
  it('"is it ok to shower under the advisory" is answered with the answer, not the subheading "Can I shower?"', async () => {
    const answer = await explainer.engine.ask('is it ok to shower under the advisory?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^Adults can shower/u);
    expect(answer.answer).not.toMatch(/Can I shower\?/u);
  });
});

// A live blog speaks of its own coverage; the entries around it report.
const LIVE = `# Live updates: bus crash on Tollard Pass

Published April 19, 2026

Good morning. We are resuming our coverage of Saturday night's crash on Tollard Pass.

State police said the bus left the road at about 7:40 p.m. Saturday.

We will update this story as we learn more about Saturday night's crash.
`;

const live = useCorpusEngine({ 'live.md': LIVE });

describe("a live blog's words about its own coverage are never the answer", () => {
  it('"what time did the crash happen" is answered by the report, not "We are resuming our coverage …"', async () => {
    const answer = await live.engine.ask('what time did the crash happen on saturday night');
    expect(answer.answer).not.toMatch(/We are resuming|We will update/u);
  });
});
