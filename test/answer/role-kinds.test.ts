import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// Two companies' chief executives; the question asks for one company's leader in general words.
const ARTICLE = `# Harlow and Penwick both leave the kiosk market

Published March 3, 2025

Harlow Systems chief executive Dana Whitcombe said on Monday the company would stop selling kiosks.

Penwick Labs CEO Omar Reyes, 47, said his company would follow within a month.

Analysts said the market had been shrinking for years. Grace Obuya, who owns the Corner Kettle café next door to \
Harlow's offices, said she would miss the kiosk crowd.
`;

const corpus = useCorpusEngine({ 'kiosks.md': ARTICLE });

describe('a role asked for by a kind it is', () => {
  it(`"Who is Penwick's leader?" finds its CEO, not the other company's chief executive`, async () => {
    // A chief executive is a kind of leader (corporate executive, executive, administrator, head, leader).
    const answer = await corpus.engine.ask("Who is Penwick's leader?");
    expect(answer.answer).toMatch(/Omar Reyes/u);
    expect(answer.answer).not.toMatch(/Whitcombe/u);
  });

  it(`"the top executive at Harlow" finds Harlow's chief executive`, async () => {
    const answer = await corpus.engine.ask('Who is the top executive at Harlow Systems?');
    expect(answer.answer).toMatch(/Dana Whitcombe/u);
  });

  it('"Who runs Penwick Labs?" asks for its leader: its CEO, not the other company\'s chief executive', async () => {
    const answer = await corpus.engine.ask('Who runs Penwick Labs?');
    expect(answer.answer).toMatch(/Omar Reyes/u);
    expect(answer.answer).not.toMatch(/Whitcombe/u);
  });

  it('"who leads Harlow Systems" finds its chief executive', async () => {
    const answer = await corpus.engine.ask('who leads Harlow Systems');
    expect(answer.answer).toMatch(/Dana Whitcombe/u);
  });

  it('one who runs a café need not be called its leader: its owner runs it', async () => {
    const answer = await corpus.engine.ask('who runs the Corner Kettle café?');
    expect(answer.answer).toMatch(/Grace Obuya/u);
  });

  it('"the head of Penwick Labs" is its leader, not a body part: who it is, and how old', async () => {
    expect((await corpus.engine.ask('Who is the head of Penwick Labs?')).answer).toMatch(/Omar Reyes/u);
    const age = await corpus.engine.ask("How old is Penwick's head?");
    expect(age.answer).toMatch(/47/u);
    expect(age.answer).not.toMatch(/Whitcombe/u);
  });
});
