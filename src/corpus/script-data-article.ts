import type { HtmlDocument } from './html-dom.ts';

// A page built by scripts (Next.js, and the like) saved as "HTML only" shows a skeleton ("Loading…"): its article
// is in the data the scripts would have rendered it from, a JSON blob in a <script type="application/json">
// (`__NEXT_DATA__`), or in its JSON-LD. That data has no standard shape, so the article is found by what it holds:
// an object with a headline and a body of paragraphs (a string, or a list of strings or text blocks), the one with
// the most prose.

/** Keys naming an article's headline, its body, its standfirst, its date and its author, in the order tried. */
const HEADLINE_KEYS = ['headline', 'title'];
const BODY_KEYS = ['body', 'content', 'blocks', 'paragraphs', 'articleBody', 'bodyHtml', 'html', 'text'];
const STANDFIRST_KEYS = ['standfirst', 'dek', 'subheadline', 'subtitle', 'summary', 'description'];
const DATE_KEYS = ['publishedAt', 'datePublished', 'published', 'publishDate', 'firstPublished', 'date', 'createdAt'];
const AUTHOR_KEYS = ['author', 'authors', 'byline'];
/** A block's text, under whichever key its CMS uses. */
const BLOCK_TEXT_KEYS = ['text', 'content', 'html', 'value'];
/** Blocks that are not running text: pictures, embeds, advertising, pull quotes repeating the text, link lists. */
const SKIPPED_BLOCK =
  /^(?:image|photo|figure|gallery|video|embed|ads?(?![a-z])|advert|promo|related|pull.?quote|newsletter)/u;
const HEADING_BLOCK = /^(?:heading|subhead|h[2-6]$)/u;
// How deep the data is searched and how much of it: a blob nests a few levels; a hostile one is not walked whole.
const MAX_DEPTH = 12;
const MAX_NODES = 50_000;
const MIN_WORDS = 50;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Block {
  heading: boolean;
  text: string;
}

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const firstString = (node: JsonObject, keys: readonly string[]): string | undefined =>
  keys.map((key) => node[key]).find((value): value is string => typeof value === 'string' && value.trim() !== '');
const words = (blocks: readonly Block[]): number =>
  blocks.reduce((sum, b) => sum + (b.heading ? 0 : b.text.split(/\s+/u).length), 0);

/** A body's blocks: HTML or text (parted at blank lines), or a list of strings and typed blocks. */
function blocksOf(body: Json | undefined): Block[] {
  if (typeof body === 'string') {
    if (/<p[\s>]/i.test(body)) return [{ heading: false, text: body }];
    return body.split(/\n\s*\n/u).map((text) => ({ heading: false, text: text.trim() }));
  }
  if (!Array.isArray(body)) return [];
  return body.flatMap((item): Block[] => {
    if (typeof item === 'string') return [{ heading: false, text: item }];
    if (!isObject(item)) return [];
    // A block's kind, lowercased, without a namespace ("core/image" is an image).
    const type = (firstString(item, ['type', '_type', 'kind']) ?? '').toLowerCase().replace(/^.*[/:]/u, '');
    if (SKIPPED_BLOCK.test(type)) return [];
    const text = firstString(item, BLOCK_TEXT_KEYS);
    return text ? [{ heading: HEADING_BLOCK.test(type), text }] : [];
  });
}

/** The author's name or names, however the data writes them. */
function authorsOf(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(authorsOf);
  return isObject(value) && typeof value.name === 'string' ? [value.name] : [];
}

interface DataArticle {
  headline: string;
  standfirst?: string;
  published?: string;
  authors: string[];
  blocks: Block[];
}

/** The article-like object of a parsed blob holding the most prose, or null. */
function findArticle(data: Json): DataArticle | null {
  let best: DataArticle | null = null;
  let seen = 0;
  const stack: Array<[Json, number]> = [[data, 0]];
  for (let next = stack.pop(); next && seen < MAX_NODES; next = stack.pop(), seen++) {
    const [node, depth] = next;
    const children = Array.isArray(node) ? node : isObject(node) ? Object.values(node) : [];
    if (depth < MAX_DEPTH) for (const child of children) stack.push([child, depth + 1]);
    if (!isObject(node)) continue;
    const headline = firstString(node, HEADLINE_KEYS);
    const blocks = BODY_KEYS.map((key) => blocksOf(node[key])).find((b) => words(b) >= MIN_WORDS);
    if (!headline || !blocks || (best && words(best.blocks) >= words(blocks))) continue;
    const published = firstString(node, DATE_KEYS);
    const standfirst = firstString(node, STANDFIRST_KEYS);
    best = { headline, blocks, authors: AUTHOR_KEYS.flatMap((key) => authorsOf(node[key])).slice(0, 3) };
    if (published) best.published = published;
    if (standfirst) best.standfirst = standfirst;
  }
  return best;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
/** A block's markup: a body given as HTML is kept as it is (it is parsed, never run). */
function blockHtml(block: Block): string {
  if (/<[a-z][^>]*>/iu.test(block.text)) return block.text;
  const tag = block.heading ? 'h2' : 'p';
  return `<${tag}>${escapeHtml(block.text)}</${tag}>`;
}

/**
 * The page as its scripts would have shown it, from its JSON data, or null when the data holds no article. The
 * page's own <head> (title, site name, link) is kept; the data's date and authors are added to it as meta tags.
 */
export function pageFromScriptData(document: HtmlDocument): string | null {
  let article: DataArticle | null = null;
  // JSON-LD's NewsArticle holds the same in standard keys ("headline", "articleBody") where a page left it there.
  const scripts = document.querySelectorAll('script[type="application/json"], script[type="application/ld+json"]');
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue; // Not JSON after all: other scripts may still hold the article.
    }
    const found = findArticle(data);
    if (found && (!article || words(found.blocks) > words(article.blocks))) article = found;
  }
  if (!article) return null;
  const head = document.querySelector('head')?.innerHTML ?? '';
  const meta = [
    article.published ? `<meta property="article:published_time" content="${escapeHtml(article.published)}">` : '',
    ...article.authors.map((name) => `<meta name="author" content="${escapeHtml(name)}">`),
  ].join('');
  const standfirst = article.standfirst ? `<p>${escapeHtml(article.standfirst)}</p>` : '';
  const body = article.blocks.map(blockHtml).join('\n');
  return (
    `<!DOCTYPE html><html><head>${head.replace(/<script[\s\S]*?<\/script>/giu, '')}${meta}</head><body><article>` +
    `<h1>${escapeHtml(article.headline)}</h1>${standfirst}\n${body}</article></body></html>`
  );
}
