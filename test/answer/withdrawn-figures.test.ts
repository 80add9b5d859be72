import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// A correction at an article's foot gives the figure it first printed, then the right one.
const ARTICLE = `# Pilot whales strand on Corrabeg beach

Published June 3, 2026

Pathologists examined the whales that died on the beach and found a brain infection in the pod's oldest female.

Volunteers kept the surviving whales wet until the evening tide.

Correction, 3 June: An earlier version of this article said pathologists had examined 16 whales. They examined 14.
`;

const corpus = useCorpusEngine({ 'whales.md': ARTICLE });

describe('a figure an article withdrew is never the answer, unless the question asks what it got wrong', () => {
  it('"how many whales did the pathologists examine" is answered with 14, not the withdrawn 16', async () => {
    const answer = await corpus.engine.ask('how many whales did the pathologists examine?');
    expect(answer.answer).toMatch(/14/u);
    expect(answer.answer).not.toMatch(/examined 16 whales/u);
  });

  it('"what number did the article get wrong originally" is answered by the correction', async () => {
    const answer = await corpus.engine.ask('what number of whales examined did the article get wrong originally?');
    expect(answer.answer).toMatch(/16/u);
  });
});
