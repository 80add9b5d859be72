import { createRequire } from 'node:module';
import { z } from 'zod';
import { articleMarkdown } from './article-markdown.ts';
import { endsLikeSentence } from './blocks.ts';
import { canonicalUrl } from './article-url.ts';
import { isPhotoCredit } from './captions.ts';
import { domShape, type HtmlDocument, parseHtmlDocument } from './html-dom.ts';
import { readPageMetadata, type PageMetadata } from './html-metadata.ts';
import { articleParagraphs } from './html-text.ts';
import { pageFromScriptData } from './script-data-article.ts';
import { tableProse } from './html-table-prose.ts';

/** An article read out of an HTML page: its metadata (null where the page gives none) and its paragraphs. */
export interface HtmlArticle extends PageMetadata {
  /** The page's own link for itself (tracking parameters removed), else where it was fetched from. */
  url: string | null;
  paragraphs: string[];
}

// A page with less running prose than a short news brief is a section front, search result or login wall.
const MIN_PROSE_WORDS = 50;
// Readability's work grows with elements times nesting depth: 1,000 nested <div>s take it 30 s. News pages have a
// few thousand elements nested 15–60 deep; these bounds keep the worst page to about five seconds.
const MAX_DEPTH = 128;
const MAX_ELEMENTS = 30_000;
const isProse = (paragraph: string): boolean => paragraph.split(' ').length >= 8 && endsLikeSentence(paragraph);

const require = createRequire(import.meta.url);
const versionOf = (pkg: string): string =>
  z.object({ version: z.string() }).parse(require(`${pkg}/package.json`)).version;

const READABILITY_VERSION = versionOf('@mozilla/readability');
/** What the corpus records as `extracted_by` for an article taken from HTML: the extractor and its versions. */
export const HTML_EXTRACTOR = `@mozilla/readability ${READABILITY_VERSION} over linkedom ${versionOf('linkedom')}`;

/** Why a page holds no article, for messages that say what to do instead. */
export const NO_ARTICLE =
  'no article found: the page has no running text (a section front, search page, login ' +
  'wall or a page built by scripts); give the link to one article, or save the article page after it has loaded';

const proseWords = (paragraphs: readonly string[]): number =>
  paragraphs.filter(isProse).reduce((sum, p) => sum + p.split(' ').length, 0);

/**
 * A web story (AMP's `<amp-story>`) tells its story in a sentence or two over each slide's picture, credited on the
 * slide: without the credits, the sentences are read as its text, not as captions of the pictures.
 */
function withoutSlideCredits(document: HtmlDocument): void {
  if (!document.querySelector('amp-story')) return;
  for (const element of document.querySelectorAll('amp-story-page *')) {
    if (element.children.length === 0 && isPhotoCredit(element.textContent?.trim() ?? '')) element.remove();
  }
}

/** Extracts the article from an HTML page, or says why the page gives none. */
export function extractHtmlArticle(html: string, pageUrl: string | null, fromScripts = false): HtmlArticle | string {
  const document = parseHtmlDocument(html);
  const { elements, depth } = domShape(document);
  if (depth > MAX_DEPTH || elements > MAX_ELEMENTS) {
    return (
      `the page has ${elements} elements nested ${depth} deep, more than any news page ` +
      `(${MAX_ELEMENTS} elements, ${MAX_DEPTH} deep); it was not read`
    );
  }
  // Metadata first: the text extraction removes the parts of the page it is read from.
  const metadata = readPageMetadata(document, pageUrl);
  withoutSlideCredits(document);
  let paragraphs = articleParagraphs(document, metadata.title, metadata.paywalledParts);
  // A discussion page (a forum thread, a link shared with its comments) is all comments: read them as its text.
  if (proseWords(paragraphs) < MIN_PROSE_WORDS) {
    paragraphs = articleParagraphs(parseHtmlDocument(html), metadata.title, metadata.paywalledParts, true);
  }
  // A sheet published to the web, or a page that is one table: its rows of sentences are its text.
  if (proseWords(paragraphs) < MIN_PROSE_WORDS) paragraphs = tableProse(parseHtmlDocument(html));
  if (proseWords(paragraphs) < MIN_PROSE_WORDS) {
    // A page built by scripts, saved before they ran: its article may be in their data.
    const rendered = fromScripts ? null : pageFromScriptData(parseHtmlDocument(html));
    return rendered ? extractHtmlArticle(rendered, pageUrl, true) : NO_ARTICLE;
  }
  return { ...metadata, url: metadata.url ? canonicalUrl(metadata.url) : null, paragraphs };
}

/** The front matter an article from HTML is stored with; the corpus reads it as the file's own metadata. */
export function htmlFrontMatter(article: HtmlArticle): Record<string, unknown> {
  return {
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    url: article.url,
    author: article.authors.join(', '),
    modified: article.modified,
  };
}

/**
 * An HTML file in the corpus as the loader reads it: the same Markdown `npm run add` would write for it, so both
 * paths give one article the same text and metadata; `pageUrl` is where it was saved from, when the file says. A
 * page without an article gives the reason instead.
 */
export function htmlAsCorpusFile(html: string, pageUrl: string | null = null): { raw: string } | string {
  const article = extractHtmlArticle(html, pageUrl);
  if (typeof article === 'string') return article;
  // A date line only the folder can read ("02/04/2026") leads the text, where the corpus reads it as one.
  const paragraphs = article.eitherWayDateline
    ? [article.eitherWayDateline, ...article.paragraphs]
    : article.paragraphs;
  return { raw: articleMarkdown({ ...htmlFrontMatter(article), extracted_by: HTML_EXTRACTOR }, paragraphs) };
}
