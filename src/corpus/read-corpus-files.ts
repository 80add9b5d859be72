import { readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { corpusPaths, isArticlePath, isHidden, savedExtension } from './corpus-paths.ts';
import { decodeHtml, decodeText, utf16Text } from './decode-text.ts';
import { withoutDrawnLogo } from './drawn-logo.ts';
import { fileNameHints } from './file-name.ts';
import { pageOfMhtml } from './mhtml.ts';
import { mailingListDigest } from './mailing-list-digest.ts';
import { newsDatabaseExport } from './news-database-export.ts';
import { asciidocText } from './asciidoc.ts';
import { latexSourceText } from './latex-source.ts';
import { newsFeedText } from './news-feed.ts';
import { withoutMdxSyntax } from './mdx-syntax.ts';
import { subtitlesText } from './subtitles.ts';
import { timedCaptionsText } from './timed-captions.ts';
import { transcriptText } from './transcript.ts';

/** Whether a corpus file is a saved web page, read through the same extraction as `npm run add`. */
const isHtmlPath = (name: string): boolean => ['.html', '.htm'].includes(savedExtension(name));

/** Larger files are almost certainly not one article (a dump, a binary): they are skipped with a warning. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
// A page saved as a single file carries its images too: tens of megabytes around one article.
const isMhtmlPath = (name: string): boolean => ['.mhtml', '.mht'].includes(savedExtension(name));
const MAX_MHTML_BYTES = 50 * 1024 * 1024;
/** A mail client's saved message (.eml): its MIME source, read through an email parser. */
const isEmailPath = (name: string): boolean => savedExtension(name) === '.eml';

/** One article file's text, with its path relative to the corpus directory. */
export interface CorpusFile {
  file: string;
  raw: string;
}

/** Article files that could be read, and one warning per file that could not. */
export interface CorpusFiles {
  files: CorpusFile[];
  warnings: string[];
}

/** Saved documents that are not read (PDF, Word, a Safari .webarchive): each gets a warning saying what to do. */
const UNREAD_DOCUMENT = /\.(?:pdf|docx?|rtf|odt|pages|epub|webarchive)$/i;

/** The article files under a corpus directory, in name order, and a warning per saved document that is not read. */
export async function listCorpusFiles(corpusDir: string): Promise<{ articles: string[]; warnings: string[] }> {
  const paths = await corpusPaths(corpusDir);
  const warnings = paths
    .filter((path) => UNREAD_DOCUMENT.test(path) && !isHidden(path))
    .map(
      (path) =>
        `${path}: is a ${path.slice(path.lastIndexOf('.') + 1).toUpperCase()} file, which is not read; save the ` +
        'article as text (.txt) or as a web page (.html), or add it from its link with `npm run add`',
    );
  return { articles: paths.filter(isArticlePath), warnings };
}

/** Reads every article file under the corpus directory, in name order; never modifies anything. */
export async function readCorpusFiles(corpusDir: string): Promise<CorpusFiles> {
  const { articles, warnings } = await listCorpusFiles(corpusDir);
  const read = await readArticleFiles(corpusDir, articles);
  return { files: read.files, warnings: [...warnings, ...read.warnings] };
}

/**
 * Reads the named article files (relative to the corpus directory), in the order given; never modifies anything.
 * Each file is read synchronously: a build reads its corpus in worker threads that do nothing else meanwhile, and
 * the promise API's open, stat, read and close, sixteen files ahead, took a fifth of their time. 10,000 files are
 * read in a fifth less time, and no slower with the page cache dropped.
 */
export async function readArticleFiles(corpusDir: string, articles: readonly string[]): Promise<CorpusFiles> {
  const files: CorpusFile[] = [];
  const warnings: string[] = [];
  for (const name of articles) {
    const problem = await readProblem(join(corpusDir, name));
    const shown = relative(corpusDir, join(corpusDir, name));
    if (typeof problem === 'string') warnings.push(`${shown}: ${problem}; the file was skipped`);
    else files.push({ file: name, raw: problem.raw });
    if (typeof problem !== 'string' && problem.legacy) {
      warnings.push(
        `${shown}: is not UTF-8 text; it was read as ${problem.legacy} (save it as UTF-8 if letters look wrong)`,
      );
    }
  }
  return { files, warnings };
}

async function readProblem(path: string): Promise<string | { raw: string; legacy?: string }> {
  let bytes: Buffer;
  try {
    const info = statSync(path);
    if (!info.isFile()) return 'is not a regular file';
    const megabytes = Math.round(info.size / 1024 / 1024);
    const limit = isMhtmlPath(path) ? MAX_MHTML_BYTES : MAX_FILE_BYTES;
    if (info.size > limit) return `is ${megabytes} MB, over the ${limit / 1024 / 1024} MB limit for one article`;
    bytes = readFileSync(path);
  } catch (error) {
    return `could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
  if (bytes.length === 0 || (!holdsVisibleAscii(bytes) && bytes.toString('utf8').trim() === '')) return 'is empty';
  const utf16 = utf16Text(bytes);
  if (!utf16 && bytes.includes(0)) return 'looks binary (it contains NUL bytes), not text';
  if (isMhtmlPath(path)) return mhtmlAsCorpusFile(bytes);
  if (isEmailPath(path)) {
    const { emailAsCorpusFile } = await import('./email-message.ts');
    return emailAsCorpusFile(bytes);
  }
  // A saved page says its charset in a <meta> tag; a text file says nothing, and is UTF-8 or an older Windows one.
  const html = isHtmlPath(path);
  const decoded = utf16
    ? { text: utf16, legacy: null }
    : html
      ? { text: decodeHtml(bytes, undefined), legacy: null }
      : decodeText(bytes);
  if (!decoded) return 'is not UTF-8 text; save it as UTF-8';
  const text = decoded.text.replace(/\r\n?/g, '\n');
  // A site's feed, saved as XML text or as the page a browser shows it in, lists stories rather than telling one.
  const feed = newsFeedText(text);
  if (feed) return { raw: feed };
  // A saved page is read as the Markdown `npm run add` would write for it: its metadata counts as its own. The HTML
  // extractor (linkedom, Readability) takes a third of a second to load, so only a corpus with pages loads it.
  if (!html) {
    const exported =
      newsDatabaseExport(text) ??
      asciidocText(text) ??
      latexSourceText(text) ??
      mailingListDigest(text) ??
      subtitlesText(text) ??
      transcriptText(text, fileNameHints(basename(path)).headline ?? basename(path)) ??
      timedCaptionsText(text);
    if (exported) return { raw: exported };
    const extension = savedExtension(path);
    const raw = extension === '.txt' ? withoutDrawnLogo(text) : extension === '.md' ? withoutMdxSyntax(text) : text;
    return { raw, ...(decoded.legacy ? { legacy: decoded.legacy } : {}) };
  }
  const { htmlAsCorpusFile } = await import('./html-article.ts');
  return htmlAsCorpusFile(text);
}

/**
 * Whether the bytes hold an ASCII character other than a space: such a file is not empty, and most files show one in
 * their first bytes, where decoding a whole file to trim it was a copy of every file read.
 */
function holdsVisibleAscii(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte < 0x80 && byte > 0x20) return true;
  return false;
}

async function mhtmlAsCorpusFile(bytes: Buffer): Promise<string | { raw: string }> {
  const page = pageOfMhtml(bytes);
  if (typeof page === 'string') return page;
  const { htmlAsCorpusFile } = await import('./html-article.ts');
  return htmlAsCorpusFile(decodeHtml(page.html, page.contentType).replace(/\r\n?/g, '\n'), page.url);
}
