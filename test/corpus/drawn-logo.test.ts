import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/corpus/blocks.ts';
import { withoutDrawnLogo } from '../../src/corpus/drawn-logo.ts';
import { inferMetadata } from '../../src/corpus/metadata.ts';

const LETTERHEAD = [
  '  ,/\\\\.      ~~',
  ' //  \\\\ ~ ~    EXAMPLE',
  ' \\\\__// ~~~    COUNCIL  :',
  "  '^^'  ..     Konsel Example",
  ' ________________________________________________ .',
  '',
  'Highways and Transport',
  'Example Council, Quay Street, Exampleton EX1 2TR',
  'Our ref:     HT/B3471/0226   https://www.example.gov/roads/b3471',
  'Home / News / Roads',
  'NEWS | ROADS | PLANNING | JOBS',
];
const PROSE = 'I am writing to update you on the landslip that closed the coast road on Sunday 8 February this year.';

describe("withoutDrawnLogo: a letterhead's logo drawn in characters", () => {
  it("keeps only the drawn lines' words, so the body's name is read from them, and leaves the rest alone", () => {
    const read = withoutDrawnLogo([...LETTERHEAD, '', PROSE].join('\n')).split('\n');
    expect(read.slice(0, 4)).toEqual(['', 'EXAMPLE', 'COUNCIL', 'Konsel Example']);
    // A rule under the letterhead is a rule, read as one; a breadcrumb's slashes and a menu's bars part its items.
    expect(read.slice(4)).toEqual([...LETTERHEAD.slice(4), '', PROSE]);
    const metadata = inferMetadata(splitBlocks(read.join('\n')), {
      file: 'SCAN_0001.txt',
      title: null,
      url: null,
      authors: [],
    });
    expect(metadata.outlet).toBe('Example Council');
  });

  it("leaves a table's rows and a headline's quotation marks as they are", () => {
    const text = "| Stop | Minutes |\n|---|---|\n'We feel forgotten': residents press council - again";
    expect(withoutDrawnLogo(text)).toBe(text);
  });
});
