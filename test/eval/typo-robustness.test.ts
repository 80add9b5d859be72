import { describe, expect, it } from 'vitest';
import { withSlip } from '../../src/eval/typo-robustness.ts';

describe('a typo of each kind is put in the longest dictionary word of six letters or more', () => {
  it.each([
    ['swap', 'How many employees does the ferry have?', 'How many empolyees does the ferry have?'],
    ['drop', 'How many employees does the ferry have?', 'How many emplyees does the ferry have?'],
    ['double', 'How many employees does the ferry have?', 'How many emplooyees does the ferry have?'],
  ] as const)('%s', (slip, question, slipped) => {
    expect(withSlip(question, slip)).toBe(slipped);
  });

  it('leaves names, short words and words the dictionary lacks alone', () => {
    expect(withSlip('Who is Lumeridge?', 'swap')).toBeNull();
    expect(withSlip('who runs the ferry', 'drop')).toBeNull();
  });
});
