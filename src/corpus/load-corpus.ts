import { CorpusFileError } from '../errors.ts';
import { blockKey, splitBlocks, type Block } from './blocks.ts';
import { splitFrontMatter, readEntry, relatedEntries, type FrontMatterEntry } from './front-matter.ts';
import { classifyBlocks } from './furniture.ts';
import { loadManifest, type ManifestEntry } from './manifest.ts';
import { domainOf, inferMetadata, type InferredMetadata } from './metadata.ts';
import { readCorpusFiles, type CorpusFile } from './read-corpus-files.ts';
import type { MetadataOrigin, Source } from './source.ts';

/** The loaded corpus: every citable source, and what the loader warned about. */
export interface LoadedCorpus {
  sources: Source[];
  warnings: string[];
  /** Example questions from the manifest (may be empty). */
  examples: string[];
  /** Synonym groups from the manifest (may be empty). */
  aliases: string[][];
}

/** A parsed file before cleaning: cleaning needs every file, to spot paragraphs publishers repeat. */
interface ParsedFile {
  file: string;
  id: string;
  body: string;
  blocks: Block[];
  frontMatter: FrontMatterEntry | null;
  related: unknown[];
  inferred: InferredMetadata;
  manifest: ManifestEntry | undefined;
  outlet: string;
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
  const made = parsed.map((file) => {
    const fileSources = sourcesOf(file, repeated, warnings);
    if (fileSources.length === 0) warnings.push(`${file.file}: no readable text is left after removing page furniture; the file was skipped`);
    return fileSources;
  }).flat();
  // A related-coverage entry for an article the corpus holds in full (same link, or same outlet and headline)
  // is that article: the full text is cited instead.
  const keysOf = (s: Source): string[] => [`${s.outlet}|${blockKey(s.title)}`, ...(s.url ? [s.url] : [])];
  const articleKeys = new Set(made.filter((s) => s.kind === 'article').flatMap(keysOf));
  const sources = made.filter((s) => s.kind === 'article' || !keysOf(s).some((key) => articleKeys.has(key)));
  return { sources, warnings, examples: manifest.examples, aliases: manifest.aliases };
}

function parseFile(file: CorpusFile, manifest: ManifestEntry | undefined): ParsedFile {
  const { data, body } = splitFrontMatter(file.raw, file.file);
  const frontMatter = data ? readEntry(data) : null;
  const blocks = splitBlocks(body);
  const inferred = inferMetadata(blocks);
  const url = frontMatter?.url ?? manifest?.url ?? null;
  const outlet = frontMatter?.outlet ?? manifest?.outlet ?? inferred.outlet ?? domainOf(url) ?? 'Unknown outlet';
  return { file: file.file, id: idOf(file.file), body, blocks, frontMatter, related: data ? relatedEntries(data) : [], inferred, manifest, outlet };
}

// A paragraph that recurs on two pages of one outlet, or on three pages of any, is publisher furniture
// (promos, banners, navigation), not reporting.
function repeatedBlocks(files: readonly ParsedFile[]): Set<string> {
  const byKey = new Map<string, { outlets: Map<string, number>; total: number }>();
  for (const file of files) {
    for (const key of new Set(file.blocks.map((b) => blockKey(b.text)))) {
      const entry = byKey.get(key) ?? { outlets: new Map(), total: 0 };
      entry.total++;
      entry.outlets.set(file.outlet, (entry.outlets.get(file.outlet) ?? 0) + 1);
      byKey.set(key, entry);
    }
  }
  const repeated = new Set<string>();
  for (const [key, entry] of byKey) if (entry.total >= 3 || [...entry.outlets.values()].some((n) => n >= 2)) repeated.add(key);
  return repeated;
}

function sourcesOf(file: ParsedFile, repeated: Set<string>, warnings: string[]): Source[] {
  const fm = file.frontMatter;
  const pick = <T>(fromFile: T | null | undefined, fromManifest: T | undefined, inferred: T | null): [T | null, MetadataOrigin] =>
    fromFile != null ? [fromFile, 'front-matter'] : fromManifest !== undefined ? [fromManifest, 'manifest'] : inferred != null ? [inferred, 'inferred'] : [null, 'missing'];
  const [title, titleOrigin] = pick(fm?.title, file.manifest?.title, file.inferred.title);
  const [published, publishedOrigin] = pick(fm?.published, file.manifest?.published, file.inferred.published);
  const [url, urlOrigin] = pick(fm?.url, file.manifest?.url, null);
  const outletOrigin: MetadataOrigin = fm?.outlet ? 'front-matter' : file.manifest?.outlet ? 'manifest' : 'inferred';
  for (const problem of fm?.problems ?? []) warnings.push(`${file.file}: ${problem}`);

  const kept = classifyBlocks(file.blocks, { title, repeated }).filter((v) => !v.furniture).map((v) => v.block);
  let text = file.body;
  let paragraphs = kept.map((b): [number, number] => [b.start, b.end]);
  if (paragraphs.length === 0 && fm?.excerpt) {
    // Front matter alone (an aggregator's record of the article): its excerpt is the citable text.
    text = fm.excerpt;
    paragraphs = [[0, text.length]];
  }
  const sources: Source[] = [];
  if (paragraphs.length > 0) {
    sources.push({
      id: file.id, file: file.file, kind: 'article', outlet: file.outlet, title: title ?? file.file, url, published, listedBy: null,
      origins: { outlet: outletOrigin, title: title ? titleOrigin : 'missing', published: publishedOrigin, url: urlOrigin },
      text, paragraphs,
    });
  }
  file.related.forEach((value, k) => {
    const entry = readEntry(value);
    if (!entry?.title && !entry?.excerpt) {
      warnings.push(`${file.file}: related entry ${k + 1} has neither a title nor an excerpt; it was skipped`);
      return;
    }
    for (const problem of entry.problems) warnings.push(`${file.file}: related entry ${k + 1}: ${problem}`);
    const outlet = entry.outlet ?? domainOf(entry.url) ?? 'Unknown outlet';
    const relatedText = entry.excerpt ?? '';
    sources.push({
      id: `${file.id}~${k + 1}-${slug(outlet)}`, file: file.file, kind: 'related', outlet, title: entry.title ?? relatedText.slice(0, 80),
      url: entry.url, published: entry.published, listedBy: file.outlet,
      origins: { outlet: 'front-matter', title: entry.title ? 'front-matter' : 'missing', published: entry.published ? 'front-matter' : 'missing', url: entry.url ? 'front-matter' : 'missing' },
      text: relatedText, paragraphs: relatedText ? [[0, relatedText.length]] : [],
    });
  });
  return sources;
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'source';
}

function idOf(file: string): string {
  return slug(file.replace(/\.[^.]+$/, ''));
}
