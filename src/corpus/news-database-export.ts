// Newsrooms and libraries save articles from news databases, and those exports write an article's metadata as
// labelled fields rather than as a page does: Factiva heads each field with a code ("HD" the headline, "SN" the
// source, "PD" the date, "LP" and "TD" the text); Nexis writes the title, the publication and the date as its first
// lines, then "Length:", "Byline:" and the text between "Body" and "Load-Date:". Either is read as the Markdown
// `npm run add` would write: the fields the front matter, the text the body. An export of several documents is read
// as its first.
import { articleMarkdown } from './article-markdown.ts';
import { toIsoDate } from './dates.ts';

/** A Factiva field: its code at the start of a line, then at least two spaces or a tab. */
const FACTIVA_FIELD = /^([A-Z]{2,3})(?: {2,}|\t)(.*)$/u;
/** The fields a Factiva document has to have to be read as one. */
const FACTIVA_REQUIRED = ['HD', 'SN', 'PD'];
const FACTIVA_TEXT = new Set(['LP', 'TD']);
const NEXIS_END = /^End of Document\s*$/mu;
const NEXIS_LENGTH = /^Length:\s*[\d,]+\s+words\s*$/mu;
const NEXIS_BODY = /^Body\s*$/mu;
const NEXIS_LOADED = /^Load-Date:/mu;
/** How many lines the title, the publication, the date and the edition take at the top of a Nexis document. */
const NEXIS_HEAD_LINES = 6;

/** A news database's export as a corpus file's Markdown; null for any other text. */
export function newsDatabaseExport(text: string): string | null {
  return factivaDocument(text) ?? nexisDocument(text);
}

const paragraphsOf = (lines: readonly string[]): string[] =>
  lines
    .join('\n')
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/gu, ' ').trim())
    .filter(Boolean);

function factivaDocument(text: string): string | null {
  const fields = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of text.split('\n')) {
    const field = FACTIVA_FIELD.exec(line);
    if (field) {
      // A second headline opens the export's next document.
      if (field[1] === 'HD' && fields.has('HD')) break;
      current = fields.get(field[1]!) ?? [];
      fields.set(field[1]!, current);
      current.push(field[2]!);
    } else if (current && (line.trim() === '' || /^\s/u.test(line))) {
      current.push(line);
    } else {
      // An unindented line that is no field (the export's "Search Summary") ends the document's fields.
      current = null;
    }
  }
  if (!FACTIVA_REQUIRED.every((code) => fields.has(code))) return null;
  const field = (code: string): string | null => paragraphsOf(fields.get(code) ?? []).join(' ') || null;
  const body = [...fields].filter(([code]) => FACTIVA_TEXT.has(code)).flatMap(([, lines]) => paragraphsOf(lines));
  if (body.length === 0) return null;
  const frontMatter = {
    title: field('HD'),
    outlet: field('SN'),
    published: toIsoDate(field('PD')),
    byline: field('BY'),
  };
  return articleMarkdown(frontMatter, body);
}

function nexisDocument(text: string): string | null {
  const end = NEXIS_END.exec(text);
  if (!end || !NEXIS_LENGTH.test(text)) return null;
  const document = text.slice(0, end.index);
  const body = NEXIS_BODY.exec(document);
  if (!body) return null;
  const loaded = NEXIS_LOADED.exec(document.slice(body.index));
  const head = document.slice(0, body.index);
  const [title, outlet, dated] = head
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, NEXIS_HEAD_LINES);
  const bodyText = document.slice(body.index + body[0].length, loaded ? body.index + loaded.index : undefined);
  const paragraphs = paragraphsOf(bodyText.split('\n'));
  if (!title || !outlet || paragraphs.length === 0) return null;
  const byline = /^Byline:\s*(.+)$/mu.exec(head)?.[1]?.trim() ?? null;
  return articleMarkdown({ title, outlet, published: toIsoDate(dated), byline }, paragraphs);
}
