import { describe, expect, it } from 'vitest';
import { containsRun } from '../../src/text/word-run.ts';

describe('containsRun', () => {
  it('finds a run of whole words in order, as the space-joined strings would', () => {
    const outer = ['louis', 'baptiste', 'jr'];
    expect(containsRun(outer, ['baptiste'])).toBe(true);
    expect(containsRun(outer, ['louis', 'baptiste'])).toBe(true);
    expect(containsRun(outer, ['baptiste', 'louis'])).toBe(false);
    expect(containsRun(outer, ['bapt'])).toBe(false);
    expect(containsRun(['louis'], ['louis', 'baptiste'])).toBe(false);
    const joined = (a: string[], b: string[]): boolean => ` ${a.join(' ')} `.includes(` ${b.join(' ')} `);
    for (const inner of [['jr'], ['baptiste', 'jr'], ['louis', 'jr'], ['x']]) {
      expect(containsRun(outer, inner)).toBe(joined(outer, inner));
    }
  });
});
