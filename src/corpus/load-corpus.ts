import { CorpusFileError } from '../errors.ts';
import { sourcesOf } from './article-sources.ts';
import { blockKey } from './blocks.ts';
import { loadManifest } from './manifest.ts';
import { parseFile, type ParsedFile } from './parse-file.ts';
import { readCorpusFiles } from './read-corpus-files.ts';
import type { Source } from './source.ts';

/** The loaded corpus: every citable source, and what the loader warned about. */
export interface LoadedCorpus {
  sources: Source[];
  warnings: string[];
  /** Example questions from the manifest (may be empty). */
  examples: string[];
  /** Synonym groups from the manifest (may be empty). */
  aliases: string[][];
}

/** Loads, cleans and describes every article in the corpus directory; bad files become warnings, never failures. */
export async function loadCorpus(corpusDir: string): Promise<LoadedCorpus> {
  const manifest = await loadManifest(corpusDir);
  const read = await readCorpusFiles(corpusDir);
  const warnings = [...manifest.warnings, ...read.warnings];
  const parsed: ParsedFile[] = [];
  for (const file of read.files) {
    try {
      parsed.push(parseFile(file, manifest.entries.get(file.file)));
    } catch (error) {
      if (!(error instanceof CorpusFileError)) throw error;
      warnings.push(`${error.message}; the file was skipped`);
    }
  }
  const repeated = repeatedBlocks(parsed);
  const made = parsed.flatMap((file) => {
    const fileSources = sourcesOf(file, repeated, warnings);
    if (fileSources.length > 0) return fileSources;
    warnings.push(`${file.file}: no readable text is left after removing page furniture; the file was skipped`);
    return fileSources;
  });
  // A related-coverage entry for an article the corpus holds in full (same link, or same outlet and headline)
  // is that article: the full text is cited instead.
  const keysOf = (s: Source): string[] => [`${s.outlet}|${blockKey(s.title)}`, ...(s.url ? [s.url] : [])];
  const articleKeys = new Set(made.filter((s) => s.kind === 'article').flatMap(keysOf));
  const sources = made.filter((s) => s.kind === 'article' || !keysOf(s).some((key) => articleKeys.has(key)));
  return { sources, warnings, examples: manifest.examples, aliases: manifest.aliases };
}

/** What is known of a paragraph seen on more than one page but not yet found repeated: two outlets' pages. */
const ON_TWO_OUTLETS = Symbol('two outlets');

/**
 * The comparison keys of the paragraphs that recur on two pages of one outlet, or on three pages of any: publisher
 * furniture (promos, banners, navigation), not reporting. Each key seen once keeps only its page's outlet, not counts
 * per outlet: at 100,000 articles there are millions of paragraphs, nearly all seen once.
 */
export function repeatedBlocks(files: ReadonlyArray<Pick<ParsedFile, 'blocks' | 'outlet'>>): Set<string> {
  const seen = new Map<string, string | typeof ON_TWO_OUTLETS>();
  const repeated = new Set<string>();
  for (const file of files) {
    for (const key of new Set(file.blocks.map((b) => blockKey(b.text)))) {
      if (repeated.has(key)) continue;
      const before = seen.get(key);
      if (before === undefined) seen.set(key, file.outlet);
      else if (before === ON_TWO_OUTLETS || before === file.outlet) {
        // A third page, or a second of the same outlet.
        repeated.add(key);
        seen.delete(key);
      } else seen.set(key, ON_TWO_OUTLETS);
    }
  }
  return repeated;
}
