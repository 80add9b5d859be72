import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';

const PROSE =
  'The exchange halted trading in all shares at 09:14 on Monday after its matching engine failed, and it did not ' +
  'reopen until 14:45, brokers and the exchange said in statements.';

describe('a manifest entry for a file that states its own metadata', () => {
  let dir: string;
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('wins: someone wrote it for that very file, over what the file or the page says of itself', async () => {
    dir = await mkdtemp(join(tmpdir(), 'coverage-manifest-'));
    await writeFile(
      join(dir, 'notice.md'),
      `---\ntitle: Market Notice 114\noutlet: KSX\ndate: 2026-03-09\n---\n\n${PROSE}\n`,
    );
    await writeFile(
      join(dir, 'manifest.yaml'),
      [
        'files:',
        '  notice.md:',
        '    outlet: Kelderstad Stock Exchange',
        '    title: "Market Notice 114: trading suspended"',
      ].join('\n'),
    );
    const [source] = (await loadCorpus(dir)).sources;
    expect(source).toMatchObject({
      outlet: 'Kelderstad Stock Exchange',
      title: 'Market Notice 114: trading suspended',
      // What the manifest leaves out still comes from the file.
      published: '2026-03-09',
      origins: { outlet: 'manifest', title: 'manifest', published: 'front-matter' },
    });
  });

  it('keeps the good fields of an entry with a bad one, and says which it left out', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'coverage-manifest-'));
    await writeFile(join(folder, 'post.txt'), `# A cold morning on the sands\n\n${PROSE}\n`);
    const entry = ['  post.txt:', '    outlet: Rivets & Example', '    url: gemini://rivets.example/post.gmi'];
    await writeFile(join(folder, 'manifest.yaml'), ['files:', ...entry].join('\n'));
    const corpus = await loadCorpus(folder);
    expect(corpus.sources[0]).toMatchObject({ outlet: 'Rivets & Example', origins: { outlet: 'manifest' } });
    expect(corpus.warnings.join('\n')).toMatch(/entry for post\.txt: url .*; url left out, the rest of the entry/u);
    await rm(folder, { recursive: true, force: true });
  });
});
