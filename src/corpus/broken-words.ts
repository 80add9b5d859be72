// A word a print layout or a PDF hyphenated across a line break ("emergency de-" over "partment visits") is one
// word again; one the text also writes with its hyphen ("long-term") keeps it. The word is made whole at the end
// of its first line, its punctuation with it, and the rest of the second line stays a line ("emergency
// department" / "visits"): lines keep the width they were printed at, which tells a hard-wrapped text.
const BROKEN = /(\p{L}+)-\r?\n(\p{Ll}+)(\S*)([ \t]+(?=\S))?/gu;

/** Joins the words a text breaks with a hyphen at the end of a line, as copies of printed pages do. */
export function joinBrokenWords(text: string): string {
  if (!text.includes('-\n') && !text.includes('-\r\n')) return text;
  return text.replace(BROKEN, (_, head: string, tail: string, after: string, gap: string | undefined) => {
    const word = text.includes(`${head}-${tail}`) ? `${head}-${tail}` : `${head}${tail}`;
    return `${word}${after}${gap ? '\n' : ''}`;
  });
}
