/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A regular-expression group matching any of the given alternatives (written as regex sources): `(?:a|b|c)`. */
export function anyOf(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/**
 * Whether a pattern needs the `u` flag to mean what it says: a property or code-point escape, or something that
 * consumes one character of any kind (a wildcard, a negated class or escape), which without it could take half of a
 * character outside the Basic Multilingual Plane (an emoji).
 */
export function needsUnicodeMode(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      if (/[pPSWD]/.test(source[i + 1] ?? '') || source.startsWith('u{', i + 1)) return true;
      i++;
    } else if (inClass) inClass = char !== ']';
    else if (char === '[') {
      if (source[i + 1] === '^') return true;
      inClass = true;
    } else if (char === '.') return true;
    if ((source.codePointAt(i) ?? 0) > 0xffff) return true;
  }
  return false;
}

/**
 * Case-insensitive patterns that do not need Unicode mode are compiled without it: V8 matches `i` patterns in
 * Unicode mode five to ten times slower (measured on a corpus's paragraphs), and they run over every paragraph and
 * sentence of a build. Matches stay the same but for two letters Unicode folds specially (ſ, and the Kelvin sign).
 * Regex literals follow the same rule: `/…/i` unless the pattern needs {@link needsUnicodeMode}.
 */
export function regexFlags(source: string, flags: string): string {
  return flags.includes('i') && flags.includes('u') && !needsUnicodeMode(source) ? flags.replace('u', '') : flags;
}

/** A regular expression from source parts, so long patterns can be written one readable part per line. */
export function regex(parts: readonly string[], flags = 'u'): RegExp {
  const source = parts.join('');
  return new RegExp(source, regexFlags(source, flags));
}

/** Regex sources written one after another, separated by white space (a long list of alternatives, compactly). */
export function sources(text: string): string[] {
  return text.trim().split(/\s+/u);
}
