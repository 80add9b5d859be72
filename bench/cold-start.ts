/**
 * Cold start: process start to the first answer of the one-shot CLI as `npm run ask` runs it (scripts/ask.sh: from
 * its start-up snapshot), side by side with its bundle with and without the index cache, the same compiled modules
 * unbundled, a 30-line minisearch script over the same articles, the same CLI from source under tsx, and bare node
 * importing the CLI's dependencies. The commands take turns, run after run, so a busy machine slows them alike.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, report, ROOT } from './measure.ts';

const RUNS = Number(process.argv[2] ?? 9);
const QUESTION = "How long is Amazon's moratorium?";
// What the CLI imports from node_modules, loaded by plain node: the floor for any start-up.
const DEPS = [
  'minisearch',
  'minisearch/SearchableMap',
  'wink-nlp',
  'wink-eng-lite-web-model',
  'wink-porter2-stemmer',
  'pino',
  'yaml',
  'zod',
  'lru-cache',
];
const IMPORT_DEPS = `await Promise.all(${JSON.stringify(DEPS)}.map((d) => import(d))); console.log('ready');`;

/** Milliseconds from spawning the command to its first byte on stdout. */
function firstOutput([command, ...args]: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command!, args, {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let at: number | null = null;
    child.stdout.once('data', () => (at = performance.now() - started));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && at !== null) resolve(at);
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}`));
    });
  });
}

const cacheDir = await mkdtemp(join(tmpdir(), 'coverage-bot-bench-cache-'));
try {
  const node = process.execPath;
  const commands: Record<string, { args: string[]; env?: Record<string, string> }> = {
    cachedMs: { args: ['sh', 'scripts/ask.sh', QUESTION], env: { INDEX_CACHE_DIR: cacheDir } },
    // The bundle and the modules it was made of hash the same indexing code, so they share a cache.
    bundleMs: { args: [node, 'dist/src/cli/ask.js', QUESTION], env: { INDEX_CACHE_DIR: cacheDir } },
    unbundledMs: { args: [node, 'dist/src/cli/ask-main.js', QUESTION], env: { INDEX_CACHE_DIR: cacheDir } },
    uncachedMs: { args: ['sh', 'scripts/ask.sh', QUESTION], env: { INDEX_CACHE_DIR: 'off' } },
    minisearchScriptMs: { args: [node, 'bench/minisearch-script.mjs', QUESTION] },
    // Its own cache: the cache key holds the indexing code, which differs between the sources and dist/, so the
    // two sharing one would rebuild the index at every turn.
    tsxSourceMs: {
      args: [node, '--import', 'tsx', 'src/cli/ask.ts', QUESTION],
      env: { INDEX_CACHE_DIR: join(cacheDir, 'source') },
    },
    bareNodeMs: { args: [node, '--input-type=module', '-e', IMPORT_DEPS] },
  };
  const times = new Map(Object.keys(commands).map((name) => [name, [] as number[]]));
  // The first round warms the OS file cache and writes the index cache, as on any machine that ran it before.
  for (let run = 0; run <= RUNS; run++) {
    for (const [name, { args, env }] of Object.entries(commands)) {
      const ms = await firstOutput(args, env ?? {});
      if (run > 0) times.get(name)!.push(ms);
    }
  }
  const medians = Object.fromEntries([...times].map(([name, list]) => [name, median(list)]));
  report({ runs: RUNS, ...medians, ratio: medians.cachedMs! / medians.minisearchScriptMs! });
} finally {
  await rm(cacheDir, { recursive: true, force: true });
}
