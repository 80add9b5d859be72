import { afterEach, describe, expect, it } from 'vitest';
import { ConversationMemory, type Turn } from '../../src/conversation/memory.ts';
import { createEngine } from '../../src/create-engine.ts';
import type { Engine } from '../../src/engine.ts';
import { ShuttingDownError } from '../../src/errors.ts';
import { silentLogger } from '../../src/logger.ts';
import { BUSY_TEXT } from '../../src/threads/busy-answer.ts';
import { createWorkerEngine, type WorkerEngineOptions } from '../../src/threads/worker-engine.ts';
import { MINI_CORPUS } from '../support/paths.ts';

const QUESTION = 'When will the Harbor Bridge reopen?';
const base: WorkerEngineOptions = {
  corpusDir: MINI_CORPUS,
  cacheDir: null,
  watch: false,
  logger: silentLogger(),
  log: { level: 'silent' },
};
let engine: Engine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

describe('an engine answering in a worker thread', () => {
  it('answers as the engine in this thread does, and reports the same sources and stats', async () => {
    const local = await createEngine({ corpusDir: MINI_CORPUS, cacheDir: null });
    engine = await createWorkerEngine(base);
    const [theirs, ours] = await Promise.all([
      engine.ask(QUESTION, { answerId: 'a' }),
      local.ask(QUESTION, { answerId: 'a' }),
    ]);
    expect(theirs).toEqual(ours);
    expect(engine.sources()).toEqual(local.sources());
    expect(engine.stats().passages).toBe(local.stats().passages);
    expect(engine.examples).toEqual(local.examples);
  }, 60_000);

  it('keeps a conversation on one worker, so follow-ups lean on the earlier question', async () => {
    engine = await createWorkerEngine({ ...base, workers: 2 });
    await engine.ask('What did Mayor Linda Farraday say?', { conversation: 'c1' });
    const followUp = await engine.ask('Why?', { conversation: 'c1' });
    expect(followUp.interpretedAs).not.toBeNull();
  }, 60_000);

  it("keeps conversations and budgets in the calling thread's stores when given (shared state)", async () => {
    const memory = new ConversationMemory();
    const recorded: string[] = [];
    const conversationStore = {
      last: (conversation: string) => memory.last(conversation),
      record: (conversation: string, turn: Turn) => {
        recorded.push(conversation);
        return memory.record(conversation, turn);
      },
    };
    const takes: string[] = [];
    const rateLimiter = {
      take: async (user: string) => {
        takes.push(user);
        return user === 'U-over'
          ? { allowed: false as const, scope: 'user' as const, retryAfterMs: 5_000 }
          : { allowed: true as const };
      },
    };
    engine = await createWorkerEngine({ ...base, workers: 2, conversationStore, rateLimiter });
    await engine.ask('What did Mayor Linda Farraday say?', { conversation: 'c1', user: 'U1' });
    expect(recorded).toEqual(['c1']);
    expect((await engine.ask('Why?', { conversation: 'c1', user: 'U1' })).interpretedAs).not.toBeNull();
    const refused = await engine.ask(QUESTION, { user: 'U-over' });
    expect(refused.abstainReason).toBe('rate-limited');
    expect(takes).toEqual(['U1', 'U1', 'U-over']);
  }, 60_000);

  it('tells askers beyond the queue to try again in a moment, at once, and answers the others', async () => {
    engine = await createWorkerEngine({ ...base, queueMax: 2 });
    const asks = Array.from({ length: 6 }, (_, i) => engine!.ask(QUESTION, { answerId: `q${i}` }));
    const answers = await Promise.all(asks);
    const busy = answers.filter((a) => a.abstainReason === 'rate-limited');
    expect(busy.map((a) => a.id)).toEqual(['q3', 'q4', 'q5']);
    expect(busy[0]!.answer).toContain(BUSY_TEXT);
    expect(answers.slice(0, 3).every((a) => !a.abstained)).toBe(true);
  }, 60_000);

  it('drains on close: questions already queued are answered, new ones refused', async () => {
    engine = await createWorkerEngine(base);
    const queued = [engine.ask(QUESTION), engine.ask(QUESTION)];
    const closed = engine.close();
    await expect(engine.ask(QUESTION)).rejects.toBeInstanceOf(ShuttingDownError);
    const answers = await Promise.all(queued);
    expect(answers.every((a) => !a.abstained)).toBe(true);
    await closed;
    engine = undefined;
  }, 60_000);
});
