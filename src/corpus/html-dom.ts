import { parseHTML } from 'linkedom';

/** The part of the DOM the extraction reads, typed here because the project compiles without the DOM library. */
export interface HtmlElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly isConnected: boolean;
  getAttribute(name: string): string | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement> & Iterable<HtmlElement>;
  closest(selector: string): HtmlElement | null;
  remove(): void;
}

/** A parsed HTML page. */
export interface HtmlDocument {
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement> & Iterable<HtmlElement>;
}

/**
 * Parses a page with linkedom, a DOM without a browser: scripts are inert text (never run, never fetched), and
 * nothing the page links to (images, styles, frames) is loaded.
 */
export function parseHtmlDocument(html: string): HtmlDocument {
  return parseHTML(html).document as unknown as HtmlDocument;
}
