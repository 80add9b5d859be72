import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// The sentence that names the sinking and the ship only says where the news came from; the next one, opening on
// "It", says who came through it without naming either.
const WRECK = `# A correction, 138 years late

Published Sept. 2, 2025

Philip Arneson, a volunteer researcher, found a correction printed in the Port Sallow Gazette a week after the \
sinking of the schooner Marta.

It said two of the four men first reported to have survived had in fact drowned, and that the steamer Ottoline had \
picked up only the mate and the cook.

The Marta went down in a gale off Halvard Point in October 1887 with a cargo of slate.
`;

describe('an answer goes on to the sentence right after its first when that one refers back and ranks high itself', () => {
  const wreck = useCorpusEngine({ 'wreck.md': WRECK });

  it('"Who survived the sinking of the Marta?" gives the correction and what it said', async () => {
    const answer = await wreck.engine.ask('Who survived the sinking of the Marta?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/a week after the sinking of the schooner Marta\. It said two of the four men/u);
  });
});
