/**
 * Scale, one corpus size per process: `build N` builds the synthetic corpus's index and saves the cache;
 * `load N` starts from that cache and measures ask() against raw search on the same questions.
 */
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { engineFromIndex } from '../src/create-engine.ts';
import { analyzeFor } from '../src/answer/answer-question.ts';
import { searchTerms } from '../src/answer/candidates.ts';
import { openIndex } from '../src/index-cache/open-index.ts';
import { cacheFileFor } from '../src/index-cache/index-cache.ts';
import { silentLogger } from '../src/logger.ts';
import { Vocabulary } from '../src/retrieval/vocabulary.ts';
import { generateCorpus } from '../scripts/generate-corpus.ts';
import { memoryMb, quantile, report, ROOT, SYNTHETIC_QUESTIONS } from './measure.ts';

const [mode, size] = [process.argv[2], Number(process.argv[3])];
const corpusDir = join(ROOT, 'bench/corpus', String(size));
const cacheDir = join(ROOT, 'bench/corpus/.cache');
const options = { corpusDir, cacheDir, logger: silentLogger(), clock: () => performance.now() };

if (mode === 'build') {
  // Generated once per size and reused (deterministic, so the same articles every time).
  if (!existsSync(join(corpusDir, 'manifest.yaml'))) await generateCorpus(corpusDir, size);
  await mkdir(cacheDir, { recursive: true });
  const t0 = performance.now();
  const opened = (await openIndex({ ...options, cacheDir: null }))!;
  const buildMs = performance.now() - t0;
  const memory = memoryMb();
  const { index } = opened;
  // Is the vocabulary (a SearchableMap) cheaper to save or to recount from passages on load?
  const snapshot = index.vocabulary.toJSON();
  let t = performance.now();
  new Vocabulary(index.sources, index.passages, JSON.parse(JSON.stringify(snapshot)));
  const vocabularyLoadMs = performance.now() - t;
  const { writeIndexCache } = await import('../src/index-cache/index-cache.ts');
  await writeIndexCache(cacheFileFor(cacheDir, corpusDir), opened.fingerprint.key, index);
  const cacheBytes = (await stat(cacheFileFor(cacheDir, corpusDir))).size;
  report({ size, sources: index.sources.length, passages: index.passages.length, buildMs, cacheBytes, vocabularyLoadMs, buildRssMb: memory.rssMb });
} else {
  // Indexing code edited since the build makes the cache stale: that open rebuilds and rewrites it, the next one loads.
  let t0 = performance.now();
  let opened = (await openIndex(options))!;
  if (opened.from !== 'cache') [t0, opened] = [performance.now(), (await openIndex(options))!];
  const loadMs = performance.now() - t0;
  const { index } = opened;
  const engine = engineFromIndex(index);
  const ask: number[] = [];
  const search: number[] = [];
  for (let round = 0; round < 6; round++) {
    for (const question of SYNTHETIC_QUESTIONS) {
      let t = performance.now();
      await engine.ask(question);
      if (round > 0) ask.push(performance.now() - t);
      t = performance.now();
      index.search.search(searchTerms(index, analyzeFor(index, question)), 60);
      if (round > 0) search.push(performance.now() - t);
    }
  }
  report({ size, loadMs, p50: quantile(ask, 0.5), p99: quantile(ask, 0.99), searchP50: quantile(search, 0.5), searchP99: quantile(search, 0.99), ...memoryMb() });
}
