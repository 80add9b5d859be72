/** Cold start: process start to the first answer of the one-shot CLI, with and without the cache, vs bare node. */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, report, ROOT } from './measure.ts';

const RUNS = Number(process.argv[2] ?? 7);
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const QUESTION = "How long is Amazon's moratorium?";
// What the CLI imports from node_modules, loaded by plain node: the floor for any start-up.
const DEPS = ['minisearch', 'minisearch/SearchableMap', 'wink-nlp', 'wink-eng-lite-web-model', 'wink-porter2-stemmer', 'pino', 'yaml', 'zod', 'lru-cache'];
const IMPORT_DEPS = `await Promise.all(${JSON.stringify(DEPS)}.map((d) => import(d))); console.log('ready');`;

/** Milliseconds from spawning the command to its first byte on stdout. */
function firstOutput(command: string, args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'ignore'] });
    let at: number | null = null;
    child.stdout.once('data', () => (at = performance.now() - started));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && at !== null ? resolve(at) : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

async function timed(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  await firstOutput(command, args, env); // warms the OS file cache, as on any machine that has run it before
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await firstOutput(command, args, env));
  return median(runs);
}

const cacheDir = await mkdtemp(join(tmpdir(), 'coverage-bot-bench-cache-'));
try {
  // As `npm run ask` starts it: node with the tsx loader (the tsx binary would add a second process).
  const cli = ['--import', 'tsx', 'src/cli/ask.ts', QUESTION];
  report({
    runs: RUNS,
    cachedMs: await timed(process.execPath, cli, { INDEX_CACHE_DIR: cacheDir }),
    uncachedMs: await timed(process.execPath, cli, { INDEX_CACHE_DIR: 'off' }),
    tsxBinaryMs: await timed(TSX, cli.slice(2), { INDEX_CACHE_DIR: cacheDir }),
    bareNodeMs: await timed(process.execPath, ['--input-type=module', '-e', IMPORT_DEPS]),
    bareTsxMs: await timed(TSX, ['--input-type=module', '-e', IMPORT_DEPS]),
  });
} finally {
  await rm(cacheDir, { recursive: true, force: true });
}
