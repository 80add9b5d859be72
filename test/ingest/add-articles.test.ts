import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/corpus/front-matter.ts';
import { extractHtmlArticle, type HtmlArticle } from '../../src/corpus/html-article.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { addArticles, type AddOptions, type AddOutcome } from '../../src/ingest/add-articles.ts';
import { addressPolicy } from '../../src/ingest/address-policy.ts';
import { BUNDLED_CORPUS, HTML_FIXTURES } from '../support/paths.ts';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';

let server: NewsServer;
let dir: string;
let corpusDir: string;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coverage-bot-add-'));
  corpusDir = join(dir, 'corpus');
  await mkdir(corpusDir);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const ADDED = new Date('2025-01-31T12:00:00Z');
const options = (overrides: Partial<AddOptions> = {}): AddOptions => ({
  corpusDir,
  fetch: { policy: addressPolicy(true) },
  now: () => ADDED,
  ...overrides,
});
const page = (name: string): string => `${server.origin}/articles/${name}`;
const addOne = async (input: string, overrides: Partial<AddOptions> = {}): Promise<AddOutcome> =>
  (await addArticles([input], options(overrides)))[0]!;
/** Every file in the corpus folder, hidden ones (temporary files) included. */
const listing = (): Promise<string[]> => readdir(corpusDir).then((names) => names.sort());
const written = async (file: string): Promise<{ data: Record<string, unknown>; body: string }> => {
  const { data, body } = splitFrontMatter(await readFile(join(corpusDir, file), 'utf8'), file);
  return { data: data!, body };
};

describe('adding an article from a URL', () => {
  it("writes <published>-<outlet>-<slug>.md with the page's metadata as front matter", async () => {
    const outcome = await addOne(page('jsonld-og.html'));
    expect(outcome).toMatchObject({ status: 'added', replaced: null });
    const file = '2024-05-14-the-harbor-gazette-port-of-larkspur-approves-48-million-seawall.md';
    expect(await listing()).toEqual([file]);
    const { data } = await written(file);
    expect(data).toEqual({
      title: 'Port of Larkspur approves $48 million seawall',
      outlet: 'The Harbor Gazette',
      published: '2024-05-14',
      url: 'https://www.harborgazette.example/news/2024/05/14/larkspur-seawall-approved',
      author: 'Dana Whitfield, Luis Ortega',
      modified: '2024-05-15',
      added: '2025-01-31T12:00:00.000Z',
      extracted_by: expect.stringMatching(/^@mozilla\/readability \d+\.\d+\.\d+ over linkedom \d+\.\d+\.\d+$/),
    });
  });

  it('stores the link without tracking parameters, and falls back to the fetched address', async () => {
    const tracked = `${page('bare.html')}?utm_source=newsletter&utm_medium=email`;
    await addArticles([page('furniture.html'), tracked], options());
    const urls = await Promise.all((await listing()).map(async (f) => (await written(f)).data.url));
    expect(urls.sort()).toEqual([
      `${server.origin}/articles/bare.html`,
      'https://metrodispatch.example/transit/night-bus-service-restored',
    ]);
  });

  it('writes the article text without furniture, one paragraph a line, captions kept', async () => {
    await addArticles([page('furniture.html'), page('figure-caption.html')], options());
    // Named by date: the 2022 transit story, then the 2023 lake story.
    const [furniture, caption] = await Promise.all((await listing()).map(async (f) => (await written(f)).body));
    expect(furniture!.trim().split('\n\n')).toHaveLength(6);
    expect(furniture).not.toMatch(/cookies|Share on|Related|newsletter|Advertisement|Comments|Finally!/u);
    expect(caption).toContain('Boat docks sit on dry mud at the Sorrel Point marina');
    expect(caption).toContain('Photo: Jonas Berg / Northern Courier');
  });

  it('writes files the corpus loads with the same card: outlet, title, date and link from front matter', async () => {
    await addArticles([page('og-only.html'), page('bare.html')], options());
    const { sources, warnings } = await loadCorpus(corpusDir);
    expect(warnings).toEqual([]);
    expect(sources.map(({ outlet, title, published, origins }) => ({ outlet, title, published, origins }))).toEqual([
      {
        outlet: 'Valley Ledger',
        title: 'Library bond heads to voters in November',
        published: '2023-08-02',
        origins: { outlet: 'front-matter', title: 'front-matter', published: 'front-matter', url: 'front-matter' },
      },
      {
        outlet: 'The Riverside Post',
        title: 'Riverside schools add late bus routes',
        published: '2024-03-04',
        origins: { outlet: 'front-matter', title: 'front-matter', published: 'front-matter', url: 'front-matter' },
      },
    ]);
  });
});

