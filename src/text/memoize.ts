/**
 * Wraps a pure function of a string so each distinct key is computed once. The bound keeps a long-running bot's
 * memory flat when it meets unbounded input: keys live in two generations of up to `limit` each, and when the newer
 * fills, the older is forgotten (keys used since it filled were carried over). Hand-written rather than lru-cache:
 * these functions run per token of an index build, and an LRU's bookkeeping on every hit cost more than the lookups.
 */
export function memoized<T extends NonNullable<unknown> | null>(
  compute: (key: string) => T,
  limit = 200_000,
): (key: string) => T {
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  return (key) => {
    let value = young.get(key);
    if (value !== undefined) return value;
    value = old.get(key);
    if (value === undefined) value = compute(key);
    young.set(key, value);
    if (young.size >= limit) {
      old = young;
      young = new Map();
    }
    return value;
  };
}
