import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readEntry, splitFrontMatter } from '../../src/corpus/front-matter.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';

// A page clipped into Logseq: its properties, then every paragraph a bullet, nested by tabs, with the outliner's own
// to-do items and a block's property among them.
const PAGE = [
  'title:: Tollgate bus petition',
  'source:: https://www.councilmatters.example/transport/tollgate-bus-petition',
  'publication:: [[Council Matters]]',
  'published:: [[May 20th, 2026]]',
  'tags:: buses, petitions',
  '',
  '- **Petition to save the Tollgate bus route reaches 4,000 names**',
  '- A petition to keep the number 14 bus running through Tollgate has passed 4,000 signatures in a fortnight.',
  '\t- The county plans to cut the route from September, saying fewer than 90 people a day now use it.',
  '\t  collapsed:: true',
  '\t\t- Campaigners will hand the petition to the transport committee when it meets on 3 June.',
  '- TODO ask the county for the passenger counts',
  '- LATER check whether the committee meeting is webcast',
  '',
].join('\n');

describe('an outliner\'s page opening on its properties (Logseq\'s "key:: value" lines)', () => {
  it('gives its publication, date and source as front matter, and not its page name as the headline', () => {
    const { data } = splitFrontMatter(PAGE, 'Tollgate bus petition.md');
    expect(data).toMatchObject({ publication: 'Council Matters', published: 'May 20th, 2026' });
    expect(readEntry(data)).toMatchObject({
      title: null,
      outlet: 'Council Matters',
      published: '2026-05-20',
      url: 'https://www.councilmatters.example/transport/tollgate-bus-petition',
    });
  });

  it("is read without its bullets, its nesting, the outliner's to-do items and its blocks' properties", () => {
    const { body } = splitFrontMatter(PAGE, 'Tollgate bus petition.md');
    expect(body.trim().split(/\n+/u)).toEqual([
      '**Petition to save the Tollgate bus route reaches 4,000 names**',
      'A petition to keep the number 14 bus running through Tollgate has passed 4,000 signatures in a fortnight.',
      'The county plans to cut the route from September, saying fewer than 90 people a day now use it.',
      'Campaigners will hand the petition to the transport committee when it meets on 3 June.',
    ]);
  });

  it('needs two such lines at the top: one is a line of the text', () => {
    const note = 'Note:: the figures come from the county.\n\nThe county plans to cut the route from September.';
    expect(splitFrontMatter(note, 'note.md')).toEqual({ data: null, body: note });
  });
});

describe("an outliner's page in the corpus folder", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is the publication its properties name, dated and linked by them, and headed by its first bullet', async () => {
    dir = await mkdtemp(join(tmpdir(), 'coverage-bot-logseq-'));
    await writeFile(join(dir, 'Tollgate bus petition.md'), PAGE);
    const { sources, warnings } = await loadCorpus(dir);
    expect(warnings).toEqual([]);
    expect(sources[0]).toMatchObject({
      outlet: 'Council Matters',
      title: 'Petition to save the Tollgate bus route reaches 4,000 names',
      published: '2026-05-20',
      url: 'https://www.councilmatters.example/transport/tollgate-bus-petition',
    });
    expect(sources[0]!.text).not.toMatch(/::|TODO|LATER|^- /mu);
  });
});
