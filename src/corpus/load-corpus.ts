import { blockKey } from './blocks.ts';
import { readSlice, repeatedBlocks, type FileSlice, type PageKeys } from './file-slice.ts';
import { loadManifest } from './manifest.ts';
import { readInWorkers, readWorkers } from './read-pool.ts';
import { listCorpusFiles } from './read-corpus-files.ts';
import type { Source } from './source.ts';
import { dateFromCorpus } from './corpus-dates.ts';

/** The loaded corpus: every citable source, and what the loader warned about. */
export interface LoadedCorpus {
  sources: Source[];
  warnings: string[];
  /** Example questions from the manifest (may be empty). */
  examples: string[];
  /** Synonym groups from the manifest (may be empty). */
  aliases: string[][];
}

/**
 * Loads, cleans and describes every article in the corpus directory; bad files become warnings, never failures.
 * A large corpus is read by worker threads (`workers`, by default as many as {@link readWorkers} says).
 */
export async function loadCorpus(corpusDir: string, options: { workers?: number } = {}): Promise<LoadedCorpus> {
  const listed = await listCorpusFiles(corpusDir);
  const workers = options.workers ?? readWorkers(listed.articles.length);
  const reading = loadManifest(corpusDir);
  const slices =
    workers === 0
      ? [await readSlice(corpusDir, listed.articles, (await reading).entries)]
      : await readInWorkers(
          corpusDir,
          listed.articles,
          reading.then((manifest) => manifest.entries),
          workers,
        );
  const manifest = await reading;
  const repeated = repeatedBlocks(pagesOf(slices));
  const cleaned = await Promise.all(slices.map((slice) => slice.clean(repeated)));
  const warnings = [
    ...manifest.warnings,
    ...listed.warnings,
    ...slices.flatMap((slice) => slice.readWarnings),
    ...slices.flatMap((slice) => slice.parseWarnings),
    ...cleaned.flatMap((slice) => slice.warnings),
  ];
  const made = cleaned.flatMap((slice) => slice.sources);
  // A related-coverage entry for an article the corpus holds in full (same link, or same outlet and headline)
  // is that article: the full text is cited instead.
  const keysOf = (s: Source): string[] => [`${s.outlet}|${blockKey(s.title)}`, ...(s.url ? [s.url] : [])];
  const articleKeys = new Set(made.filter((s) => s.kind === 'article').flatMap(keysOf));
  const sources = made.filter((s) => s.kind === 'article' || !keysOf(s).some((key) => articleKeys.has(key)));
  dateFromCorpus(sources);
  return { sources, warnings, examples: manifest.examples, aliases: manifest.aliases };
}

function* pagesOf(slices: readonly FileSlice[]): Iterable<PageKeys> {
  for (const slice of slices) yield* slice.pages;
}
