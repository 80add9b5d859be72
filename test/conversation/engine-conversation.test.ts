import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { BUNDLED_CORPUS } from '../support/paths.ts';

let engine: Engine;
// lru-cache treats a start time of 0 as "never expires", so the test clock starts later, as real clocks do.
let now = 1_000;
beforeAll(async () => {
  engine = await createEngine({
    corpusDir: BUNDLED_CORPUS,
    clock: () => now,
    conversations: { maxConversations: 50, maxTurns: 4, idleMs: 60_000 },
  });
});

describe('conversations through the engine', () => {
  it('answers "And Microsoft?" about Microsoft and says so', async () => {
    await engine.ask('What did IBM announce?', { conversation: 't1' });
    const answer = await engine.ask('And Microsoft?', { conversation: 't1' });
    expect(answer.interpretedAs).toBe('What did Microsoft announce?');
    expect(answer.answer).toMatch(/^About Microsoft: .*Microsoft/);
    expect(answer.question).toBe('And Microsoft?');
  });

  it('resolves "she" to the person asked about before', async () => {
    await engine.ask('Who is Jennifer Lee?', { conversation: 't2' });
    const answer = await engine.ask('What did she say about ICE?', { conversation: 't2' });
    expect(answer.interpretedAs).toBe('What did Jennifer Lee say about ICE?');
    expect(answer.answer).toContain('Immigration and Customs Enforcement');
  });

  it('answers a bare "why?" about the previous question', async () => {
    await engine.ask('How long is the moratorium?', { conversation: 't3' });
    const answer = await engine.ask('why?', { conversation: 't3' });
    expect(answer.interpretedAs).toBe('What is the reason for the moratorium?');
    expect(answer.answer).toContain('Congress');
  });

  it('does not rewrite a change of topic', async () => {
    await engine.ask('What did IBM announce?', { conversation: 't4' });
    const answer = await engine.ask('What did Mijente tweet?', { conversation: 't4' });
    expect(answer.interpretedAs).toBeNull();
    expect(answer.answer).toContain('hold off celebrating');
  });

  it('keeps conversations apart, and forgets them when idle', async () => {
    await engine.ask('What did IBM announce?', { conversation: 't5' });
    expect((await engine.ask('And Microsoft?', { conversation: 'someone-else' })).interpretedAs).toBeNull();
    now += 60_001;
    expect((await engine.ask('And Microsoft?', { conversation: 't5' })).interpretedAs).toBeNull();
  });

  it('offers follow-up suggestions that the coverage answers', async () => {
    const answer = await engine.ask('What did IBM announce?');
    expect(answer.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(answer.suggestions.length).toBeLessThanOrEqual(3);
    for (const suggestion of answer.suggestions) {
      const followUp = await engine.ask(suggestion);
      expect(followUp.abstained, suggestion).toBe(false);
      expect(
        followUp.citations.some((c) => !answer.citations.some((shown) => shown.quote === c.quote)),
        suggestion,
      ).toBe(true);
    }
  });

  it('works out no follow-ups for a front end that shows none, and answers the same', async () => {
    const shown = await engine.ask('What did IBM announce?');
    const plain = await engine.ask('What did IBM announce?', { suggestions: false });
    expect(plain.suggestions).toEqual([]);
    expect({ ...plain, id: shown.id, suggestions: shown.suggestions }).toEqual(shown);
  });
});
