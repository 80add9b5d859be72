import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';

const REPEATED = 'The commission meets again on the first Monday of each month.';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-pool-'));
  const manifest = ['files:'];
  for (let i = 0; i < 30; i++) {
    const name = `story-${String(i).padStart(2, '0')}.txt`;
    // On three pages, which two workers read: only the whole corpus shows it is repeated.
    const promo = i === 0 || i === 15 || i === 29 ? `\n\n${REPEATED}` : '';
    const body = `The port commission approved ${i} new cranes on Tuesday.\n\nWork starts in ${i + 2} weeks.${promo}`;
    await writeFile(join(dir, name), body);
    if (i % 2 === 0) manifest.push(`  ${name}:`, '    outlet: "Harbor Ledger"', `    title: "Cranes, part ${i}"`);
  }
  await writeFile(join(dir, 'manifest.yaml'), `${manifest.join('\n')}\n`);
  await writeFile(join(dir, 'story-15b.txt'), '');
  await writeFile(join(dir, 'story-20b.txt'), 'Share this article\n\nAdvertisement');
  await writeFile(join(dir, 'scan.pdf'), '%PDF-1.4');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('reading a corpus in worker threads', () => {
  it('gives the same sources and warnings, in the same order, as reading it on one thread', async () => {
    const here = await loadCorpus(dir, { workers: 0 });
    const there = await loadCorpus(dir, { workers: 3 });
    expect(there).toEqual(here);
    expect(here.sources.map((s) => s.file)).toContain('story-29.txt');
    expect(here.warnings.map((w) => w.split(':')[0])).toEqual(['scan.pdf', 'story-15b.txt', 'story-20b.txt']);
  });

  it('finds the paragraphs repeated across slices read by different workers', async () => {
    const { sources } = await loadCorpus(dir, { workers: 2 });
    const first = sources.find((s) => s.file === 'story-00.txt')!;
    const last = sources.find((s) => s.file === 'story-29.txt')!;
    expect(first.text).toContain(REPEATED);
    expect(first.paragraphs.map(([start, end]) => first.text.slice(start, end))).not.toContain(REPEATED);
    expect(last.paragraphs.map(([start, end]) => last.text.slice(start, end))).not.toContain(REPEATED);
    expect(last.paragraphs).toHaveLength(2);
  });
});
