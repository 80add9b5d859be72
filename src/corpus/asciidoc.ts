// Reports, manuals and docs sites are written in AsciiDoc, and a file of its source reads as a page only once its
// markup is taken out: the header ("= Title", the author line, the revision line, ":revdate: 2026-03-24") gives the
// document's title, author and date; delimiters, block attributes ("[NOTE]", "[cols=…]") and attribute lines are
// layout; a table's rows are its cells. The markup is small and line-based, and no AsciiDoc reader runs in Node
// without Ruby, so it is read here.
import { articleMarkdown } from './article-markdown.ts';
import { toIsoDate } from './dates.ts';

const DOCUMENT_TITLE = /^= (\S.*)$/u;
const FIRST_LINE_TITLE = /^\s*= \S/u;
const ATTRIBUTE = /^:([\w-]+):\s*(.*)$/u;
const SECTION = /^={2,6} (\S.*)$/u;
/** "v1.0, 2026-03-24: Interim report published", or the date alone. */
const REVISION = /^v?\d[\w.-]*,\s*([^:]+?)(?::.*)?$|^(\d{4}-\d{2}-\d{2})$/u;
/** "Sea Casualty Investigation Branch <publications@scib.example>": names, each with an optional address. */
const AUTHOR = /^([^<>:;]+?)(?:\s*<[^>]+>)?(?:;.*)?$/u;
/** "====", "----", "****", "____", "....", "++++", "--", and a table's "|===": lines that open or close a block. */
const DELIMITER = /^(?:([=\-*_.+/])\1{3,}|--|\|===)\s*$/u;
const BLOCK_ATTRIBUTES = /^\[[^\]]*\]\s*$/u;
const BLOCK_TITLE = /^\.(?=[^\s.])(.+)$/u;
const ADMONITION = /^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+/u;
const LIST_ITEM = /^(?:[*.-]{1,5}|\d+\.)\s+(?=\S)/u;
const COMMENT_BLOCK = /^\/{4,}\s*$/u;

/** An AsciiDoc document's source as a corpus file's Markdown; null for any other text. */
export function asciidocText(text: string): string | null {
  // Told by its first line before the file is split: nearly every file is no AsciiDoc.
  if (!FIRST_LINE_TITLE.test(text)) return null;
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const title = DOCUMENT_TITLE.exec(lines[first] ?? '')?.[1]?.trim();
  if (!title) return null;
  const attributes = new Map<string, string>();
  let author: string | null = null;
  let revised: string | null = null;
  let at = first + 1;
  for (; at < lines.length && lines[at]!.trim() !== ''; at++) {
    const line = lines[at]!.trim();
    const attribute = ATTRIBUTE.exec(line);
    if (attribute) attributes.set(attribute[1]!, attribute[2]!);
    else if (at === first + 1) author = AUTHOR.exec(line)?.[1] ?? null;
    else revised ??= REVISION.exec(line)?.slice(1).find(Boolean) ?? null;
  }
  const body = bodyParagraphs(lines.slice(at), attributes);
  // Without a header's attributes or a section, "= Something" is no AsciiDoc document's title.
  if (body.length === 0 || (attributes.size === 0 && !lines.some((line) => SECTION.test(line)))) return null;
  const outlet = attributes.get('organization') ?? attributes.get('publisher') ?? attributes.get('author') ?? author;
  const published = toIsoDate(attributes.get('revdate') ?? revised ?? attributes.get('docdate') ?? null);
  return articleMarkdown({ title: substituted(title, attributes), outlet, published }, body);
}

/** The body's paragraphs: sections as headings, a table's rows as lines, layout and comments left out. */
function bodyParagraphs(lines: readonly string[], attributes: ReadonlyMap<string, string>): string[] {
  const paragraphs: string[] = [];
  let open: string[] = [];
  let comment = false;
  const close = (): void => {
    if (open.length > 0) paragraphs.push(substituted(open.join(' '), attributes));
    open = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (COMMENT_BLOCK.test(line)) {
      comment = !comment;
      continue;
    }
    if (comment || line.startsWith('//')) continue;
    const section = SECTION.exec(line);
    const blockTitle = BLOCK_TITLE.exec(line);
    if (line === '' || DELIMITER.test(line) || BLOCK_ATTRIBUTES.test(line) || ATTRIBUTE.test(line)) close();
    else if (section || blockTitle) {
      close();
      paragraphs.push(`${section ? '## ' : ''}${substituted((section ?? blockTitle)![1]!, attributes)}`);
    } else if (line.startsWith('|')) {
      close();
      const cells = line
        .split('|')
        .map((cell) => cell.trim())
        .filter(Boolean);
      paragraphs.push(substituted(cells.length === 2 ? `${cells[0]}: ${cells[1]}` : cells.join(', '), attributes));
    } else if (LIST_ITEM.test(line)) {
      close();
      open.push(`- ${line.replace(LIST_ITEM, '')}`);
    } else open.push(line.replace(ADMONITION, ''));
  }
  close();
  return paragraphs;
}

/** Inline markup read as text: attribute references, links' and cross-references' words, emphasis marks. */
function substituted(text: string, attributes: ReadonlyMap<string, string>): string {
  return text
    .replace(/\{([\w-]+)\}/gu, (whole, name: string) => attributes.get(name) ?? whole)
    .replace(/<<[^,>]+,\s*([^>]+)>>/gu, '$1')
    .replace(/<<([^>]+)>>/gu, '$1')
    .replace(/footnote:\[([^\]]*)\]/gu, ' ($1)')
    .replace(/(?:link:)?(https?:\/\/\S+?)\[([^\]]*)\]/gu, (_, url: string, words: string) => words || url)
    .replace(/(^|[\s(])[*_`]{1,2}(?=\S)([^*_`]+?)[*_`]{1,2}(?=[\s).,;:!?]|$)/gu, '$1$2')
    .replace(/\s+/gu, ' ')
    .trim();
}
