import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../src/corpus-index.ts';
import { annotator, nlp, renewAnnotator, taggedSentences } from '../../src/text/nlp.ts';

// wink-nlp keeps every new word it reads in its model: after "at Bellamy's, which" it no longer splits "Bellamy's".
const ARTICLE = `# Grocer to cut jobs

Published March 12, 2024

Bellamy's Market agreed to be bought by Crestline for $1.4 billion.

Most of the cuts fall at Bellamy's, which has about 9,000 workers.
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nlp-state-'));
  await writeFile(join(dir, 'grocer.md'), ARTICLE);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const tokens = (text: string): string[] => nlp().readDoc(text).tokens().out();

describe('what wink-nlp has read before changes nothing', () => {
  it('an index is the same the second time the process builds it', async () => {
    const first = await buildCorpusIndex(dir);
    const second = await buildCorpusIndex(dir);
    expect(second.passages.map((p) => p.names)).toEqual(first.passages.map((p) => p.names));
    expect(first.passages.find((p) => p.text.startsWith("Bellamy's Market"))?.names[0]?.text).toBe('Bellamy');
  });

  it('a question is read the same before and after a build', async () => {
    const before = tokens("Who runs Bellamy's Market?");
    await buildCorpusIndex(dir);
    expect(tokens("Who runs Bellamy's Market?")).toEqual(before);
    expect(before).toContain("'s");
  });

  it('fresh annotators can be made again and again (the model is loaded once)', () => {
    for (let i = 0; i < 25; i++) {
      renewAnnotator();
      expect(annotator().readDoc('The ferry sailed at noon.').tokens().out()).toHaveLength(6);
    }
  });
});

// wink-nlp leaves "cannot" unsplit before a full stop and gives it no lemma: a corpus saying so once failed to build.
describe('a token wink-nlp gives no lemma is its own', () => {
  it('a paragraph ending "… cannot." is read, and its sentences indexed', async () => {
    const cannot = await mkdtemp(join(tmpdir(), 'nlp-cannot-'));
    try {
      const text = 'Cutting discs can be changed from inside the chamber. Main bearing seals, in practice, cannot.';
      await writeFile(join(cannot, 'tunnel.md'), `# Tunnel machine stuck\n\nPublished April 7, 2026\n\n${text}\n`);
      const index = await buildCorpusIndex(cannot);
      expect(index.passages.some((p) => p.text === 'Main bearing seals, in practice, cannot.')).toBe(true);
    } finally {
      await rm(cannot, { recursive: true, force: true });
    }
  });

  it('a question ending "cannot?" is tagged with the word as its lemma', () => {
    expect(taggedSentences('We cannot.')[0]?.map((t) => t.lemma)).toEqual(['we', 'cannot', '.']);
  });
});
