/**
 * `npm run bench`: every part in its own process, then one table on stdout and bench/results.json.
 * BENCH_SCALES=1000,10000,50000 chooses the synthetic corpus sizes (default 1000,10000; 50,000 is opt-in: slow).
 */
import { cpus } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runPart } from './measure.ts';
import { renderTables, type Results } from './table.ts';

const scales = (process.env.BENCH_SCALES ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
const step = (what: string): void => void process.stderr.write(`bench: ${what}…\n`);

step('seed corpus');
const seed = await runPart<Results['seed']>('seed.ts');
step('cold start of the one-shot CLI');
const coldStart = await runPart<Results['coldStart']>('cold-start.ts');
const scale: Results['scale'] = [];
for (const size of scales) {
  step(`${size} synthetic articles: build`);
  const built = await runPart<Results['scale'][number]['built']>('scale.ts', ['build', String(size)]);
  step(`${size} synthetic articles: load from cache and ask`);
  scale.push({ built, loaded: await runPart<Results['scale'][number]['loaded']>('scale.ts', ['load', String(size)]) });
}
step('side by side with lunr, flexsearch and Orama');
const compare = await runPart<Results['compare']>('compare.ts');

const results: Results = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, platform: process.platform, date: new Date().toISOString().slice(0, 10) },
  seed, coldStart, scale, compare,
};
await writeFile(fileURLToPath(new URL('results.json', import.meta.url)), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${renderTables(results)}\n`);
