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

// The second sentence tells how, in few of the question's words but about the thieves asked about.
const GALLERY = `# Paintings taken from the Carrow Gallery

Published May 5, 2025

Thieves broke into the Carrow Gallery early Sunday through a skylight and took four paintings, police said.

Detective Ray Ostrow said the thieves had cut the alarm wires on the roof before climbing down a rope.

The gallery's insurer valued the paintings at $2 million.

The gallery will stay closed until Friday.
`;

describe("a further point in few of the question's words", () => {
  const gallery = useCorpusEngine({ 'gallery.md': GALLERY });

  it('is added when it names what the question is about itself: the thieves cutting the alarm wires', async () => {
    const answer = await gallery.engine.ask('how did the thieves sneak in on sunday?');
    expect(answer.answer).toContain('skylight');
    expect(answer.answer).toContain('alarm wires');
    expect(answer.answer).not.toContain('$2 million');
  });
});
