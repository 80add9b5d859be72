import { CorpusFileError } from '../errors.ts';
import { sourcesOf } from './article-sources.ts';
import { blockKey, type Block } from './blocks.ts';
import type { ManifestEntry } from './manifest.ts';
import { parseFile, type ParsedFile } from './parse-file.ts';
import { readArticleFiles } from './read-corpus-files.ts';
import type { Source } from './source.ts';

/** A page's outlet and the comparison keys of its paragraphs (each once), to find what publishers repeat. */
export interface PageKeys {
  outlet: string;
  keys: string[];
}

/** What cleaning a slice gives: its sources, and the warnings about them, in file order. */
export interface CleanedSlice {
  sources: Source[];
  warnings: string[];
}

/**
 * Some of a corpus's files, read and parsed. Cleaning waits for the paragraphs repeated across the whole corpus
 * ({@link repeatedBlocks} over every slice's pages), so a large corpus's slices are read in parallel, then cleaned.
 */
export interface FileSlice {
  /** Files that could not be read, in name order. */
  readWarnings: string[];
  /** Files that could not be parsed, in name order. */
  parseWarnings: string[];
  /** Worked out when iterated: held all at once, the keys were as large as the corpus's text. */
  pages: Iterable<PageKeys>;
  clean(repeated: ReadonlySet<string>): Promise<CleanedSlice>;
}

/** Reads and parses the named files, with their manifest entries. */
export async function readSlice(
  corpusDir: string,
  names: readonly string[],
  entries: ReadonlyMap<string, ManifestEntry>,
): Promise<FileSlice> {
  const read = await readArticleFiles(corpusDir, names);
  const parseWarnings: string[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of read.files) {
    try {
      parsed.push(parseFile(file, entries.get(file.file)));
    } catch (error) {
      if (!(error instanceof CorpusFileError)) throw error;
      parseWarnings.push(`${error.message}; the file was skipped`);
    }
  }
  return {
    readWarnings: read.warnings,
    parseWarnings,
    pages: {
      *[Symbol.iterator]() {
        for (const file of parsed) yield pageKeys(file.outlet, file.blocks);
      },
    },
    async clean(repeated) {
      const warnings: string[] = [];
      const sources = parsed.flatMap((file) => {
        const fileSources = sourcesOf(file, repeated, warnings);
        if (fileSources.length > 0) return fileSources;
        warnings.push(`${file.file}: no readable text is left after removing page furniture; the file was skipped`);
        return fileSources;
      });
      return { sources, warnings };
    },
  };
}

/** A page's outlet and its paragraphs' comparison keys, each once: a page repeating a paragraph counts it once. */
export function pageKeys(outlet: string, blocks: readonly Block[]): PageKeys {
  return { outlet, keys: [...new Set(blocks.map((b) => blockKey(b.text)))] };
}

/** What is known of a paragraph seen on more than one page but not yet found repeated: two outlets' pages. */
const ON_TWO_OUTLETS = Symbol('two outlets');

/**
 * The comparison keys of the paragraphs that recur on two pages of one outlet, or on three pages of any: publisher
 * furniture (promos, banners, navigation), not reporting. Each key seen once keeps only its page's outlet, not counts
 * per outlet: at 100,000 articles there are millions of paragraphs, nearly all seen once.
 */
export function repeatedBlocks(pages: Iterable<PageKeys>): Set<string> {
  const seen = new Map<string, string | typeof ON_TWO_OUTLETS>();
  const repeated = new Set<string>();
  for (const page of pages) {
    for (const key of page.keys) {
      if (repeated.has(key)) continue;
      const before = seen.get(key);
      if (before === undefined) seen.set(key, page.outlet);
      else if (before === ON_TWO_OUTLETS || before === page.outlet) {
        // A third page, or a second of the same outlet.
        repeated.add(key);
        seen.delete(key);
      } else seen.set(key, ON_TWO_OUTLETS);
    }
  }
  return repeated;
}
