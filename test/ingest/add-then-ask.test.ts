import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/create-engine.ts';
import type { Engine } from '../../src/engine.ts';
import { addArticles, type AddOptions } from '../../src/ingest/add-articles.ts';
import { addressPolicy } from '../../src/ingest/address-policy.ts';
import { LogCapture } from '../support/log-capture.ts';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';

let server: NewsServer;
let dir: string;
let corpusDir: string;
let engine: Engine | undefined;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coverage-bot-add-ask-'));
  corpusDir = join(dir, 'corpus');
  await mkdir(corpusDir);
});
afterEach(async () => {
  await engine?.close();
  engine = undefined;
  await rm(dir, { recursive: true, force: true });
});

const add = (...names: string[]): ReturnType<typeof addArticles> => {
  const options: AddOptions = { corpusDir, fetch: { policy: addressPolicy(true) } };
  return addArticles(
    names.map((name) => `${server.origin}/articles/${name}`),
    options,
  );
};
const SEAWALL_CARD = {
  outlet: 'The Harbor Gazette',
  title: 'Port of Larkspur approves $48 million seawall',
  published: '2024-05-14',
  url: 'https://www.harborgazette.example/news/2024/05/14/larkspur-seawall-approved',
  listedBy: null,
};

describe('an article added from a URL', () => {
  it('is cited by the bot with the outlet, title, date and link read from the page', async () => {
    expect((await add('jsonld-og.html', 'og-only.html', 'furniture.html')).map((o) => o.status)).toEqual([
      'added',
      'added',
      'added',
    ]);
    engine = await createEngine({ corpusDir, cacheDir: null });
    expect(engine.stats().warnings).toEqual([]);
    const answer = await engine.ask('When will construction of the seawall begin?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('begin in September');
    expect(answer.citations[0]).toMatchObject({ ...SEAWALL_CARD, quote: expect.stringContaining('September') });

    const owl = await engine.ask('How much will restoring the Owl network cost?');
    expect(owl.citations[0]).toMatchObject({
      outlet: 'Metro Dispatch',
      title: 'Transit board votes to restore night bus service',
      published: '2022-11-21',
      url: 'https://metrodispatch.example/transit/night-bus-service-restored',
    });
    expect(owl.answer).toContain('$9.4 million');
  });

  it('reaches a running bot through hot reload', async () => {
    await add('og-only.html');
    const log = new LogCapture();
    engine = await createEngine({ corpusDir, cacheDir: null, watch: true, watchDebounceMs: 20, logger: log.logger });
    expect((await engine.ask('Who cast the only vote against the seawall?')).abstained).toBe(true);
    const reloaded = log.next('index_reloaded');
    const [outcome] = await add('jsonld-og.html');
    expect(await reloaded).toMatchObject({ added: [(outcome as { file: string }).file], removed: [] });
    const answer = await engine.ask('Who cast the only vote against the seawall?');
    expect(answer.answer).toContain('Rob Tanaka');
    expect(answer.citations[0]).toMatchObject(SEAWALL_CARD);
  });
});
