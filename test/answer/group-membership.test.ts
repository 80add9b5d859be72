import { describe, expect, it } from 'vitest';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import { groupNames } from '../../src/lexicon/member-kinds.ts';
import { useCorpusEngine, useCorpusIndex } from '../support/corpus-engine.ts';

// The coverage gives one lawmaker's party as news prose does ("a Democrat"), another lawmaker's not at all.
const ARTICLE = `# Senator files bus inspection bill after crash

Published May 27, 2026

Sen. Renata Obuya, a Democrat, said she named the measure after the student who died in the crash.

Gov. Cressida Terhune said she would review the bill when it reaches her desk.

State Rep. Yvette Lanigan, a Republican, said the House would take up the bill in June.
`;

const corpus = useCorpusEngine({ 'bus-bill.md': ARTICLE });
const index = useCorpusIndex({ 'bus-bill.md': ARTICLE });

describe('which group of a kind someone is in is said by the group or by its members ("a Democrat")', () => {
  it("WordNet's parties have members: a Democrat is in a kind of party", () => {
    expect(groupNames('party').members).toEqual(expect.arrayContaining(['democrat', 'republican']));
  });

  it.each([
    ['what party is Governor Terhune', 'party'],
    ['which party does Obuya belong to', 'party'],
    ['what party is state sen. yvette lanigan', 'party'],
    // Playing for a team is something someone does, not a group asked that they are in.
    ['which team does Obuya play for', null],
  ])('"%s" asks for a group of the kind %s', (question, group) => {
    expect(analyzeFor(index.index, question).group).toBe(group);
  });

  it('answers with the sentence naming her party by its member word', async () => {
    const answer = await corpus.engine.ask('What party is Sen. Obuya?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/Obuya, a Democrat/u);
  });

  it("declines for the governor, whose party no sentence gives, though another lawmaker's is given", async () => {
    const answer = await corpus.engine.ask('what party is governor terhune');
    expect(answer.abstained).toBe(true);
  });
});
