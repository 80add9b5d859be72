import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { splitFrontMatter } from '../../src/corpus/front-matter.ts';
import { newsDatabaseExport } from '../../src/corpus/news-database-export.ts';

const FACTIVA = `
HD     Pool shut overnight as engineers find roof planks
BY     Jo Example, Local Democracy Reporter
WC     412 words
PD     3 March 2026
SN     Example Gazette
SC     EXGZ
LA     English
CY     (c) 2026 Example Newspapers Ltd. All rights reserved.

LP     The leisure centre was closed without warning yesterday after a survey found
       cracked planks in its roof.

TD     The survey counted 312 planks in the roof of the pool hall.

       The council received the report at lunchtime on Monday.

CO     exmpl : Example Borough Council
AN     Document EXGZ0020260303e2330000b


Search Summary
Text               pool AND roof
Results Found      1
`;

const NEXIS = `Drivers to get their money back

Example Evening Post
February 19, 2026 Thursday
First Edition

Copyright 2026 Example Newspapers Ltd All Rights Reserved

Section: NEWS; Pg. 7
Length: 94 words
Byline: Jo Example, Transport Correspondent

Body


DRIVERS caught by a faulty speed camera van will have every penny refunded.

The refunds are expected to cost about £220,000.


Load-Date: February 20, 2026


End of Document
`;

const read = (text: string) => {
  const markdown = newsDatabaseExport(text);
  if (!markdown) return null;
  const { data, body } = splitFrontMatter(markdown, 'export.txt');
  return { ...data, paragraphs: body.trim().split(/\n\n/u) };
};

describe('a news database export', () => {
  it("reads Factiva's coded fields: the headline, the source as outlet, the date and the byline", () => {
    expect(read(FACTIVA)).toMatchObject({
      title: 'Pool shut overnight as engineers find roof planks',
      outlet: 'Example Gazette',
      published: '2026-03-03',
      byline: 'Jo Example, Local Democracy Reporter',
    });
  });

  it('keeps its lead and text as paragraphs, lines joined, and leaves its codes and search summary out', () => {
    expect(read(FACTIVA)?.paragraphs).toEqual([
      'The leisure centre was closed without warning yesterday after a survey found cracked planks in its roof.',
      'The survey counted 312 planks in the roof of the pool hall.',
      'The council received the report at lunchtime on Monday.',
    ]);
  });

  it('reads the first document of several: the next headline opens another article', () => {
    const two = `${FACTIVA}\nHD     Another story entirely\nSN     Other Paper\nPD     4 March 2026\nTD     Other text.\n`;
    expect(read(two)?.paragraphs).not.toContain('Other text.');
  });

  it("reads Nexis's head lines as title, publication and date; the outlet is not the copyright's owner", () => {
    expect(read(NEXIS)).toMatchObject({
      title: 'Drivers to get their money back',
      outlet: 'Example Evening Post',
      published: '2026-02-19',
      byline: 'Jo Example, Transport Correspondent',
    });
  });

  it('keeps only the text between "Body" and "Load-Date"', () => {
    expect(read(NEXIS)?.paragraphs).toEqual([
      'DRIVERS caught by a faulty speed camera van will have every penny refunded.',
      'The refunds are expected to cost about £220,000.',
    ]);
  });

  it('leaves any other text alone: a story that quotes a field code or says "End of Document"', () => {
    expect(read('HD     is a high-definition channel\n\nThe story goes on.')).toBeNull();
    expect(read('The clerk wrote "End of Document" at the foot of the page.\nEnd of Document\n')).toBeNull();
  });
});

describe('a news database export dropped into a corpus', () => {
  it('is read as its article, cited by the outlet and date the export gives', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'export-'));
    await writeFile(join(dir, 'Factiva-20260304-0917.txt'), FACTIVA);
    const [source] = (await loadCorpus(dir)).sources;
    expect(source).toMatchObject({
      outlet: 'Example Gazette',
      title: 'Pool shut overnight as engineers find roof planks',
      published: '2026-03-03',
    });
  });
});
