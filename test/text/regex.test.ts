import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { needsUnicodeMode, regex, regexFlags } from '../../src/text/regex.ts';

describe('case-insensitive patterns and Unicode mode', () => {
  it('compiles an i pattern without u when nothing in it needs Unicode mode', () => {
    expect(regex([String.raw`\bcookies?\b`], 'iu').flags).toBe('i');
    expect(regexFlags('[–—] (?:café|naïve)', 'giu')).toBe('gi');
    // Case-sensitive patterns keep u: only `i` is slow in Unicode mode.
    expect(regex([String.raw`\bcookies?\b`]).flags).toBe('u');
  });

  it('keeps u for property escapes, code points and anything that takes one character of any kind', () => {
    for (const source of [String.raw`\p{Lu}`, String.raw`\u{1F600}`, 'a.b', '[^.!?]+', String.raw`\S+`, '😀']) {
      expect(needsUnicodeMode(source), source).toBe(true);
    }
    // A period escaped or inside a class is no wildcard.
    expect(needsUnicodeMode(String.raw`U\.S\.|[.!?]`)).toBe(false);
  });

  it('finds the same matches either way in text with emoji and accents', () => {
    const text = 'Le café 😀 a fermé. COOKIES and Cookie-policy';
    for (const source of [String.raw`\bcook(?:ie|ies)\b`, 'café', String.raw`\s+(?:a|le)\s+`]) {
      const fast = regex([source], 'giu');
      expect([...text.matchAll(fast)].map((m) => [m.index, m[0]])).toEqual(
        [...text.matchAll(new RegExp(source, 'giu'))].map((m) => [m.index, m[0]]),
      );
    }
  });

  it('is the rule every regex literal in the code follows', () => {
    const slow: string[] = [];
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
      );
    for (const file of [...files('src'), ...files('adapters')]) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText(source);
          const end = literal.lastIndexOf('/');
          if (regexFlags(literal.slice(1, end), literal.slice(end + 1)) !== literal.slice(end + 1)) {
            slow.push(`${file}: ${literal}`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(slow).toEqual([]);
  });
});
