import { parseHTML } from 'linkedom';

/** A node of a parsed page: an element, a run of text, a comment. */
export interface HtmlNode {
  readonly nodeType: number;
  readonly textContent: string | null;
}

/** The part of the DOM the extraction reads, typed here because the project compiles without the DOM library. */
export interface HtmlElement extends HtmlNode {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly isConnected: boolean;
  readonly parentElement: HtmlElement | null;
  readonly nextElementSibling: HtmlElement | null;
  readonly children: ArrayLike<HtmlElement> & Iterable<HtmlElement>;
  /** Its child nodes, text included: a text node (nodeType 3) is a run of text between elements. */
  readonly childNodes: ArrayLike<HtmlNode> & Iterable<HtmlNode>;
  /** Its markup, comments included (where a Word document keeps its properties). */
  readonly innerHTML: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement> & Iterable<HtmlElement>;
  closest(selector: string): HtmlElement | null;
  remove(): void;
  replaceWith(...nodes: HtmlElement[]): void;
}

/** A parsed HTML page. */
export interface HtmlDocument {
  readonly documentElement: HtmlElement;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement> & Iterable<HtmlElement>;
}

/**
 * Parses a page with linkedom, a DOM without a browser: scripts are inert text (never run, never fetched), and
 * nothing the page links to (images, styles, frames) is loaded.
 */
export function parseHtmlDocument(html: string): HtmlDocument {
  // linkedom builds no <html> and <body> around a fragment (a page saved without them, or plain text), as a
  // browser would; Readability needs them.
  const page = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as HtmlDocument;
}

/** How many elements a page has and how deeply they nest, which bound the work Readability does on it. */
export function domShape(document: HtmlDocument): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  // Iterative: a hostile page can nest deeper than the call stack goes.
  const stack: Array<[HtmlElement, number]> = [[document.documentElement, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [element, level] = next;
    elements++;
    depth = Math.max(depth, level);
    for (const child of element.children) stack.push([child, level + 1]);
  }
  return { elements, depth };
}

/** Text with each run of white space as one space, trimmed ("" for none). */
export const collapseSpace = (text: string | null | undefined): string => (text ?? '').replace(/\s+/gu, ' ').trim();

/** Text with its white space collapsed, or null when none is left. */
export const cleanText = (value: string | null | undefined): string | null => collapseSpace(value) || null;

const TEXT_NODE = 3;

/** The runs of text right inside an element, apart from its child elements' ("By Jane Roe<br>Posted: …"). */
export function ownTextNodes(element: HtmlElement): HtmlNode[] {
  return [...element.childNodes].filter((node) => node.nodeType === TEXT_NODE);
}

/** A node's text with a line break where it has a <br>, which its text content leaves out. */
export function textWithBreaks(node: HtmlNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  const element = node as HtmlElement;
  if (element.tagName === 'BR') return '\n';
  return [...(element.childNodes ?? [])].map(textWithBreaks).join('');
}

/** A spreadsheet's row numbers and column letters, as a sheet published to the web heads its grid ("3", "B"). */
const SHEET_HEADER = /\b(?:row|column)-headers?\b/u;

/** A data table's row as a line: "Issued: 19 March 2026" for a label and its value, else its cells between bars. */
export function tableRowText(row: HtmlElement): string {
  const cells = [...row.children].filter(
    (cell) => (cell.tagName === 'TD' || cell.tagName === 'TH') && !SHEET_HEADER.test(cell.getAttribute('class') ?? ''),
  );
  const texts = cells.map((cell) => collapseSpace(cell.textContent)).filter(Boolean);
  return texts.length === 2 ? `${texts[0]}: ${texts[1]}` : texts.join(' | ');
}
