import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { currentBundle } from '../../src/cli/run-bundled.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A dist/ with the launcher's compiled file, the last compile's build info and, if given, a bundle of `ask`. */
function dist(bundleAge: 'newer' | 'older' | 'none'): string {
  const root = mkdtempSync(join(tmpdir(), 'coverage-bot-bundle-'));
  dirs.push(root);
  mkdirSync(join(root, 'src/cli'), { recursive: true });
  writeFileSync(join(root, 'src/cli/ask.js'), '');
  writeFileSync(join(root, '.tsbuildinfo'), '');
  utimesSync(join(root, '.tsbuildinfo'), 1000, 1000);
  if (bundleAge !== 'none') {
    mkdirSync(join(root, 'bundle'));
    writeFileSync(join(root, 'bundle/ask.js'), '');
    const at = bundleAge === 'newer' ? 2000 : 500;
    utimesSync(join(root, 'bundle/ask.js'), at, at);
  }
  return pathToFileURL(join(root, 'src/cli/ask.js')).href;
}

describe('currentBundle: which bundle `node dist/src/cli/ask.js` runs', () => {
  it('runs the bundle made after the last compile', () => {
    const launcher = dist('newer');
    expect(currentBundle('ask', launcher)?.href).toBe(new URL('../../bundle/ask.js', launcher).href);
  });

  it('runs the compiled modules when the code was compiled again after bundling', () => {
    expect(currentBundle('ask', dist('older'))).toBeNull();
  });

  it('runs the compiled modules when there is no bundle', () => {
    expect(currentBundle('ask', dist('none'))).toBeNull();
  });

  it('runs the sources as they are under tsx', () => {
    expect(currentBundle('ask', 'file:///project/src/cli/ask.ts')).toBeNull();
  });
});
