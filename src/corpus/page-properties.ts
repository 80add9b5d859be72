import type { FrontMatterSplit } from './front-matter.ts';

// An outliner's page (Logseq; Obsidian's Dataview writes the same fields) opens on its properties, one
// "key:: value" a line, its links in double brackets ("publication:: [[Council Matters]]"), and holds every
// paragraph as a bullet, nested by tabs (https://docs.logseq.com/#/page/properties).
const PROPERTY = /^([A-Za-z][\w-]*):: ?(.*)$/u;
const MIN_PROPERTIES = 2;
const BULLET = /^[ \t]*- ?/u;
/** A task's keyword opens the outliner's own to-do items ("TODO check the petition"), not the clipped text. */
const TASK = /^(?:TODO|LATER|NOW|DOING|DONE|WAITING|CANCELED|CANCELLED)\b/u;

/** A property's value with its page links' brackets dropped: "[[May 20th, 2026]]" → "May 20th, 2026". */
const unlinked = (value: string): string => value.replace(/\[\[([^\]]*)\]\]/gu, '$1').trim();

/**
 * The properties an outliner's page opens with, as front matter, and its text with the bullets dropped; null when
 * the file does not open on properties. Its `title::` is the page's name, as the file's is, and not read as the
 * headline.
 */
export function splitPageProperties(raw: string): FrontMatterSplit | null {
  const lines = raw.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const data: Record<string, string> = {};
  let at = 0;
  for (; at < lines.length; at++) {
    const property = PROPERTY.exec(lines[at]!);
    if (!property) break;
    if (property[1]!.toLowerCase() !== 'title') data[property[1]!.toLowerCase()] = unlinked(property[2]!);
  }
  if (at < MIN_PROPERTIES) return null;
  const body = lines
    .slice(at)
    .filter((line) => !PROPERTY.test(line.replace(BULLET, '').trim()))
    .map((line) => line.replace(BULLET, ''))
    .filter((line) => !TASK.test(line))
    .join('\n\n');
  return { data, body };
}
