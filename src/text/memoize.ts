import { LRUCache } from 'lru-cache';

/**
 * Wraps a pure function of a string so each distinct key is computed once. The bound keeps a long-running bot's
 * memory flat when it meets unbounded input: past it, the least recently used keys are forgotten.
 */
export function memoized<T extends NonNullable<unknown> | null>(
  compute: (key: string) => T,
  limit = 200_000,
): (key: string) => T {
  // lru-cache does not store null or undefined, so they are boxed. Bounded by count through maxSize rather than max,
  // which would allocate room for every entry up front (200,000 of them, per cache, at every start).
  const cache = new LRUCache<string, { value: T }>({ maxSize: limit, sizeCalculation: () => 1 });
  return (key) => {
    const hit = cache.get(key);
    if (hit) return hit.value;
    const value = compute(key);
    cache.set(key, { value });
    return value;
  };
}
