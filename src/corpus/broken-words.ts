// A word a print layout or a PDF hyphenated across a line break ("emergency de-" over "partment visits") is one
// word again; one the text also writes with its hyphen ("long-term") keeps it.
const BROKEN = /(\p{L}+)-\r?\n(\p{Ll}+)/gu;

/** Joins the words a text breaks with a hyphen at the end of a line, as copies of printed pages do. */
export function joinBrokenWords(text: string): string {
  if (!text.includes('-\n') && !text.includes('-\r\n')) return text;
  return text.replace(BROKEN, (_, head: string, tail: string) =>
    text.includes(`${head}-${tail}`) ? `${head}-${tail}` : `${head}${tail}`,
  );
}
