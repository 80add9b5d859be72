import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../src/create-engine.ts';
import type { Engine } from '../src/engine.ts';
import { openIndex, type OpenIndexOptions } from '../src/index-cache/open-index.ts';
import { answerQuestion } from '../src/answer/answer-question.ts';
import { LiveIndex } from '../src/reload/live-index.ts';
import { LogCapture, steppingClock } from './support/log-capture.ts';
import { MINI_CORPUS } from './support/paths.ts';

let dir: string;
let corpusDir: string;
let log: LogCapture;
let engine: Engine | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coverage-bot-reload-'));
  corpusDir = join(dir, 'corpus');
  await cp(MINI_CORPUS, corpusDir, { recursive: true });
  log = new LogCapture();
});
afterEach(async () => {
  await engine?.close();
  engine = undefined;
  await rm(dir, { recursive: true, force: true });
});

const BUDGET = 'city-times-budget-vote.txt';
// Written to a hidden file (which the watcher ignores) and renamed into place, so no reload sees half a file.
const place = async (name: string, content: string | Buffer): Promise<void> => {
  await writeFile(join(corpusDir, `.${name}.tmp`), content);
  await rename(join(corpusDir, `.${name}.tmp`), join(corpusDir, name));
};
const editBudget = async (): Promise<void> =>
  place(BUDGET, (await readFile(join(corpusDir, BUDGET), 'utf8')).replace(/\$12 million/g, '$14 million'));
const watching = async (): Promise<Engine> =>
  (engine = await createEngine({
    corpusDir,
    cacheDir: join(dir, 'cache'),
    logger: log.logger,
    clock: steppingClock(),
    watch: true,
    watchDebounceMs: 20,
  }));
const ARTICLE =
  'Ferry Service Expands\n\nThe county ferry will add a late-night crossing to Gull Island starting in June, the transit agency said.\n\n' +
  'The new crossing costs $2 million a year, paid from the transit levy.\n';

describe('hot reload (watching the corpus directory)', () => {
  it('answers from an edited file once the reload lands, and logs counts and time', async () => {
    const bot = await watching();
    expect((await bot.ask('How much did the council approve?')).answer).toContain('$12 million');
    const reloaded = log.next('index_reloaded');
    await editBudget();
    expect(await reloaded).toMatchObject({
      changed: [BUDGET],
      added: [],
      removed: [],
      sources: bot.stats().sources,
      ms: expect.any(Number),
    });
    expect((await bot.ask('How much did the council approve?')).answer).toContain('$14 million');
  });

  it('builds the new index in a worker thread and only loads it on the answering thread', async () => {
    await watching();
    const reloaded = log.next('index_reloaded');
    await editBudget();
    // The worker wrote the cache; this thread loaded it rather than building.
    expect(await reloaded).toMatchObject({ changed: [BUDGET], from: 'cache' });
    expect(log.all('index_built_off_thread')).toHaveLength(1);
    expect(log.all('index_built').length).toBe(1);
  });

  it('reflects an added and a removed file', async () => {
    const bot = await watching();
    const before = bot.stats().sources;
    expect((await bot.ask('When will the ferry add a late-night crossing to Gull Island?')).abstained).toBe(true);
    let reloaded = log.next('index_reloaded');
    await place('county-ferry.txt', ARTICLE);
    expect(await reloaded).toMatchObject({ added: ['county-ferry.txt'] });
    expect(bot.stats().sources).toBe(before + 1);
    expect((await bot.ask('When will the ferry add a late-night crossing to Gull Island?')).answer).toContain('June');

    reloaded = log.next('index_reloaded');
    await rm(join(corpusDir, BUDGET));
    expect(await reloaded).toMatchObject({ removed: [BUDGET] });
    expect(bot.sources().some((s) => s.file === BUDGET)).toBe(false);
  });

  it('reports a broken new file and still swaps in the rest', async () => {
    const bot = await watching();
    await place('broken.txt', Buffer.from([0x00, 0x01, 0x02, 0xff]));
    await place('county-ferry.txt', ARTICLE);
    // The two files may land in one reload or two: wait until both have.
    const reports = [];
    while (!reports.flatMap((r) => r.added as string[]).includes('county-ferry.txt'))
      reports.push(await log.next('index_reloaded'));
    expect(reports.flatMap((r) => r.added as string[])).toEqual(
      expect.arrayContaining(['broken.txt', 'county-ferry.txt']),
    );
    expect(reports.flatMap((r) => r.newWarnings as string[])).toEqual([
      expect.stringMatching(/^broken\.txt: looks binary/),
    ]);
    expect(log.all('corpus_warning').some((r) => String(r.msg).startsWith('broken.txt'))).toBe(true);
    expect(bot.stats().warnings.some((w) => w.startsWith('broken.txt'))).toBe(true);
    expect((await bot.ask('How much does the new ferry crossing cost?')).answer).toContain('$2 million');
  });
});

describe('LiveIndex', () => {
  const options = (): OpenIndexOptions => ({ corpusDir, cacheDir: null, logger: log.logger, clock: steppingClock() });

  it('lets questions in flight finish on the old index while the new one is built, then swaps', async () => {
    const live = new LiveIndex((await openIndex(options()))!, (unless) => openIndex(options(), unless), log.logger);
    const old = live.current;
    await editBudget();
    const reload = live.reload();
    // Asked while the rebuild is under way: taken from the index current at the time, never half of each.
    const during = Array.from(
      { length: 10 },
      () => answerQuestion(live.current, 'How much did the council approve?', 'x').answer,
    );
    expect(live.current).toBe(old);
    for (const answer of during) expect(answer.answer).toContain('$12 million');
    expect(await reload).toMatchObject({ changed: [BUDGET] });
    expect(live.current).not.toBe(old);
    expect(answerQuestion(live.current, 'How much did the council approve?', 'y').answer.answer).toContain(
      '$14 million',
    );
  });

  it('skips the swap when nothing changed, and keeps the old index when the corpus becomes unusable', async () => {
    const live = new LiveIndex((await openIndex(options()))!, (unless) => openIndex(options(), unless), log.logger);
    const old = live.current;
    expect(await live.reload()).toBeNull();
    const failed = new Promise<Error>((resolve) => live.once('reload-failed', resolve));
    await rm(corpusDir, { recursive: true });
    await live.reload();
    expect((await failed).message).toMatch(/cannot be read/);
    expect(live.current).toBe(old);
    expect(log.all('index_reload_failed')).toHaveLength(1);
  });
});
