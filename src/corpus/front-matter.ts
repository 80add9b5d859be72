import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { CorpusFileError } from '../errors.ts';
import { toIsoDate } from './metadata.ts';

/** A file split at its YAML front matter. */
export interface FrontMatterSplit {
  data: Record<string, unknown> | null;
  body: string;
}

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;

/** Splits `---`-fenced YAML front matter from the body and parses it with a real YAML parser. */
export function splitFrontMatter(raw: string, file: string): FrontMatterSplit {
  const fence = FENCE.exec(raw);
  if (!fence) {
    if (/^\uFEFF?---[ \t]*\r?\n/u.test(raw)) throw new CorpusFileError(file, 'front matter starts with "---" but never closes; add a closing "---" line');
    return { data: null, body: raw };
  }
  let data: unknown;
  try {
    // Problems are reported as corpus warnings; the YAML library must not print its own to stderr.
    data = parseYaml(fence[1] ?? '', { logLevel: 'error' });
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line + 1}` : '';
    throw new CorpusFileError(file, `front matter is not valid YAML${where}; fix the YAML or remove the "---" block`, { cause: error });
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new CorpusFileError(file, 'front matter must be a YAML mapping (key: value lines)');
  }
  return { data: (data as Record<string, unknown> | null) ?? null, body: raw.slice(fence[0].length) };
}

// Each field is optional and a wrongly typed one is ignored rather than failing the file: front matter comes
// from many scrapers and CMS exports. Image lists, AMP links, `secured`, `quality`, `heat` are simply not read.
const text = z.string().trim().min(1).optional().catch(undefined);
const dateLike = z.union([z.string(), z.date()]).optional().catch(undefined);
const EntrySchema = z.object({
  title: text,
  excerpt: text, description: text, summary: text,
  publishedDateTime: dateLike, date: dateLike, published: z.unknown().optional(), publishedAt: dateLike,
  webUrl: text, url: text, link: text,
  outlet: text, publisher: text, source: text,
  provider: z.object({ name: text, domain: text }).optional().catch(undefined),
});

/** The article metadata a front-matter mapping (or one of its `related` entries) gives. */
export interface FrontMatterEntry {
  title: string | null;
  excerpt: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  /** Problems found (e.g. a link that points outside the outlet's site), for the loader's warnings. */
  problems: string[];
}

/** Reads one front-matter mapping into article metadata, tolerating the field names common exporters use. */
export function readEntry(value: unknown): FrontMatterEntry | null {
  const parsed = EntrySchema.safeParse(value);
  if (!parsed.success) return null;
  const e = parsed.data;
  const problems: string[] = [];
  let url = e.webUrl ?? e.url ?? e.link ?? null;
  if (url && !/^https?:\/\//u.test(url)) {
    problems.push(`link "${url}" is not an http(s) URL; it was left out`);
    url = null;
  }
  const domain = e.provider?.domain;
  if (url && domain && !new URL(url).hostname.endsWith(domain)) {
    // A citation must not send readers to another site than the outlet it names.
    problems.push(`link ${url} is not on ${domain}, the outlet's site; it was left out`);
    url = null;
  }
  const publishedText = typeof e.published === 'string' || e.published instanceof Date ? e.published : undefined;
  return {
    title: e.title ?? null,
    excerpt: e.excerpt ?? e.description ?? e.summary ?? null,
    published: toIsoDate(e.publishedDateTime ?? e.publishedAt ?? e.date ?? publishedText),
    url,
    outlet: e.outlet ?? e.provider?.name ?? e.publisher ?? e.source ?? null,
    problems,
  };
}

/** The `related` list of a front-matter mapping: other outlets' coverage that the article points to. */
export function relatedEntries(data: Record<string, unknown>): unknown[] {
  return Array.isArray(data.related) ? data.related : [];
}
