import type { ChainableCommander, Redis } from 'ioredis';
import { z } from 'zod';
import {
  ConversationMemory,
  type ConversationLimits,
  type ConversationStore,
  type Turn,
} from '../../../../src/conversation/memory.ts';
import type { RedisHealth } from './connection.ts';

// What a stored turn must look like to be leaned on; a replica of another version may have written it.
const StoredTurn = z.object({
  question: z.string(),
  resolved: z.string(),
  answerId: z.string(),
  names: z.array(z.string()),
  focus: z.string().nullable(),
  shownPassages: z.array(z.string()),
});

/** Runs a MULTI and returns its replies, throwing the first command's error as the whole transaction's. */
async function run(multi: ChainableCommander): Promise<unknown[]> {
  const replies = (await multi.exec()) ?? [];
  const failed = replies.find(([error]) => error);
  if (failed) throw failed[0];
  return replies.map(([, reply]) => reply);
}

/**
 * Conversations shared by every replica, so a follow-up reaching another replica than the question before it is
 * still understood. Each is one Redis list of its last turns (`<prefix>:conversation:<id>`), capped at `maxTurns`
 * and expiring after `idleMs` without a question, as in memory. Every turn is also kept in this replica's memory,
 * which answers while Redis is away.
 */
export class RedisConversations implements ConversationStore {
  private readonly local: ConversationMemory;

  constructor(
    private readonly client: Redis,
    private readonly health: RedisHealth,
    private readonly prefix: string,
    private readonly limits: ConversationLimits,
    clock?: () => number,
  ) {
    this.local = new ConversationMemory(limits, clock);
  }

  async last(conversation: string): Promise<Turn | undefined> {
    const key = this.key(conversation);
    try {
      // Reading a conversation keeps it alive, as the in-memory store's LRU does.
      const [raw] = await run(this.client.multi().lindex(key, -1).pexpire(key, this.limits.idleMs));
      this.health.succeeded();
      if (typeof raw !== 'string') return undefined;
      const turn = StoredTurn.safeParse(JSON.parse(raw));
      return turn.success ? turn.data : undefined;
    } catch (error) {
      this.health.failed('conversations', error);
      return this.local.last(conversation);
    }
  }

  async record(conversation: string, turn: Turn): Promise<void> {
    await this.local.record(conversation, turn);
    const key = this.key(conversation);
    const { maxTurns, idleMs } = this.limits;
    try {
      await run(this.client.multi().rpush(key, JSON.stringify(turn)).ltrim(key, -maxTurns, -1).pexpire(key, idleMs));
      this.health.succeeded();
    } catch (error) {
      this.health.failed('conversations', error);
    }
  }

  private key(conversation: string): string {
    return `${this.prefix}:conversation:${conversation}`;
  }
}
