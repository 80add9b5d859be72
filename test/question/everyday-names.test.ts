import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import { buildCorpusIndex, type CorpusIndex } from '../../src/corpus-index.ts';

// "News" is only ever part of an outlet's name here; "Ring" is a company named by that one word.
const ARTICLE = `# Ring signs camera agreements with 40 police departments

Published June 3, 2024

The doorbell camera company Ring said on Tuesday it had signed agreements with 40 police departments, Lakeside News
reported.

The city announced the closure of Pier Street in a statement to Lakeside News.

Cameras made by Ring are sold in 12 countries.
`;

let dir: string;
let index: CorpusIndex;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'everyday-names-'));
  await writeFile(join(dir, 'ring.md'), ARTICLE);
  index = await buildCorpusIndex(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const names = (question: string): string[] => analyzeFor(index, question).names.map((n) => n.text);

describe('an everyday word typed in lower case is a name only where the coverage names something by it alone', () => {
  it('"news" is written only inside "Lakeside News": in "break the news" it is the word, not a name', () => {
    expect(names('how did the city break the news about the closure?')).toEqual([]);
  });

  it('"ring" is a company named by that word alone: a question about it names it', () => {
    expect(names('how many police departments does ring have agreements with?')).toEqual(['Ring']);
  });
});
