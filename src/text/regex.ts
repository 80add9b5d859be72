/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A regular-expression group matching any of the given alternatives (written as regex sources): `(?:a|b|c)`. */
export function anyOf(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** A regular expression from source parts, so long patterns can be written one readable part per line. */
export function regex(parts: readonly string[], flags = 'u'): RegExp {
  return new RegExp(parts.join(''), flags);
}

/** Regex sources written one after another, separated by white space (a long list of alternatives, compactly). */
export function sources(text: string): string[] {
  return text.trim().split(/\s+/u);
}
