import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// A plain script of the build (scripts/ascii-only.mjs), with no type declarations: imported by a computed path.
const MODULE: string = join(ROOT, 'scripts/ascii-only.mjs');
const { asciiOnly } = (await import(MODULE)) as { asciiOnly: (source: string) => string };
/** No character past ASCII (U+007F). */
const ASCII = /^[^\u0080-\u{10ffff}]*$/u;

// Each snippet evaluates to the same thing before and after: strings, regular expressions with and without the u
// flag, an escaped character, a character outside the Basic Multilingual Plane, escaped backslashes, and String.raw
// text building a regular expression (the only use the code makes of it; raw text printed as is would show escapes).
const SNIPPETS = [
  String.raw`'it’s'`,
  String.raw`/\’s$|\'s$/.test('it’s') && !/\’s$/.test('its')`,
  String.raw`/[‘’]x/u.test('’x') && /[–—]/.test('a–b')`,
  String.raw`/^😀$/u.test('😀') && /^😀$/.test('😀')`,
  'new RegExp(String.raw`^[’\']$`, "u").test("’")',
  'new RegExp(String.raw`[\\s!?🙂]+$`, "u").test("ok 🙂")',
  String.raw`'a\\’'`,
];

describe('a bundle written in ASCII only', () => {
  it.each(SNIPPETS)('means the same: %s', (snippet) => {
    const escaped = asciiOnly(snippet);
    expect(escaped).toMatch(ASCII);
    expect(runInNewContext(escaped)).toEqual(runInNewContext(snippet));
  });

  // `npm run build` (run by `npm ci`) makes them; the test reads what it made.
  const built = [join(ROOT, 'dist/snapshot/ask.cjs'), join(ROOT, 'dist/bundle')].filter(existsSync);
  it.skipIf(built.length === 0)('is what the build writes: the snapshot script and every bundle chunk', () => {
    const files = built.flatMap((path) =>
      path.endsWith('.cjs') ? [path] : readdirSync(path).map((name) => join(path, name)),
    );
    for (const file of files) expect(ASCII.test(readFileSync(file, 'utf8')), file).toBe(true);
  });
});
