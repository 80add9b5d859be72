/**
 * Characters a reader never sees: format characters (soft hyphens, zero-width spaces and joiners, bidi marks, a
 * byte-order mark), private-use and surrogate code points, and control characters other than whitespace. They hide
 * inside words ("coun\u00ADcil") and split them for search, in articles and questions alike.
 */
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cs}]|[^\P{Cc}\t\n\r\f\v]/gu;

/** The text as a reader sees it: every invisible character removed. */
export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '');
}