describe('articles the corpus already holds', () => {
  it('are found by canonical link, without fetching again, even with tracking parameters added', async () => {
    await addOne(page('jsonld-og.html'));
    const before = await listing();
    const requests = server.requests.length;
    const again = await addOne('https://harborgazette.example/news/2024/05/14/larkspur-seawall-approved/?fbclid=x');
    expect(again).toEqual({
      status: 'duplicate',
      input: expect.any(String),
      duplicate: { file: before[0], reason: 'same link' },
    });
    expect(server.requests.length).toBe(requests);
    expect(await listing()).toEqual(before);
  });

  it('are found by text, whatever the link they came from', async () => {
    await addOne(page('bare.html'));
    const [file] = await listing();
    expect(await addOne(`${server.origin}/mirror/bare.html`)).toMatchObject({
      status: 'duplicate',
      duplicate: { file, reason: 'same text' },
    });
  });

  it('are found by text in files of any kind, .txt included', async () => {
    const html = await readFile(join(HTML_FIXTURES, 'bare.html'), 'utf8');
    const { paragraphs } = extractHtmlArticle(html, null) as HtmlArticle;
    await writeFile(join(corpusDir, 'saved.txt'), paragraphs.join('\n'));
    expect(await addOne(join(HTML_FIXTURES, 'bare.html'))).toMatchObject({
      status: 'duplicate',
      duplicate: { file: 'saved.txt', reason: 'same text' },
    });
  });

  it('are replaced with --force: one file, the new one', async () => {
    await addOne(page('og-only.html'), { now: () => new Date('2024-01-01T00:00:00Z') });
    const [file] = await listing();
    const outcome = await addOne(page('og-only.html'), { force: true });
    expect(outcome).toMatchObject({ status: 'replaced', file, replaced: file });
    expect(await listing()).toEqual([file]);
    expect((await written(file!)).data.added).toBe('2025-01-31T12:00:00.000Z');
  });

  it('are replaced with --force even when the old copy has another name', async () => {
    await copyFile(join(HTML_FIXTURES, 'figure-caption.html'), join(corpusDir, 'lake.html'));
    const outcome = await addOne(page('figure-caption.html'), { force: true });
    expect(outcome).toMatchObject({ status: 'replaced', replaced: 'lake.html' });
    expect(await listing()).toEqual([
      '2023-09-18-northern-courier-drought-shrinks-lake-sorrel-to-its-lowest-level-on-record.md',
    ]);
  });
});

describe('adding files', () => {
  it('extracts a saved .html page as it would the same page fetched', async () => {
    const outcome = await addOne(join(HTML_FIXTURES, 'furniture.html'));
    expect(outcome).toMatchObject({
      status: 'added',
      file: '2022-11-21-metro-dispatch-transit-board-votes-to-restore-night-bus-service.md',
    });
  });

  it('copies a .md or .txt article, keeping its front matter and marking what it had to guess', async () => {
    const source = join(dir, 'ferry.md');
    await writeFile(
      source,
      '---\noutlet: Island Times\nurl: https://islandtimes.example/ferry\n---\n' +
        'Ferry adds a late crossing\n\n' +
        'The county ferry will add a late-night crossing to Gull Island starting in June.\n',
    );
    const outcome = await addOne(source);
    expect(outcome).toMatchObject({
      status: 'added',
      file: 'undated-island-times-ferry-adds-a-late-crossing.md',
      article: { outlet: 'Island Times', title: 'Ferry adds a late crossing', guessed: ['title'] },
    });
    const { data } = await written('undated-island-times-ferry-adds-a-late-crossing.md');
    expect(data).toEqual({
      outlet: 'Island Times',
      url: 'https://islandtimes.example/ferry',
      added: '2025-01-31T12:00:00.000Z',
      extracted_by: 'copied as is from ferry.md',
    });
  });
});

describe('adding a record made of front matter alone', () => {
  it('cites its excerpt, keeps its related list, and is found again by its link', async () => {
    const record = join(BUNDLED_CORPUS, 'business-insider-2020-06-10-amazon-suspends-police-use.md');
    const outcome = await addOne(record);
    expect(outcome).toMatchObject({
      status: 'added',
      article: {
        outlet: 'Business Insider',
        published: '2020-06-10',
        opening: expect.stringMatching(/^Police departments /),
      },
    });
    const { data } = await written((outcome as { file: string }).file);
    expect((data.related as unknown[]).length).toBeGreaterThan(5);
    expect(await addOne(record)).toMatchObject({ status: 'duplicate', duplicate: { reason: 'same link' } });
  });
});

describe('refusals and failures', () => {
  it.each([
    ['a non-HTTP URL', 'file:///etc/passwd', 'FETCH_REFUSED'],
    ['a private address', 'http://10.0.0.8/story', 'FETCH_REFUSED'],
    ['a page that is no article', '/articles/section-front.html', 'NO_ARTICLE'],
    ['a page that is not HTML', '/pdf', 'FETCH_REFUSED'],
    ['a page over the cap', '/huge-declared', 'FETCH_REFUSED'],
    ['a page that never comes', '/slow', 'FETCH_FAILED'],
    ['a missing file', 'no-such-article.html', 'ADD_INPUT_INVALID'],
    ['a file of another kind', 'package.json', 'ADD_INPUT_INVALID'],
  ])('leave the corpus untouched: %s', async (_what, input, code) => {
    const url = input.startsWith('/') ? `${server.origin}${input}` : input;
    const strict = !input.startsWith('/');
    const outcome = await addOne(url, { fetch: { policy: addressPolicy(!strict), timeoutMs: 300 } });
    expect(outcome).toMatchObject({ status: 'failed', error: { code } });
    expect((outcome as { error: Error }).error.message.startsWith(`${url}: `)).toBe(true);
    expect(await listing()).toEqual([]);
  });

  it('go on to the next input', async () => {
    const outcomes = await addArticles(['ftp://x.example/a', page('bare.html')], options());
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'added']);
  });

  it('stop before anything is fetched when the corpus folder is missing, naming it and the fix', async () => {
    const requests = server.requests.length;
    await expect(addArticles([page('og-only.html')], options({ corpusDir: join(dir, 'nowhere') }))).rejects.toThrow(
      /nowhere cannot be read; create it or point CORPUS_DIR at/,
    );
    expect(server.requests.length).toBe(requests);
  });
});
