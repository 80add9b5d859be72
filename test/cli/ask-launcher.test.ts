import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';

// scripts/ask.sh in a project of its own: a real start-up snapshot of a script that says it ran from the snapshot
// (or refuses, as the real one does when the bundled corpus has changed), and a compiled command that says it ran.
const SNAPSHOT_SCRIPT = `
const { startupSnapshot } = require('node:v8');
startupSnapshot.setDeserializeMainFunction(() => {
  if (process.env.REFUSE) process.exit(14);
  process.stdout.write('snapshot ' + process.argv.slice(2).join(' '));
  process.exit(Number(process.env.EXIT_WITH ?? 0));
});`;
const COMMAND = `
let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => process.stdout.write('modules ' + process.argv.slice(2).join(' ') + ' ' + input));`;

let root: string;
let blob: string;
beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'coverage-bot-launcher-')));
  for (const dir of ['scripts', 'corpus', 'node_modules', 'dist/src/cli', 'dist/snapshot']) {
    mkdirSync(join(root, dir), { recursive: true });
  }
  copyFileSync(join(PROJECT_ROOT, 'scripts/ask.sh'), join(root, 'scripts/ask.sh'));
  writeFileSync(join(root, 'dist/src/cli/ask.js'), COMMAND);
  writeFileSync(join(root, 'snapshot.cjs'), SNAPSHOT_SCRIPT);
  blob = join(root, 'dist/snapshot/ask.blob');
  execFileSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', join(root, 'snapshot.cjs')]);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const touch = (file: string, seconds: number): void => {
  writeFileSync(join(root, file), '', { flag: 'a' });
  utimesSync(join(root, file), seconds, seconds);
};
beforeEach(() => {
  // The snapshot is newer than the last compile and install, and names the node that runs the tests.
  touch('dist/.tsbuildinfo', 1_000);
  touch('node_modules/.package-lock.json', 1_000);
  utimesSync(blob, 2_000_000_000, 2_000_000_000);
  writeFileSync(join(root, 'dist/snapshot/ask.node'), `${realpathSync(process.execPath)}\n`);
});

function ask(env: Record<string, string> = {}, input = ''): { out: string; status: number | null } {
  const path = `${dirname(process.execPath)}:/usr/bin:/bin`;
  const run = spawnSync('sh', [join(root, 'scripts/ask.sh'), 'how', 'long?'], {
    env: { PATH: path, ...env },
    input,
    encoding: 'utf8',
  });
  return { out: run.stdout, status: run.status };
}

describe('scripts/ask.sh: `npm run ask` starts from the snapshot only while it is current', () => {
  it('starts from a current snapshot, with the arguments, and exits as it does', () => {
    expect(ask()).toEqual({ out: 'snapshot how long?', status: 0 });
    expect(ask({ EXIT_WITH: '3' }).status).toBe(3);
  });

  it('runs the compiled command after a compile or an install newer than the snapshot', () => {
    touch('dist/.tsbuildinfo', 2_100_000_000);
    expect(ask().out).toBe('modules how long? ');
    touch('dist/.tsbuildinfo', 1_000);
    touch('node_modules/.package-lock.json', 2_100_000_000);
    expect(ask().out).toBe('modules how long? ');
  });

  it('runs the compiled command when another node built the snapshot, or none was built', () => {
    writeFileSync(join(root, 'dist/snapshot/ask.node'), '/opt/other/bin/node\n');
    expect(ask().out).toBe('modules how long? ');
    rmSync(join(root, 'dist/snapshot/ask.node'));
    expect(ask().out).toBe('modules how long? ');
  });

  it('uses the snapshot for the bundled corpus however it is named, and not for another corpus or no cache', () => {
    expect(ask({ CORPUS_DIR: `${root}/scripts/../corpus/` }).out).toBe('snapshot how long?');
    expect(ask({ CORPUS_DIR: join(root, 'scripts') }).out).toBe('modules how long? ');
    expect(ask({ CORPUS_DIR: join(root, 'missing') }).out).toBe('modules how long? ');
    expect(ask({ INDEX_CACHE_DIR: 'off' }).out).toBe('modules how long? ');
  });

  it('runs the snapshot with the V8 flags it was built with, which node needs to load it', () => {
    const flags = ['--min-semi-space-size=16'];
    execFileSync(process.execPath, [...flags, '--snapshot-blob', blob, '--build-snapshot', join(root, 'snapshot.cjs')]);
    utimesSync(blob, 2_000_000_000, 2_000_000_000);
    try {
      writeFileSync(join(root, 'dist/snapshot/ask.flags'), `${flags.join(' ')}\n`);
      expect(ask().out).toBe('snapshot how long?');
    } finally {
      rmSync(join(root, 'dist/snapshot/ask.flags'));
      execFileSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', join(root, 'snapshot.cjs')]);
    }
  });

  it('falls back when the snapshot refuses to run, with the arguments and standard input unread', () => {
    expect(ask({ REFUSE: '1' }, 'a question\n')).toEqual({ out: 'modules how long? a question\n', status: 0 });
  });
});
