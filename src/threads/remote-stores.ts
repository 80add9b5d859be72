import type { ConversationStore, Turn } from '../conversation/memory.ts';
import type { EngineOptions } from '../create-engine.ts';
import type { RateDecision, RateLimiter } from '../limits/rate-limits.ts';
import type { EngineWorkerData, FromWorker, StoreCall, StoreResult, ToWorker } from './engine-protocol.ts';

type Stores = Pick<EngineOptions, 'conversationStore' | 'rateLimiter'>;

/**
 * The worker's side: stores that forward each call to the calling thread, which holds the one connection a replica
 * keeps to the shared state (a connection cannot cross threads). `settle` takes the replies.
 */
export function remoteStores(
  remote: EngineWorkerData['remote'],
  send: (message: FromWorker) => void,
): {
  stores: Stores;
  settle: (reply: Extract<ToWorker, { type: 'stored' }>) => void;
} {
  const pending = new Map<number, { resolve: (result: StoreResult) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const call = (storeCall: StoreCall): Promise<StoreResult> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      send({ type: 'store', id, call: storeCall });
    });
  const conversationStore: ConversationStore = {
    last: async (conversation) => (await call({ method: 'last', conversation })) as Turn | undefined,
    record: async (conversation, turn) => void (await call({ method: 'record', conversation, turn })),
  };
  const rateLimiter: RateLimiter = { take: async (user) => (await call({ method: 'take', user })) as RateDecision };
  return {
    stores: {
      ...(remote.conversations ? { conversationStore } : {}),
      ...(remote.rateLimits ? { rateLimiter } : {}),
    },
    settle(reply) {
      const entry = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.error !== undefined) entry?.reject(new Error(reply.error));
      else entry?.resolve(reply.result);
    },
  };
}

/** The calling thread's side: runs a worker's store call on the real stores. */
export function runStoreCall(stores: Stores, call: StoreCall): Promise<StoreResult> {
  if (call.method === 'take') return stores.rateLimiter!.take(call.user);
  if (call.method === 'last') return stores.conversationStore!.last(call.conversation);
  return stores.conversationStore!.record(call.conversation, call.turn).then(() => undefined);
}
