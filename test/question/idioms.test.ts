import { describe, expect, it } from 'vitest';
import { plainWording } from '../../src/question/idioms.ts';
import { useCorpusEngine } from '../support/corpus-engine.ts';

const ARTICLE = `# Harbor Ferry Co. adds a night run

Published June 2, 2025

The Harbor Ferry Co. will add a late crossing starting July 1, company spokeswoman Dana Ruhl said on Monday.
`;

const corpus = useCorpusEngine({ 'harbor-ferry.md': ARTICLE });

describe('idioms WordNet links to no plainer word are read in plain words', () => {
  it('"who speaks for X" asks for X\'s spokesperson', () => {
    expect(plainWording('Who speaks for the Harbor Ferry Co.?')).toBe(
      'who is the spokesperson for the Harbor Ferry Co.?',
    );
    expect(plainWording('What did the mayor say?')).toBe('What did the mayor say?');
  });

  it('"who is in charge of (or at) X" asks who runs X', () => {
    expect(plainWording("Who's in charge of Glasswing?")).toBe('who runs Glasswing?');
    expect(plainWording("who's in charge at the grid operator")).toBe('who runs the grid operator');
  });

  it('"what does X do for a living" asks for X\'s job, whatever the tense', () => {
    expect(plainWording('what does idris penhallow do for a living')).toBe("what is idris penhallow's job");
    expect(plainWording('What did Jane Roe do for work?')).toBe("what was Jane Roe's job?");
    expect(plainWording('What does the plant do?')).toBe('What does the plant do?');
  });

  it('someone\'s "take on" something is what they said about it', () => {
    expect(plainWording("what's the union's take on the deal")).toBe('what did the union say about the deal');
    expect(plainWording("MediaJustice's take on Amazon's announcement")).toBe(
      "what did MediaJustice say about Amazon's announcement",
    );
    expect(plainWording("What was Harbor's take-home pay?")).toBe("What was Harbor's take-home pay?");
  });

  it('and so is it typed without the apostrophe, once the possessive is written back', async () => {
    const answer = await corpus.engine.ask('harbor ferrys take on the night run');
    expect(answer.abstained).toBe(false);
  });

  it('"sign off on" something is to approve it, whatever the tense', () => {
    expect(plainWording('When did the FDA sign off on the drug?')).toBe('When did the FDA approve the drug?');
    expect(plainWording('Who signed off on the plan?')).toBe('Who approved the plan?');
  });

  it('a wh-phrase that asks what a plain wh-word asks is read as that word', () => {
    expect(plainWording('What number of crossings run each day?')).toBe('how many crossings run each day?');
    expect(plainWording('what amount of money did the port pay')).toBe('how much money did the port pay');
    expect(plainWording('For what reason did the company add a run?')).toBe('why did the company add a run?');
    expect(plainWording('On which day does the night run start?')).toBe('when does the night run start?');
    // A narrower question keeps its words: "what day of the week" is not any date.
    expect(plainWording('On what day of the week does it run?')).toBe('On what day of the week does it run?');
  });

  it.each([
    ['"how come" asks why', 'how come the company added a run?', 'why the company added a run?'],
    ['"what led X to" asks why X did it', 'What led the company to add a run?', 'why did the company add a run?'],
    ['"which person" asks who', 'Which person announced the run?', 'who announced the run?'],
    ['so does "the name of the person who"', "what's the name of the person who spoke?", 'who spoke?'],
    [
      'and "which person speaks for" is "who speaks for"',
      'Which person speaks for the ferry?',
      'who is the spokesperson for the ferry?',
    ],
    ['"in which place" asks where', 'In which place does the run stop?', 'where does the run stop?'],
    ['"the date when" asks when', 'What was the date when the run began?', 'when the run began?'],
  ])('%s', (_why, question, plain) => {
    expect(plainWording(question)).toBe(plain);
  });

  it('"what caused the fire?" asks for a cause by its own words: no verb follows to make it "why"', () => {
    expect(plainWording('What caused the fire?')).toBe('What caused the fire?');
  });

  it('and is answered as the plain question is', async () => {
    const plain = await corpus.engine.ask('When does the late crossing start?');
    const phrased = await corpus.engine.ask('On what date does the late crossing start?');
    expect(phrased.answer).toBe(plain.answer);
    expect(phrased.answer).toMatch(/July 1/u);
  });

  it('and is answered from the sentence naming the spokeswoman', async () => {
    const answer = await corpus.engine.ask('Who speaks for the Harbor Ferry Co.?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/Dana Ruhl/u);
  });
});
