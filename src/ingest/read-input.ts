import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { splitBlocks } from '../corpus/blocks.ts';
import { readEntry, splitFrontMatter } from '../corpus/front-matter.ts';
import { extractHtmlArticle, HTML_EXTRACTOR, htmlFrontMatter, type HtmlArticle } from '../corpus/html-article.ts';
import { inferMetadata } from '../corpus/metadata.ts';
import { AddArticleError, describeError } from '../errors.ts';
import { fetchPage, type FetchOptions } from './fetch-page.ts';

/** An article ready to be written to the corpus, with the metadata its source card will show. */
export interface ArticleToAdd {
  /** The URL or file as the person gave it. */
  input: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  /** Fields guessed from the text rather than stated by the source; they are not written as front matter. */
  guessed: Array<'title' | 'outlet' | 'published'>;
  /** The front matter to write, before `added` and `extracted_by`. */
  frontMatter: Record<string, unknown>;
  paragraphs: string[];
  /** The text the article's card opens with: its first paragraphs, or the excerpt of a front-matter-only file. */
  opening: string;
  extractedBy: string;
}

/** The largest file accepted, the same as the corpus loader's limit for one article. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const TEXT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

function fromHtml(input: string, article: HtmlArticle | string): ArticleToAdd {
  if (typeof article === 'string') throw new AddArticleError('NO_ARTICLE', input, article);
  const { title, outlet, published, url, paragraphs } = article;
  const frontMatter = htmlFrontMatter(article);
  return {
    input,
    title,
    outlet,
    published,
    url,
    guessed: [],
    frontMatter,
    paragraphs,
    opening: paragraphs.join(' '),
    extractedBy: HTML_EXTRACTOR,
  };
}

/** Fetches a URL and extracts its article. */
export async function articleFromUrl(input: string, options: FetchOptions): Promise<ArticleToAdd> {
  const page = await fetchPage(input, options);
  return fromHtml(input, extractHtmlArticle(page.html, page.url));
}

/** Reads a saved web page (.html) or a text article (.md, .txt, with or without front matter). */
export async function articleFromFile(path: string): Promise<ArticleToAdd> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) {
    throw new AddArticleError('ADD_INPUT_INVALID', path, 'is not a URL or an existing file; URLs start with https://');
  }
  const extension = extname(path).toLowerCase();
  if (!HTML_EXTENSIONS.has(extension) && !TEXT_EXTENSIONS.has(extension)) {
    throw new AddArticleError(
      'ADD_INPUT_INVALID',
      path,
      'is not a web page (.html) or text (.md, .txt); save the article in one of those forms, or give its URL',
    );
  }
  if (info.size > MAX_FILE_BYTES) {
    throw new AddArticleError('ADD_INPUT_INVALID', path, 'is over the 5 MB limit for one article');
  }
  const raw = (await readFile(path, 'utf8')).replace(/\r\n?/gu, '\n');
  if (HTML_EXTENSIONS.has(extension)) return fromHtml(path, extractHtmlArticle(raw, null));
  return fromText(path, raw);
}

// A text file is copied as it is; what its front matter states is kept, and what it leaves out is guessed from
// the text only for the file name and the card, so the corpus goes on marking those fields as inferred.
function fromText(path: string, raw: string): ArticleToAdd {
  let split: ReturnType<typeof splitFrontMatter>;
  try {
    split = splitFrontMatter(raw, path);
  } catch (error) {
    // The loader's message starts with the file name, which this error adds itself.
    throw new AddArticleError('ADD_INPUT_INVALID', path, describeError(error).replace(`${path}: `, ''), {
      cause: error,
    });
  }
  const body = split.body.trim();
  const stated = split.data ? readEntry(split.data) : null;
  // Front matter alone is an article when it has an excerpt: the corpus cites the excerpt.
  if (!body && !stated?.excerpt) {
    throw new AddArticleError(
      'NO_ARTICLE',
      path,
      'has no article text and no excerpt; add the text below the front matter',
    );
  }
  const inferred = inferMetadata(splitBlocks(body), {
    file: basename(path),
    title: stated?.title ?? null,
    url: stated?.url ?? null,
    authors: [],
  });
  const guessed: ArticleToAdd['guessed'] = [];
  const pick = (field: ArticleToAdd['guessed'][number]): string | null => {
    if (stated?.[field]) return stated[field];
    if (inferred[field]) guessed.push(field);
    return inferred[field];
  };
  return {
    input: path,
    title: pick('title'),
    outlet: pick('outlet'),
    published: pick('published'),
    url: stated?.url ?? null,
    guessed,
    frontMatter: { ...split.data },
    paragraphs: body ? [body] : [],
    opening: body || stated?.excerpt || '',
    extractedBy: `copied as is from ${basename(path)}`,
  };
}
