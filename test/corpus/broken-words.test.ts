import { describe, expect, it } from 'vitest';
import { joinBrokenWords } from '../../src/corpus/broken-words.ts';

describe('words a printed page breaks with a hyphen at a line end are one word again', () => {
  it('joins "de-" over "partment", in Unix and Windows line ends', () => {
    expect(joinBrokenWords('nine emergency de-\npartment visits')).toBe('nine emergency department visits');
    expect(joinBrokenWords('to substi-\r\ntute another')).toBe('to substitute another');
  });

  it('keeps the hyphen of a word the text writes with one elsewhere, and a dash before a capital', () => {
    expect(joinBrokenWords('a long-\nterm plan, and a long-term fix')).toBe('a long-term plan, and a long-term fix');
    expect(joinBrokenWords('Page 1 -\nThe Harbor Ledger')).toBe('Page 1 -\nThe Harbor Ledger');
  });
});
