import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../support/paths.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = join(ROOT, 'dist/bundle/ask.js');
const COMPILED = join(ROOT, 'dist/src/cli/ask-main.js');
const QUESTIONS = ['How long is the moratorium?', 'Which outlets covered it?', 'Who is Andy Jassy?'];
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The answers (without their random ids) `node file` gives, and the header of the index cache it wrote. */
function run(file: string): Promise<{ answers: unknown[]; cache: { key: string; checksum: string } }> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'coverage-bot-bundle-cache-'));
  dirs.push(cacheDir);
  const env = { ...process.env, CORPUS_DIR: BUNDLED_CORPUS, INDEX_CACHE_DIR: cacheDir, LOG_LEVEL: 'silent' };
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [file, '--json'], { cwd: ROOT, env }, (error, stdout) => {
      if (error) return reject(error);
      const answers = stdout
        .trim()
        .split('\n')
        .map((line) => ({ ...JSON.parse(line), id: undefined }));
      const [cacheFile] = readdirSync(cacheDir).filter((f) => f.startsWith('index-'));
      const header = JSON.parse(readFileSync(join(cacheDir, cacheFile!), 'utf8').split('\n', 1)[0]!);
      resolve({ answers, cache: { key: header.key, checksum: header.checksum } });
    });
    child.stdin!.end(`${QUESTIONS.join('\n')}\n`);
  });
}

// `npm run build` (run by `npm ci`) makes the bundle; the test reads what it made.
describe.skipIf(!existsSync(BUNDLE))('the bundled one-shot command', () => {
  it('builds the same index as the compiled modules, under the same key, and answers alike', async () => {
    const [bundled, compiled] = await Promise.all([run(BUNDLE), run(COMPILED)]);
    expect(bundled.cache).toEqual(compiled.cache);
    expect(bundled.answers).toEqual(compiled.answers);
  }, 60_000);
});
