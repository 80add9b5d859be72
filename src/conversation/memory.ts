import { LRUCache } from 'lru-cache';

/** One exchange in a conversation, as much as a follow-up needs to lean on it. */
export interface Turn {
  /** The question as asked. */
  question: string;
  /** The question as answered: the same, or rewritten with the earlier turn's focus. */
  resolved: string;
  answerId: string;
  /** Names the turn was about ("IBM", "Jennifer Lee"), most important first. */
  names: string[];
  /** The noun phrase the turn asked about ("Amazon's moratorium"), if any. */
  focus: string | null;
  /** Passages the answer quoted, so suggestions can point elsewhere. */
  shownPassages: string[];
}

/** Limits on what conversation memory may hold. */
export interface ConversationLimits {
  /** Conversations remembered at once; the least recently used is forgotten first. */
  maxConversations: number;
  /** Turns kept per conversation. */
  maxTurns: number;
  /** A conversation idle this long is forgotten. */
  idleMs: number;
}

/** Sensible limits for a busy workspace: ~10k conversations of a few turns is a few MB. */
export const DEFAULT_CONVERSATION_LIMITS: ConversationLimits = {
  maxConversations: 10_000,
  maxTurns: 6,
  idleMs: 30 * 60_000,
};

/**
 * Where conversations are remembered between questions. Asynchronous so a store shared by several processes can sit
 * behind it; the engine takes any implementation and never knows which.
 */
export interface ConversationStore {
  /** The latest turn of a conversation, or undefined for a new or expired one. */
  last(conversation: string): Promise<Turn | undefined>;
  /** Adds a turn, dropping the oldest beyond the per-conversation limit. */
  record(conversation: string, turn: Turn): Promise<void>;
}

/** The last few turns of each conversation in this process, bounded in count (LRU) and expiring when idle. */
export class ConversationMemory implements ConversationStore {
  private readonly cache: LRUCache<string, Turn[]>;
  private readonly maxTurns: number;

  constructor(limits: ConversationLimits = DEFAULT_CONVERSATION_LIMITS, now: () => number = () => performance.now()) {
    this.maxTurns = limits.maxTurns;
    this.cache = new LRUCache<string, Turn[]>({
      max: limits.maxConversations,
      ttl: limits.idleMs,
      updateAgeOnGet: true,
      // The clock is injectable so expiry can be tested without waiting.
      perf: { now },
      ttlResolution: 0,
    });
  }

  /** The latest turn of a conversation, or undefined for a new or expired one. */
  async last(conversation: string): Promise<Turn | undefined> {
    return this.cache.get(conversation)?.at(-1);
  }

  /** Adds a turn, dropping the oldest beyond the per-conversation limit. */
  async record(conversation: string, turn: Turn): Promise<void> {
    const turns = [...(this.cache.get(conversation) ?? []), turn].slice(-this.maxTurns);
    this.cache.set(conversation, turns);
  }

  /** Conversations currently remembered. */
  get size(): number {
    return this.cache.size;
  }
}
