import { describe, expect, it } from 'vitest';
import { isOneEdit, isTransposition } from '../../src/text/edits.ts';

describe('one slip of the fingers', () => {
  it.each([
    ['wen', 'when', true],
    ['wat', 'what', true],
    ['whyy', 'why', true],
    ['hoe', 'how', true],
    ['when', 'when', false],
    ['wn', 'when', false],
    ['hwo', 'how', false],
  ])('%s and %s are one letter added, dropped or changed apart: %s', (a, b, expected) => {
    expect(isOneEdit(a, b)).toBe(expected);
  });

  it('two swapped neighbours are a transposition, not one edit', () => {
    expect(isTransposition('hwo', 'who')).toBe(true);
    expect(isOneEdit('hwo', 'who')).toBe(false);
  });
});
