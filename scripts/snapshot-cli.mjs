// After bundle-cli.mjs: builds the one-shot command's V8 start-up snapshot, dist/snapshot/ask.blob, from
// src/cli/ask-snapshot.ts bundled with every package it imports into one script (a snapshot's entry can load no
// other file), and records which node built it in dist/snapshot/ask.node. `npm run ask` starts from it while it is
// current (scripts/ask.sh). Without esbuild, or if the snapshot cannot be built, the command starts without one.
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { asciiOnly } from './ascii-only.mjs';
import { ownUrls } from './own-urls.mjs';

const OUT_DIR = resolve('dist/snapshot');
// A young generation that starts large: an answer's first objects (wink's model, the question's analysis) mostly
// live on, and copying them through seven growing scavenges was a tenth of a one-shot answer. V8 loads a snapshot
// only under the flags it was built with, so scripts/ask.sh reads them from ask.flags.
const V8_FLAGS = ['--min-semi-space-size=16'];
const SCRIPT = join(OUT_DIR, 'ask.cjs');
const BLOB = join(OUT_DIR, 'ask.blob');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stdout.write('esbuild is not installed: the one-shot command will start without a snapshot\n');
  process.exit(0);
}

await rm(OUT_DIR, { recursive: true, force: true });
await esbuild.build({
  entryPoints: ['dist/src/cli/ask-snapshot.js'],
  outfile: SCRIPT,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  plugins: [ownUrls(OUT_DIR, 'require("node:url").pathToFileURL(__filename).href')],
  // import.meta.resolve is left only where the code runs under tsx, never in the snapshot.
  logOverride: { 'empty-import-meta': 'silent' },
  logLevel: 'warning',
  minifyWhitespace: true,
  minifySyntax: true,
});
await writeFile(SCRIPT, asciiOnly(await readFile(SCRIPT, 'utf8')));

// The bundled corpus's index is built by the command that builds it anywhere, then loaded by the snapshot's builder.
const cacheDir = await mkdtemp(join(tmpdir(), 'coverage-bot-snapshot-'));
const env = { ...process.env, CORPUS_DIR: resolve('corpus/'), INDEX_CACHE_DIR: cacheDir, LOG_LEVEL: 'warn' };
const run = (args) => spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
try {
  // --no-warnings: node warns that it has not verified every built-in module the bundle imports in a snapshot.
  const built =
    run(['dist/src/cli/build-index.js']) &&
    run(['--no-warnings', ...V8_FLAGS, '--snapshot-blob', BLOB, '--build-snapshot', SCRIPT]);
  if (built) {
    await writeFile(join(OUT_DIR, 'ask.node'), `${realpathSync(process.execPath)}\n`);
    await writeFile(join(OUT_DIR, 'ask.flags'), `${V8_FLAGS.join(' ')}\n`);
  } else {
    await rm(BLOB, { force: true });
    process.stdout.write('the snapshot could not be built: the one-shot command will start without one\n');
  }
} finally {
  await rm(cacheDir, { recursive: true, force: true });
}
