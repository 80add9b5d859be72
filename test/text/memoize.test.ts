import { describe, expect, it } from 'vitest';
import { memoized } from '../../src/text/memoize.ts';

describe('memoized', () => {
  it('computes each key once, null results included', () => {
    const calls: string[] = [];
    const lookup = memoized((key) => {
      calls.push(key);
      return key === 'none' ? null : key.length;
    });
    expect([lookup('abc'), lookup('abc'), lookup('none'), lookup('none')]).toEqual([3, 3, null, null]);
    expect(calls).toEqual(['abc', 'none']);
  });

  it('forgets keys not used for two generations, and keeps those used since', () => {
    const calls: string[] = [];
    const lookup = memoized((key) => {
      calls.push(key);
      return key;
    }, 2);
    for (const key of ['a', 'b', 'a', 'c', 'a', 'b']) lookup(key);
    // 'a' was carried into each newer generation by its use; 'b', unused for two, was computed again.
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });
});
