import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';
import { QuestionRateLimiter } from '../../src/limits/rate-limiter.ts';
import { MINI_CORPUS } from '../support/paths.ts';

describe('QuestionRateLimiter', () => {
  it('gives each user their own budget and says when to come back', async () => {
    const limiter = new QuestionRateLimiter({ perUser: 2, global: 100, windowSeconds: 60 });
    expect(await limiter.take('alice')).toEqual({ allowed: true });
    expect(await limiter.take('alice')).toEqual({ allowed: true });
    const refused = await limiter.take('alice');
    expect(refused).toMatchObject({ allowed: false, scope: 'user' });
    expect(!refused.allowed && refused.retryAfterMs).toBeGreaterThan(50_000);
    expect(await limiter.take('bob')).toEqual({ allowed: true });
  });

  it('holds everyone to a global ceiling without charging users for refused questions', async () => {
    const limiter = new QuestionRateLimiter({ perUser: 2, global: 2, windowSeconds: 60 });
    await limiter.take('alice');
    await limiter.take('bob');
    expect(await limiter.take('carol')).toMatchObject({ allowed: false, scope: 'global' });
    expect(await limiter.take('carol')).toMatchObject({ allowed: false, scope: 'global' });
  });
});

describe('rate limits through the engine', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ corpusDir: MINI_CORPUS, rateLimits: { perUser: 1, global: 100, windowSeconds: 60 } });
  });

  it('answers a user within budget, then replies when they may ask again', async () => {
    expect((await engine.ask('When will the Harbor Bridge reopen?', { user: 'slack:U1' })).abstained).toBe(false);
    const limited = await engine.ask('How much did the council approve?', { user: 'slack:U1' });
    expect(limited).toMatchObject({ abstained: true, abstainReason: 'rate-limited', citations: [] });
    expect(limited.answer).toMatch(/^You're asking faster than I can keep up; please try again in \d+ seconds\.$/);
  });

  it('does not limit askers who give no user (REPL, CLI)', async () => {
    for (let i = 0; i < 3; i++) expect((await engine.ask('When will the Harbor Bridge reopen?')).abstained).toBe(false);
  });
});
