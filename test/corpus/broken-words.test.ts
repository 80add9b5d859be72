import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/corpus/blocks.ts';
import { joinBrokenWords } from '../../src/corpus/broken-words.ts';

describe('words a printed page breaks with a hyphen at a line end are one word again', () => {
  it('joins "de-" over "partment", in Unix and Windows line ends, the rest of the line kept a line', () => {
    expect(joinBrokenWords('nine emergency de-\npartment visits')).toBe('nine emergency department\nvisits');
    expect(joinBrokenWords('to substi-\r\ntute another')).toBe('to substitute\nanother');
    expect(joinBrokenWords('the commis-\nsion, said staff')).toBe('the commission,\nsaid staff');
    expect(joinBrokenWords('the de-\npartment.\nNext line')).toBe('the department.\nNext line');
  });

  it('keeps the lines of a hard-wrapped page their printed width, so its paragraphs are joined again', () => {
    // A line ending on a figure goes on only in a text known to be wrapped ("… or 169" / "below the 2,500 …").
    const line = (n: number): string => `after review ${n} her count of signatures stood at ${160 + n}`;
    const broken = (n: number): string[] => [
      `${line(n)} and the commis-`,
      `sion said the charter sets the bar at 2,500 for the race ${n}`,
    ];
    const lines = [line(1), ...broken(2), line(3), ...broken(4), line(5), ...broken(6), line(7)];
    expect(splitBlocks(joinBrokenWords(lines.join('\n')))).toHaveLength(1);
  });

  it('keeps the hyphen of a word the text writes with one elsewhere, and a dash before a capital', () => {
    expect(joinBrokenWords('a long-\nterm plan, and a long-term fix')).toBe('a long-term\nplan, and a long-term fix');
    expect(joinBrokenWords('Page 1 -\nThe Harbor Ledger')).toBe('Page 1 -\nThe Harbor Ledger');
  });
});
