import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { articleMarkdown } from '../corpus/article-markdown.ts';
import { AddArticleError } from '../errors.ts';
import { articleFileName, freeFileName, writeArticleFile } from './article-file.ts';
import { CorpusCatalog, type Duplicate } from './corpus-catalog.ts';
import type { FetchOptions } from './fetch-page.ts';
import { articleFromFile, articleFromUrl, type ArticleToAdd } from './read-input.ts';

/** Where and how to add articles. */
export interface AddOptions {
  corpusDir: string;
  /** Replace an article the corpus already holds (same link or same text) instead of leaving it be. */
  force?: boolean;
  fetch: FetchOptions;
  /** The clock for the `added` field (default: now). */
  now?: () => Date;
}

/** What became of one URL or file. */
export type AddOutcome =
  | { status: 'added' | 'replaced'; input: string; file: string; replaced: string | null; article: ArticleToAdd }
  | { status: 'duplicate'; input: string; duplicate: Duplicate }
  | { status: 'failed'; input: string; error: AddArticleError };

// "https://…", "file:…", "ftp://…": anything with a scheme is a URL (and refused unless http/https); a Windows
// drive letter ("C:\…") is a path.
const HAS_SCHEME = /^[a-z][a-z\d+.-]+:/i;

/**
 * Adds each URL or file to the corpus folder in turn, as `<published>-<outlet>-<slug>.md` with front matter; one
 * failing does not stop the rest. Articles the corpus already holds are reported, not written again, unless
 * `force` is set; then the new file replaces the old one.
 */
export async function addArticles(inputs: readonly string[], options: AddOptions): Promise<AddOutcome[]> {
  const catalog = await CorpusCatalog.read(options.corpusDir);
  const outcomes: AddOutcome[] = [];
  for (const input of inputs) {
    try {
      outcomes.push(await addOne(input, catalog, options));
    } catch (error) {
      if (!(error instanceof AddArticleError)) throw error;
      outcomes.push({ status: 'failed', input, error });
    }
  }
  return outcomes;
}

async function addOne(input: string, catalog: CorpusCatalog, options: AddOptions): Promise<AddOutcome> {
  const { corpusDir, force = false, now = () => new Date() } = options;
  const isUrl = HAS_SCHEME.test(input);
  // A link the corpus already holds needs no fetch at all.
  const known = isUrl && !force ? catalog.findUrl(input) : null;
  if (known) return { status: 'duplicate', input, duplicate: known };

  const article = isUrl ? await articleFromUrl(input, options.fetch) : await articleFromFile(input);
  const text = article.paragraphs.join('\n\n');
  const duplicate = catalog.find(article.url, text);
  if (duplicate && !force) return { status: 'duplicate', input, duplicate };

  const replacing = duplicate?.file ?? null;
  const file = await freeFileName(corpusDir, articleFileName(article), replacing);
  const frontMatter = { ...article.frontMatter, added: now().toISOString(), extracted_by: article.extractedBy };
  await writeArticleFile(corpusDir, file, articleMarkdown(frontMatter, article.paragraphs));
  if (replacing && replacing !== file) await rm(join(corpusDir, replacing), { force: true });
  if (replacing) catalog.forget(replacing);
  catalog.record(file, article.url, text);
  return { status: replacing ? 'replaced' : 'added', input, file, replaced: replacing, article };
}
