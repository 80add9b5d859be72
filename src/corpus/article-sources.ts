import { readEntry } from './front-matter.ts';
import { classifyBlocks } from './furniture.ts';
import { domainOf } from './metadata.ts';
import { slug, UNKNOWN_OUTLET, type ParsedFile } from './parse-file.ts';
import type { MetadataOrigin, ParagraphRole, Source } from './source.ts';

type Picked<T> = [T | null, MetadataOrigin];

// The manifest wins (someone wrote it for this very file), then the file's own front matter or the page's
// metadata, then what was inferred from the text.
function pick<T>(fromFile: T | null | undefined, fromManifest: T | undefined, inferred: T | null): Picked<T> {
  if (fromManifest !== undefined) return [fromManifest, 'manifest'];
  if (fromFile != null) return [fromFile, 'front-matter'];
  return inferred != null ? [inferred, 'inferred'] : [null, 'missing'];
}

// "- Crowd barriers cost $61,300.", "2) Appeal by June 1": a list item's marker is layout, not what the item says.
const LIST_MARKER = /^(?:[-*•·]|\d{1,2}[.)])\s+(?=\S)/u;

/** How many characters of a paragraph are its list marker (0 for none). */
const listMarkerLength = (text: string): number => LIST_MARKER.exec(text)?.[0].length ?? 0;

/** The sources one file gives: its article (cleaned of furniture), and each related-coverage entry it lists. */
export function sourcesOf(file: ParsedFile, repeated: ReadonlySet<string>, warnings: string[]): Source[] {
  const fm = file.frontMatter;
  const [title, titleOrigin] = pick(fm?.title, file.manifest?.title, file.inferred.title);
  // A clipper's "created:" dates the page only when neither it nor its text says when it went out.
  const fromFile = fm?.published ?? (file.inferred.published ? null : fm?.saved);
  const [published, publishedOrigin] = pick(fromFile, file.manifest?.published, file.inferred.published);
  const [url, urlOrigin] = pick(fm?.url, file.manifest?.url, file.inferred.url);
  for (const problem of fm?.problems ?? []) warnings.push(`${file.file}: ${problem}`);

  const kept = classifyBlocks(file.blocks, { title, repeated }).filter((v) => !v.furniture);
  let text = file.body;
  let paragraphs = kept.map((v): [number, number] => [v.block.start + listMarkerLength(v.block.text), v.block.end]);
  let paragraphRoles = kept.map((v): ParagraphRole => v.role);
  if (paragraphs.length === 0 && fm?.excerpt) {
    // Front matter alone (an aggregator's record of the article): its excerpt is the citable text.
    text = fm.excerpt;
    paragraphs = [[0, text.length]];
    paragraphRoles = ['body'];
  }
  const sources: Source[] = [];
  if (paragraphs.length > 0) {
    sources.push({
      id: file.id,
      file: file.file,
      kind: 'article',
      outlet: file.outlet,
      title: title ?? file.file,
      url,
      published,
      listedBy: null,
      origins: {
        outlet: file.outletOrigin,
        title: title ? titleOrigin : 'missing',
        published: publishedOrigin,
        url: urlOrigin,
      },
      text,
      paragraphs,
      paragraphRoles,
    });
  }
  file.related.forEach((value, k) => {
    const related = relatedSource(file, value, k, warnings);
    if (related) sources.push(related);
  });
  return sources;
}

function relatedSource(file: ParsedFile, value: unknown, k: number, warnings: string[]): Source | null {
  const entry = readEntry(value);
  if (!entry?.title && !entry?.excerpt) {
    warnings.push(`${file.file}: related entry ${k + 1} has neither a title nor an excerpt; it was skipped`);
    return null;
  }
  for (const problem of entry.problems) warnings.push(`${file.file}: related entry ${k + 1}: ${problem}`);
  const outlet = entry.outlet ?? domainOf(entry.url) ?? UNKNOWN_OUTLET;
  const text = entry.excerpt ?? '';
  const stated = (value: unknown): MetadataOrigin => (value ? 'front-matter' : 'missing');
  return {
    id: `${file.id}~${k + 1}-${slug(outlet)}`,
    file: file.file,
    kind: 'related',
    outlet,
    title: entry.title ?? text.slice(0, 80),
    url: entry.url,
    published: entry.published,
    listedBy: file.outlet,
    origins: {
      outlet: stated(entry.outlet ?? entry.url),
      title: stated(entry.title),
      published: stated(entry.published),
      url: stated(entry.url),
    },
    text,
    paragraphs: text ? [[0, text.length]] : [],
    paragraphRoles: text ? ['body'] : [],
  };
}
