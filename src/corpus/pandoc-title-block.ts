import type { FrontMatterSplit } from './front-matter.ts';

// pandoc's Markdown may open on a title block instead of YAML: "% Title", "% Author; Author", "% Date", each line
// starting with "%", a field left empty when its line is "%" alone (https://pandoc.org/MANUAL.html#metadata-blocks).
const TITLE_BLOCK = /^\uFEFF?((?:%[^\n]*\r?\n){1,3})(?:\r?\n|$)/u;

/** The title, authors and date of a pandoc title block the file opens with, and the text after it; else null. */
export function splitPandocTitleBlock(raw: string): FrontMatterSplit | null {
  const block = TITLE_BLOCK.exec(raw);
  if (!block) return null;
  const [title, authors, date] = block[1]!
    .split(/\r?\n/u)
    .filter(Boolean)
    .map((line) => line.replace(/^%\s*/u, '').trim());
  if (!title) return null;
  const data: Record<string, string> = { title };
  // Authors are set apart by semicolons; one named as a body is the publisher, as in YAML front matter.
  if (authors) data.author = authors.split(/\s*;\s*/u)[0]!;
  if (date) data.date = date;
  return { data, body: raw.slice(block[0].length) };
}
