/**
 * Measures the lexicon for a corpus: feeding and build time (cold, in a fresh process), snapshot size, load time
 * and the cost of question-time lookups. Usage: tsx scripts/lexicon-stats.ts [corpus dir ...] (default: corpus/)
 */
import { gzipSync } from 'node:zlib';
import { loadCorpus } from '../src/corpus/load-corpus.ts';
import { feedText, Lexicon, LexiconBuilder, LexiconSnapshotSchema, type WordClass } from '../src/lexicon/index.ts';

const QUESTION_WORDS: Array<[string, WordClass | null]> = [
  ['staff', 'n'],
  ['employee', 'n'],
  ['cop', 'n'],
  ['settle', 'v'],
  ['buy', 'v'],
  ['ceo', 'n'],
  ['injure', 'v'],
  ['company', null],
  ['people', 'n'],
  ['price', 'n'],
  ['announce', 'v'],
  ['photosynthesis', 'n'],
  ['fireman', null],
];

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function time<T>(run: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  return { value, wallMs: performance.now() - start, cpuMs: cpuMs(cpu) };
}

/** Mean microseconds per call of `run` over `rounds` rounds (after one warm-up round). */
function microsPerCall(calls: number, rounds: number, run: () => void): number {
  run();
  const start = performance.now();
  for (let i = 0; i < rounds; i++) run();
  return ((performance.now() - start) * 1000) / (rounds * calls);
}

function rows(table: string): number {
  return table ? table.split('\n').length : 0;
}

async function measure(dir: string): Promise<void> {
  const corpus = await loadCorpus(dir);
  const builder = new LexiconBuilder();
  const fed = time(() => {
    for (const source of corpus.sources) feedText(builder, source.text);
  });
  const built = time(() => builder.build());
  const json = JSON.stringify(built.value);
  const loaded = time(() => Lexicon.fromJSON(LexiconSnapshotSchema.parse(JSON.parse(json))));
  const lexicon = loaded.value;
  const first = time(() => QUESTION_WORDS.map(([lemma, cls]) => lexicon.expand(lemma, cls)));
  const warm = microsPerCall(QUESTION_WORDS.length, 1000, () => {
    for (const [lemma, cls] of QUESTION_WORDS) lexicon.expand(lemma, cls);
  });
  const snapshot = built.value.toJSON();
  console.log(
    JSON.stringify({
      corpus: dir,
      sources: corpus.sources.length,
      feedMs: Math.round(fed.wallMs),
      buildWallMs: Math.round(built.wallMs),
      buildCpuMs: Math.round(built.cpuMs),
      snapshotBytes: json.length,
      snapshotGzipBytes: gzipSync(json).length,
      keys: [snapshot.terms, ...Object.values(snapshot.words)].reduce((n, table) => n + rows(table), 0),
      phrases: snapshot.phrases.length,
      loadMs: +loaded.wallMs.toFixed(1),
      firstLookupsUs: Math.round((first.wallMs * 1000) / QUESTION_WORDS.length),
      warmLookupUs: +warm.toFixed(2),
    }),
  );
}

for (const dir of process.argv.length > 2 ? process.argv.slice(2) : ['corpus']) await measure(dir);
