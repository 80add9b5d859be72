import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { asksHeldCorpus, currentSnapshot } from '../../src/cli/run-snapshot.ts';

const NODE = { execPath: '/usr/bin/node', version: 'v20.20.2', arch: 'x64' };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project with dist/ (the launcher, the last compile's build info), its packages and, if given, a snapshot. */
function project(snapshot: { age: 'newer' | 'older'; node?: typeof NODE } | null): { launcher: string; blob: string } {
  const root = mkdtempSync(join(tmpdir(), 'coverage-bot-snapshot-'));
  dirs.push(root);
  mkdirSync(join(root, 'dist/src/cli'), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  writeFileSync(join(root, 'dist/src/cli/ask.js'), '');
  for (const input of ['dist/.tsbuildinfo', 'node_modules/.package-lock.json']) {
    writeFileSync(join(root, input), '');
    utimesSync(join(root, input), 1000, 1000);
  }
  const blob = join(root, 'dist/snapshot/ask.blob');
  if (snapshot) {
    mkdirSync(join(root, 'dist/snapshot'));
    writeFileSync(blob, '');
    writeFileSync(join(root, 'dist/snapshot/ask.json'), JSON.stringify({ node: snapshot.node ?? NODE }));
    const at = snapshot.age === 'newer' ? 2000 : 500;
    utimesSync(blob, at, at);
  }
  return { launcher: pathToFileURL(join(root, 'dist/src/cli/ask.js')).href, blob };
}

describe('currentSnapshot: which start-up snapshot `node dist/src/cli/ask.js` starts from', () => {
  it('starts from the snapshot this node made after the last compile and install', () => {
    const { launcher, blob } = project({ age: 'newer' });
    expect(currentSnapshot('ask', launcher, NODE)).toBe(blob);
  });

  it('starts without it when another node built it (node would refuse it)', () => {
    const { launcher } = project({ age: 'newer', node: { ...NODE, version: 'v20.19.0' } });
    expect(currentSnapshot('ask', launcher, NODE)).toBeNull();
  });

  it('starts without it when the code was compiled or the packages installed since', () => {
    expect(currentSnapshot('ask', project({ age: 'older' }).launcher, NODE)).toBeNull();
  });

  it('starts without it when there is none, or when running from source', () => {
    expect(currentSnapshot('ask', project(null).launcher, NODE)).toBeNull();
    expect(currentSnapshot('ask', 'file:///project/src/cli/ask.ts', NODE)).toBeNull();
  });
});

describe('the snapshot is started only for the corpus whose index it holds', () => {
  it('with CORPUS_DIR unset, empty or at the bundled corpus; another corpus is read by the bundle', () => {
    expect(asksHeldCorpus(undefined, '/srv/bot/corpus/')).toBe(true);
    expect(asksHeldCorpus('  ', '/srv/bot/corpus/')).toBe(true);
    expect(asksHeldCorpus('/srv/bot/corpus', '/srv/bot/corpus/')).toBe(true);
    expect(asksHeldCorpus('/srv/news/archive', '/srv/bot/corpus/')).toBe(false);
  });
});
