import { describe, expect, it } from 'vitest';
import { EventMemory } from '../../adapters/shared/state/event-memory.ts';

describe('EventMemory', () => {
  it('claims a key once, and again only after it expired', async () => {
    let now = 0;
    const memory = new EventMemory({ ttlMs: 1000, clock: () => now });
    expect(await memory.claim('event:Ev1', 'message:C1/1.0')).toBe(true);
    expect(await memory.claim('event:Ev1')).toBe(false);
    expect(await memory.claim('event:Ev2', 'message:C1/1.0')).toBe(false);
    now = 999;
    expect(await memory.claim('event:Ev1')).toBe(false);
    now = 1000;
    expect(await memory.claim('event:Ev1')).toBe(true);
    expect(memory.size).toBe(1);
  });

  it('stays bounded, forgetting the oldest first', async () => {
    const memory = new EventMemory({ maxEntries: 3, clock: () => 0 });
    for (const id of ['a', 'b', 'c', 'd']) expect(await memory.claim(id)).toBe(true);
    expect(memory.size).toBe(3);
    expect(await memory.claim('a')).toBe(true);
    expect(await memory.claim('d')).toBe(false);
  });
});
