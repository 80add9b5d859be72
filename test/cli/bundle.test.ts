import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI_CORPUS } from '../support/paths.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = join(ROOT, 'dist/bundle/ask.js');
const COMPILED = join(ROOT, 'dist/src/cli/ask-main.js');
const cacheDir = mkdtempSync(join(tmpdir(), 'coverage-bot-bundle-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** Answers, without their random ids, that `node file` prints for the questions. */
function answers(file: string, questions: string[]): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, CORPUS_DIR: MINI_CORPUS, INDEX_CACHE_DIR: cacheDir, LOG_LEVEL: 'silent' };
    const child = execFile(process.execPath, [file, '--json'], { cwd: ROOT, env }, (error, stdout) => {
      if (error) return reject(error);
      resolve(
        stdout
          .trim()
          .split('\n')
          .map((line) => ({ ...JSON.parse(line), id: undefined })),
      );
    });
    child.stdin!.end(`${questions.join('\n')}\n`);
  });
}

// `npm run build` (run by `npm ci`) makes the bundle; the test reads what it made.
describe.skipIf(!existsSync(BUNDLE))('the bundled one-shot command', () => {
  it('answers as the compiled modules do, from the same cache', async () => {
    const questions = ['When will the Harbor Bridge reopen?', 'How much did the council approve?', 'Who is Ada?'];
    const bundled = await answers(BUNDLE, questions);
    expect(await answers(COMPILED, questions)).toEqual(bundled);
    // Its modules hash the same indexing code for the cache key, so the second command loaded the first one's cache.
    expect(readdirSync(cacheDir).filter((f) => f.startsWith('index-'))).toHaveLength(1);
  });
});
