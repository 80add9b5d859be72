import { wordCount } from './blocks.ts';
import { collapseSpace, type HtmlDocument, type HtmlElement } from './html-dom.ts';

// A spreadsheet published to the web (a group's tracker of a story: "Date | Update | Source | Link") or a page that
// is one table is all cells: no article extractor finds running text in it. Its rows that hold sentences are its
// text, each read as one paragraph: the short cells before the prose label it ("18/06/2024: Contract signed …"), the
// short cells after it say where it came from ("(DDC press release)"), and bare links and a sheet's row numbers and
// column letters are left out.

/** A cell this long, ending on a full stop, holds prose. */
const PROSE_CELL_WORDS = 6;
/** A sheet's row number or column letter ("12", "AB"). */
const GRID_LABEL = /^(?:\d{1,5}|[A-Z]{1,3})$/u;
const LINK = /^(?:https?:\/\/|www\.)\S+$/iu;

const isProseCell = (text: string): boolean => wordCount(text) >= PROSE_CELL_WORDS && /[.!?"”’)]$/u.test(text);

/** One row as a paragraph, or null for a row holding no prose (a header, a row of figures). */
function rowParagraph(row: HtmlElement): string | null {
  const cells = [...row.children]
    .filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH')
    .map((cell) => collapseSpace(cell.textContent))
    .filter((text) => text && !GRID_LABEL.test(text) && !LINK.test(text));
  const first = cells.findIndex(isProseCell);
  if (first < 0) return null;
  const last = cells.findLastIndex(isProseCell);
  const label = cells.slice(0, first).join(' – ');
  const source = cells.slice(last + 1).join('; ');
  const prose = cells.slice(first, last + 1).join(' ');
  return `${label ? `${label}: ` : ''}${prose}${source ? ` (${source})` : ''}`;
}

/** The paragraphs of a page's tables whose rows hold sentences, in the order the page gives them. */
export function tableProse(document: HtmlDocument): string[] {
  return [...document.querySelectorAll('table tr')].flatMap((row) => rowParagraph(row) ?? []);
}
