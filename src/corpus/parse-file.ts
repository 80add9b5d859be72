import { withoutInvisibles } from '../text/invisible.ts';
import { joinBrokenWords } from './broken-words.ts';
import { withGridTablesRead } from './grid-tables.ts';
import { withoutLinkReferences, withoutLinkTargets } from './link-references.ts';
import { plainMarkdown } from './markdown-inline.ts';
import { splitBlocks, type Block } from './blocks.ts';
import { authorsOf, readEntry, relatedEntries, splitFrontMatter, type FrontMatterEntry } from './front-matter.ts';
import type { ManifestEntry } from './manifest.ts';
import { inferMetadata, type InferredMetadata } from './metadata.ts';
import { namesBody } from './outlet-names.ts';
import type { CorpusFile } from './read-corpus-files.ts';
import type { MetadataOrigin } from './source.ts';

/** A parsed file before cleaning: cleaning needs every file, to spot paragraphs publishers repeat. */
export interface ParsedFile {
  file: string;
  id: string;
  body: string;
  blocks: Block[];
  frontMatter: FrontMatterEntry | null;
  related: unknown[];
  inferred: InferredMetadata;
  manifest: ManifestEntry | undefined;
  outlet: string;
  outletOrigin: MetadataOrigin;
}

/** Shown when nothing in or around a file names its outlet. */
export const UNKNOWN_OUTLET = 'Unknown outlet';

const FIELDS = ['outlet', 'title', 'published', 'url'] as const;
const NOTHING_INFERRED: InferredMetadata = { outlet: null, title: null, published: null, url: null };

/** Splits a file into front matter and paragraphs and works out its outlet: stated metadata first, then inferred. */
export function parseFile(file: CorpusFile, manifest: ManifestEntry | undefined): ParsedFile {
  // A soft hyphen or a zero-width space inside a word ("coun\u00ADcil") would split it for search.
  const { data, body: written } = splitFrontMatter(withoutInvisibles(file.raw), file.file);
  const body = plainMarkdown(joinBrokenWords(withoutLinkTargets(withoutLinkReferences(withGridTablesRead(written)))));
  const frontMatter = data ? readEntry(data) : null;
  // An author named as a body ("author: Northvale Regional Health Authority") is the publisher, not a person.
  const authors = data ? authorsOf(data) : [];
  const publisher = authors.find(namesBody);
  const blocks = splitBlocks(body);
  const stated = (field: (typeof FIELDS)[number]): boolean =>
    frontMatter?.[field] != null || manifest?.[field] !== undefined;
  // Inference reads every paragraph (a fifth of reading a corpus): only for a file whose metadata is not all stated.
  const inferred = FIELDS.every(stated)
    ? NOTHING_INFERRED
    : inferMetadata(blocks, {
        file: file.file,
        title: manifest?.title ?? frontMatter?.title ?? null,
        url: manifest?.url ?? frontMatter?.url ?? null,
        authors: authors.filter((author) => author !== publisher),
      });
  const [outlet, outletOrigin] = outletOf([
    [manifest?.outlet, 'manifest'],
    [frontMatter?.outlet ?? publisher, 'front-matter'],
    [inferred.outlet, 'inferred'],
    // A mail names its sender, and a personal blog's post its author, where nothing names a site.
    [frontMatter?.sender ?? authors[0], 'front-matter'],
  ]);
  return {
    file: file.file,
    id: idOf(file.file),
    body,
    blocks,
    frontMatter,
    related: data ? relatedEntries(data) : [],
    inferred,
    manifest,
    outlet,
    outletOrigin,
  };
}

/** The first outlet given, with where it came from, in the order they are trusted; else the unknown outlet. */
function outletOf(given: ReadonlyArray<[string | null | undefined, MetadataOrigin]>): [string, MetadataOrigin] {
  const found = given.find(([name]) => name);
  return found ? [found[0]!, found[1]] : [UNKNOWN_OUTLET, 'missing'];
}

/** A lowercase, dash-separated form of a name, for ids. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'source'
  );
}

function idOf(file: string): string {
  return slug(file.replace(/\.[^.]+$/, ''));
}
