import { LRUCache } from 'lru-cache';

/**
 * Wraps a pure function of a string so each distinct key is computed once. The bound keeps a long-running bot's
 * memory flat when it meets unbounded input: past it, the least recently used keys are forgotten.
 */
export function memoized<T extends NonNullable<unknown> | null>(
  compute: (key: string) => T,
  limit = 200_000,
): (key: string) => T {
  // lru-cache does not store null or undefined, so they are boxed.
  const cache = new LRUCache<string, { value: T }>({ max: limit });
  return (key) => {
    const hit = cache.get(key);
    if (hit) return hit.value;
    const value = compute(key);
    cache.set(key, { value });
    return value;
  };
}
