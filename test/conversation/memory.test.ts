import { describe, expect, it } from 'vitest';
import { ConversationMemory, type Turn } from '../../src/conversation/memory.ts';

const turn = (question: string): Turn => ({
  question,
  resolved: question,
  answerId: question,
  names: [],
  focus: null,
  shownPassages: [],
});

describe('ConversationMemory', () => {
  it('keeps the last turns of each conversation', async () => {
    const memory = new ConversationMemory({ maxConversations: 10, maxTurns: 2, idleMs: 1000 }, () => 0);
    for (const q of ['one', 'two', 'three']) await memory.record('c', turn(q));
    expect((await memory.last('c'))?.question).toBe('three');
    expect(await memory.last('other')).toBeUndefined();
  });

  it('forgets a conversation left idle past the limit', async () => {
    let now = 0;
    const memory = new ConversationMemory({ maxConversations: 10, maxTurns: 5, idleMs: 1000 }, () => now);
    await memory.record('c', turn('first'));
    now = 999;
    expect((await memory.last('c'))?.question).toBe('first');
    now = 999 + 1001;
    expect(await memory.last('c')).toBeUndefined();
  });

  it('holds at most the configured number of conversations, dropping the least recently used', async () => {
    const memory = new ConversationMemory({ maxConversations: 3, maxTurns: 5, idleMs: 60_000 }, () => 0);
    for (const id of ['a', 'b', 'c']) await memory.record(id, turn(id));
    await memory.last('a');
    await memory.record('d', turn('d'));
    expect(memory.size).toBe(3);
    expect(await memory.last('b')).toBeUndefined();
    expect((await memory.last('a'))?.question).toBe('a');
    for (let i = 0; i < 1000; i++) await memory.record(`flood-${i}`, turn('x'));
    expect(memory.size).toBe(3);
  });
});
