import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusIndex, type CorpusIndex } from '../../src/corpus-index.ts';

// Many articles with the town in their headline, each saying it once in a longer sentence.
const ARTICLES = 12;
let dir: string;
let index: CorpusIndex;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'headline-share-'));
  for (let i = 0; i < ARTICLES; i++) {
    const text = [
      '---',
      `title: "Cedar Hollow volunteers join study number ${i}"`,
      'publication: Valley Post',
      '---',
      '',
      `Officials in Cedar Hollow said ${i + 2} volunteers signed up for the trial at the clinic on Monday morning.`,
    ].join('\n');
    await writeFile(join(dir, `article-${i}.md`), text);
  }
  index = await buildCorpusIndex(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('headlines among the hits', () => {
  it('keep to their share, so sentences that can answer are found', () => {
    const hits = index.search.search(
      new Map([
        ['cedar', 1.5],
        ['hollow', 1.5],
      ]),
      8,
    );
    const kinds = hits.map((h) => index.passages[h.index]!.kind);
    expect(hits).toHaveLength(8);
    expect(kinds.filter((k) => k === 'headline')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'sentence')).toHaveLength(6);
  });
});
