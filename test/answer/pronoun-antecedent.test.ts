import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// A rival named in full once, two paragraphs up, then by its first word: "its" in the next sentence is the rival's,
// and so is the chief executive the sentence names. Another company's, named with "its" after that one, is not.
const STORY = `# Harbor Gear cuts jobs as rivals move production abroad

Published November 5, 2026

Harbor Gear said on Wednesday it would cut 600 jobs. Its larger rival, Ashgrove Outfitters Inc., has done the same.

Shares of Harbor Gear rose 9% on the news, while the wider market was flat.

In 2019 Ashgrove closed its last sewing plant. Its chief executive, Hollis Grange, called the move painful.

Cairnfield Outdoor still makes its tents at home. Its chief executive, Ingrid Solvang, said that lets it restock fast.
`;

const corpus = useCorpusEngine({ 'story.md': STORY });

describe('"its" after a sentence naming an organization first', () => {
  it("makes the role the sentence names that organization's, named by its first word", async () => {
    const answer = await corpus.engine.ask("Who is Ashgrove Outfitters' chief executive?");
    expect(answer.abstained).toBe(false);
    expect(answer.answer.split('[1]')[0]).toContain('Hollis Grange');
  });

  it("and not another organization's", async () => {
    const answer = await corpus.engine.ask("Who is Cairnfield Outdoor's chief executive?");
    expect(answer.answer.split('[1]')[0]).not.toContain('Hollis Grange');
  });
});
