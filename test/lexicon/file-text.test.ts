import { describe, expect, it } from 'vitest';
import { FileText } from '../../src/lexicon/file-text.ts';
import { collocationsExtending, releaseSenseIndex, senseIndexText } from '../../src/lexicon/sense-index.ts';
import { readDictionaryFile } from '../../src/lexicon/wordnet-files.ts';

const whole = readDictionaryFile('index.sense');
const blocks = new FileText('index.sense');

describe('a WordNet file read by blocks', () => {
  it('reads as the whole file does, across block boundaries and at its ends', () => {
    expect(blocks.length).toBe(whole.length);
    // Positions on, around and far from 4 KB block boundaries, and the file's first and last characters.
    const positions = [0, 1, 4095, 4096, 4097, 8191, 123_457, whole.length - 2, whole.length - 1];
    for (const at of positions) {
      expect(blocks.charCodeAt(at)).toBe(whole.charCodeAt(at));
      expect(blocks.indexOf('\n', at)).toBe(whole.indexOf('\n', at));
      expect(blocks.slice(at, at + 5000)).toBe(whole.slice(at, at + 5000));
      expect(blocks.startsWith(whole.slice(at, at + 30), at)).toBe(true);
    }
    expect(blocks.charCodeAt(whole.length)).toBeNaN();
    expect(blocks.indexOf('\u0001', 0)).toBe(-1);
  });

  it('finds the same lines of index.sense as its whole text', () => {
    const prefixes = ['chief', 'police', 'abandon', 'zymurgy', 'zzz-not-a-word'];
    releaseSenseIndex();
    const byBlocks = prefixes.map(collocationsExtending);
    senseIndexText();
    expect(prefixes.map(collocationsExtending)).toEqual(byBlocks);
    expect(byBlocks[0]).toContain('chief_executive');
  });
});
