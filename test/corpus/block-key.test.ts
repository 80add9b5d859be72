import { describe, expect, it } from 'vitest';
import { blockKey } from '../../src/corpus/blocks.ts';

// What blockKey promises, written the long way: its quick path for plain ASCII must agree with it everywhere.
const reference = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

describe('blockKey', () => {
  it.each([
    ['plain prose', 'The Council Voted 5-2 on Monday.'],
    ['a run of spaces', 'Share  this story'],
    ['a tab', 'Share\tthis'],
    ['a line break', 'Share\nthis'],
    ['a space at either end', ' Share this '],
    ['a no-break space', 'Share\u00a0this'],
    ['a line separator', 'Share\u2028this'],
    ['curly quotes', '“Read more” ‘here’'],
    ['a full-width letter', 'ＡＰ Photo'],
  ])('folds %s as the long way does', (_, text) => {
    expect(blockKey(text)).toBe(reference(text));
  });

  it('finds a repeat written with other case, quotes and spacing', () => {
    expect(blockKey('  SIGN UP for “The Ledger” \t newsletter')).toBe(blockKey('Sign up for "The Ledger" newsletter'));
  });
});
