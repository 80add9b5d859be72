import { describe, expect, it } from 'vitest';
import { ConversationMemory, type Turn } from '../../src/conversation/memory.ts';

const turn = (question: string): Turn => ({ question, resolved: question, answerId: question, names: [], focus: null, shownPassages: [] });

describe('ConversationMemory', () => {
  it('keeps the last turns of each conversation', () => {
    const memory = new ConversationMemory({ maxConversations: 10, maxTurns: 2, idleMs: 1000 }, () => 0);
    for (const q of ['one', 'two', 'three']) memory.record('c', turn(q));
    expect(memory.last('c')?.question).toBe('three');
    expect(memory.last('other')).toBeUndefined();
  });

  it('forgets a conversation left idle past the limit', () => {
    let now = 0;
    const memory = new ConversationMemory({ maxConversations: 10, maxTurns: 5, idleMs: 1000 }, () => now);
    memory.record('c', turn('first'));
    now = 999;
    expect(memory.last('c')?.question).toBe('first');
    now = 999 + 1001;
    expect(memory.last('c')).toBeUndefined();
  });

  it('holds at most the configured number of conversations, dropping the least recently used', () => {
    const memory = new ConversationMemory({ maxConversations: 3, maxTurns: 5, idleMs: 60_000 }, () => 0);
    for (const id of ['a', 'b', 'c']) memory.record(id, turn(id));
    memory.last('a');
    memory.record('d', turn('d'));
    expect(memory.size).toBe(3);
    expect(memory.last('b')).toBeUndefined();
    expect(memory.last('a')?.question).toBe('a');
    for (let i = 0; i < 1000; i++) memory.record(`flood-${i}`, turn('x'));
    expect(memory.size).toBe(3);
  });
});
