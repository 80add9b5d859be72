import { describe, expect, it } from 'vitest';
import { EventMemory } from '../../adapters/slack/event-memory.ts';

describe('EventMemory', () => {
  it('claims a key once, and again only after it expired', () => {
    let now = 0;
    const memory = new EventMemory({ ttlMs: 1000, clock: () => now });
    expect(memory.claim('event:Ev1', 'message:C1/1.0')).toBe(true);
    expect(memory.claim('event:Ev1')).toBe(false);
    expect(memory.claim('event:Ev2', 'message:C1/1.0')).toBe(false);
    now = 999;
    expect(memory.claim('event:Ev1')).toBe(false);
    now = 1000;
    expect(memory.claim('event:Ev1')).toBe(true);
    expect(memory.size).toBe(1);
  });

  it('stays bounded, forgetting the oldest first', () => {
    const memory = new EventMemory({ maxEntries: 3, clock: () => 0 });
    for (const id of ['a', 'b', 'c', 'd']) expect(memory.claim(id)).toBe(true);
    expect(memory.size).toBe(3);
    expect(memory.claim('a')).toBe(true);
    expect(memory.claim('d')).toBe(false);
  });
});
