/**
 * Scale, one step per process (so each one's memory is its own): `build N` generates the synthetic corpus (once),
 * builds its index into a fresh cache and writes the generated questions and the passages' texts for the peers;
 * `load N` starts from that cache and asks every generated question, against raw search on the same questions.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { progressBar } from '../src/cli/progress-bar.ts';
import { cacheFileFor } from '../src/index-cache/index-cache.ts';
import { silentLogger } from '../src/logger.ts';
import { generateCorpus } from '../scripts/generate-corpus.ts';
import {
  latencies,
  passagesFile,
  peakRssMb,
  questionsFile,
  recallAt5,
  report,
  ROOT,
  type Latencies,
} from './measure.ts';
import { generateQuestions, type BenchQuestion } from './questions.ts';

/**
 * A module of the engine as compiled (`npm run bench` compiles it first), as `npm start` and `npm run ask` run it:
 * from source, each of the build's worker threads would load tsx and compile the sources again, and an index built
 * from source would not be the compiled code's (the cache's key covers the code).
 */
const compiled = <T>(module: string): Promise<T> =>
  import(new URL(`../dist/src/${module}.js`, import.meta.url).href) as Promise<T>;
const { openIndex } = await compiled<typeof import('../src/index-cache/open-index.ts')>('index-cache/open-index');
const { engineFromIndex } = await compiled<typeof import('../src/create-engine.ts')>('create-engine');
const { analyzeFor, rankFor } =
  await compiled<typeof import('../src/answer/answer-question.ts')>('answer/answer-question');
const { searchTerms } = await compiled<typeof import('../src/answer/search-terms.ts')>('answer/search-terms');

const QUESTIONS = 240;
const [mode, size] = [process.argv[2], Number(process.argv[3])];
const corpusDir = join(ROOT, 'bench/corpus', String(size));
const cacheDir = join(ROOT, 'bench/corpus/.cache');
const options = { corpusDir, cacheDir, logger: silentLogger(), clock: () => performance.now() };

/** What `build N` reports. */
export interface BuildResult {
  size: number;
  sources: number;
  passages: number;
  buildMs: number;
  cpuMs: number;
  cacheBytes: number;
  peakRssMb: number;
}
/** What `load N` reports. */
export interface LoadResult extends Latencies {
  size: number;
  questions: number;
  loadMs: number;
  search: Latencies;
  recallAt5: number;
  searchRecallAt5: number;
  peakRssMb: number;
}

if (mode === 'build') {
  // Generated once per size and reused (deterministic, so the same articles every time).
  if (!existsSync(join(corpusDir, 'manifest.yaml'))) await generateCorpus(corpusDir, size);
  await mkdir(cacheDir, { recursive: true });
  await rm(cacheFileFor(cacheDir, corpusDir), { force: true });
  const progress = progressBar(process.stderr);
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const { index } = (await openIndex({ ...options, progress }))!;
  const buildMs = performance.now() - t0;
  const { user, system } = process.cpuUsage(cpu);
  progress.done();
  const questions = generateQuestions(index, QUESTIONS);
  await writeFile(questionsFile(size), JSON.stringify(questions));
  await writeFile(passagesFile(size), JSON.stringify(index.passages.map((p) => p.text)));
  report({
    size,
    sources: index.sources.length,
    passages: index.passages.length,
    buildMs,
    cpuMs: (user + system) / 1000,
    cacheBytes: (await stat(cacheFileFor(cacheDir, corpusDir))).size,
    peakRssMb: peakRssMb(),
  } satisfies BuildResult);
} else {
  const t0 = performance.now();
  const opened = (await openIndex(options))!;
  const loadMs = performance.now() - t0;
  if (opened.from !== 'cache') throw new Error('the index was not loaded from the cache: run the build step first');
  const { index } = opened;
  const questions = JSON.parse(await readFile(questionsFile(size), 'utf8')) as BenchQuestion[];
  const engine = engineFromIndex(index);
  for (const { question } of questions.slice(0, 10)) await engine.ask(question); // warm-up, as a running bot is
  const asked = await latencies(questions, (q) => engine.ask(q.question));
  const searchFor = (question: string, limit: number): number[] =>
    index.search.search(searchTerms(index, analyzeFor(index, question)), limit).map((h) => h.index);
  const search = await latencies(questions, (q) => searchFor(q.question, 60));
  const graded = questions.filter((q) => q.relevant.length > 0);
  report({
    size,
    questions: questions.length,
    loadMs,
    ...asked,
    search,
    recallAt5: recallAt5(graded, (q) => rankFor(index, q.question).map((c) => c.passage.index)),
    searchRecallAt5: recallAt5(graded, (q) => searchFor(q.question, 5)),
    peakRssMb: peakRssMb(),
  } satisfies LoadResult);
}
