/**
 * Wraps a pure function of a string so each distinct key is computed once. The bound keeps a long-running bot's
 * memory flat when it meets unbounded input (the cache simply starts over).
 */
export function memoized<T>(compute: (key: string) => T, limit = 200_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    if (cache.size >= limit) cache.clear();
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
