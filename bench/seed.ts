/** Seed corpus: index build time, ask() latency percentiles over the eval questions, answers per second, memory. */
import { buildCorpusIndex } from '../src/corpus-index.ts';
import { engineFromIndex } from '../src/create-engine.ts';
import { evalItems, memoryMb, quantile, report, SEED_CORPUS } from './measure.ts';

const ROUNDS = Number(process.argv[2] ?? 40);
const t0 = performance.now();
const index = await buildCorpusIndex(SEED_CORPUS);
const buildMs = performance.now() - t0;
const engine = engineFromIndex(index);
const questions = (await evalItems()).map((i) => i.question);

// The first round meets every question for the first time (cold caches); later rounds are the steady state.
const first: number[] = [];
const steady: number[] = [];
const started = performance.now();
for (let round = 0; round < ROUNDS; round++) {
  for (const question of questions) {
    const t = performance.now();
    await engine.ask(question);
    (round === 0 ? first : steady).push(performance.now() - t);
  }
}
const seconds = (performance.now() - started) / 1000;
report({
  passages: index.passages.length,
  questions: questions.length,
  asks: ROUNDS * questions.length,
  buildMs,
  p50: quantile(steady, 0.5),
  p95: quantile(steady, 0.95),
  p99: quantile(steady, 0.99),
  firstP50: quantile(first, 0.5),
  firstP99: quantile(first, 0.99),
  answersPerSecond: (ROUNDS * questions.length) / seconds,
  ...memoryMb(),
});
