import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CorpusError } from '../errors.ts';
import { MANIFEST_FILE } from './manifest.ts';
import { withoutPageAssets } from './saved-page-assets.ts';

// Which files of a corpus directory are articles, apart from reading them (decoders, page extractors): a start from
// the cache lists them for its key and reads none.

/** File extensions read as articles. */
const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.mhtml', '.mht', '.eml', '.srt', '.vtt'];

/**
 * A file's extension, lowercased, as saved: wget names a page by its address, query and all ("index.html?p=2291"),
 * so a query after the extension is not part of it.
 */
export function savedExtension(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return /.(\.\w+)(?:\?[^.]*)?$/u.exec(base)?.[1]?.toLowerCase() ?? '';
}

/** Whether a path relative to the corpus directory ('/'-separated) is read as an article: hidden paths are not. */
export function isArticlePath(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(savedExtension(name)) && !isHidden(name) && name !== MANIFEST_FILE;
}

/** Whether a path has a hidden part (a name starting with a dot): nothing in it is read. */
export const isHidden = (name: string): boolean => name.split('/').some((part) => part.startsWith('.'));

/** The article files under the corpus directory, relative and '/'-separated, in name order. */
export async function listArticleFiles(corpusDir: string): Promise<string[]> {
  return (await corpusPaths(corpusDir)).filter(isArticlePath);
}

/** Every path under the corpus directory, relative and '/'-separated, in name order, saved pages' assets left out. */
export async function corpusPaths(corpusDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await entriesUnder(corpusDir, '');
  } catch (error) {
    const message =
      `The corpus directory ${corpusDir} cannot be read; create it or point CORPUS_DIR at a directory ` +
      'of .txt/.md articles';
    throw new CorpusError('CORPUS_DIR_MISSING', message, { cause: error });
  }
  return withoutPageAssets(names.sort());
}

// Every entry, directories too (one named like an article is reported, not read). Walked by hand: readdir's own
// `recursive` option takes five times as long on 10,000 files. Hidden directories are not entered: nothing in them
// is read.
async function entriesUnder(dir: string, prefix: string): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const name = `${prefix}${entry.name}`;
    names.push(name);
    if (entry.isDirectory() && !entry.name.startsWith('.'))
      names.push(...(await entriesUnder(join(dir, entry.name), `${name}/`)));
  }
  return names;
}
