/**
 * `npm run bench`: every part in its own process, then the tables on stdout and in bench/results.json.
 * Sizes: 10,000 synthetic articles by default; `npm run bench -- --with-100k` adds 100,000 (builds for many minutes,
 * with a progress bar), and BENCH_SCALES=1000,10000 picks sizes freely. Peers run up to 10,000 articles.
 */
import { cpus, loadavg } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { CliResult } from './cli-scale.ts';
import { runPart } from './measure.ts';
import type { PeerResult } from './peer.ts';
import type { BuildResult, LoadResult } from './scale.ts';
import { BUILD_NODE_FLAG } from '../src/threads/young-generation.ts';
import { renderTables, type Results } from './table.ts';

const PEERS = ['minisearch', 'lunr', 'flexsearch', 'orama'];
const PEERS_UP_TO = 10_000;
const PEER_TIMEOUT_MS = 5 * 60_000;
const scales = (process.env.BENCH_SCALES ?? '10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
if (process.argv.includes('--with-100k') && !scales.includes(100_000)) scales.push(100_000);
const step = (what: string): void => void process.stderr.write(`bench: ${what}…\n`);

step('seed corpus');
const seed = await runPart<Results['seed']>('seed.ts');
step('cold start of the one-shot CLI, side by side with a minisearch script');
const coldStart = await runPart<Results['coldStart']>('cold-start.ts');
const scale: Results['scale'] = [];
for (const size of scales) {
  step(`${size} synthetic articles: build`);
  // With the young generation `npm start`, `npm run index` and `npm run ask` give a build.
  const built = await runPart<BuildResult>('scale.ts', ['build', String(size)], {}, undefined, [BUILD_NODE_FLAG]);
  step(`${size} synthetic articles: load from the cache and ask`);
  const loaded = await runPart<LoadResult>('scale.ts', ['load', String(size)]);
  const peers: PeerResult[] = [];
  for (const name of size <= PEERS_UP_TO ? PEERS : []) {
    step(`${size} synthetic articles: ${name}`);
    // A peer that cannot finish in time (Orama inserts one document at a time) is reported as such, not waited for.
    const run = runPart<PeerResult>('peer.ts', [name, String(size)], {}, PEER_TIMEOUT_MS);
    const result = await run.catch((error: unknown) => {
      process.stderr.write(`bench: ${name} did not finish: ${String(error)}\n`);
      const label = `${name} (did not finish in ${PEER_TIMEOUT_MS / 60_000} min)`;
      return { name: label, buildMs: NaN, p50: NaN, p90: NaN, p99: NaN, max: NaN, recallAt5: NaN, peakRssMb: NaN };
    });
    peers.push(result);
  }
  step(`${size} synthetic articles: the CLI from outside`);
  scale.push({ built, loaded, peers, cli: await runPart<CliResult>('cli-scale.ts', [String(size)]) });
}
step('side by side with lunr, flexsearch and Orama on the bundled corpus');
const compare = await runPart<Results['compare']>('compare.ts');

const results: Results = {
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: process.platform,
    date: new Date().toISOString().slice(0, 10),
    loadAverage: Number(loadavg()[0]!.toFixed(1)),
  },
  seed,
  coldStart,
  scale,
  compare,
};
await writeFile(fileURLToPath(new URL('results.json', import.meta.url)), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${renderTables(results)}\n`);
