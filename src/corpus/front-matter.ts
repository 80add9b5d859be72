import { parse as parseToml, TomlError } from 'smol-toml';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { CorpusFileError } from '../errors.ts';
import { toIsoDate } from './dates.ts';
import { splitEmailHeaders, splitForwardedMessage } from './email-headers.ts';
import { splitPageProperties } from './page-properties.ts';
import { splitPandocTitleBlock } from './pandoc-title-block.ts';
import { regex } from '../text/regex.ts';
import { isNameLike } from './masthead-line.ts';
import { looksLikeOutlet, TITLE_WITH_SITE } from './outlet-names.ts';

/** A file split at its YAML (or TOML) front matter. */
export interface FrontMatterSplit {
  data: Record<string, unknown> | null;
  body: string;
}

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;
/** Hugo and Zola export their front matter as TOML between `+++` lines. */
const TOML_FENCE = /^\uFEFF?\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/u;

function tomlFrontMatter(fence: RegExpExecArray, file: string): FrontMatterSplit {
  try {
    return { data: parseToml(fence[1] ?? ''), body: fence.input.slice(fence[0].length) };
  } catch (error) {
    const where = error instanceof TomlError ? ` at line ${error.line}` : '';
    const problem = `front matter is not valid TOML${where}; fix the TOML or remove the "+++" block`;
    throw new CorpusFileError(file, problem, { cause: error });
  }
}

/** Splits `---`-fenced YAML or `+++`-fenced TOML front matter from the body and parses it with a real parser. */
export function splitFrontMatter(raw: string, file: string): FrontMatterSplit {
  const toml = TOML_FENCE.exec(raw);
  if (toml) return tomlFrontMatter(toml, file);
  const fence = FENCE.exec(raw);
  if (!fence) {
    const opening =
      splitEmailHeaders(raw) ?? splitForwardedMessage(raw) ?? splitPandocTitleBlock(raw) ?? splitPageProperties(raw);
    if (opening) return opening;
    if (/^\uFEFF?---[ \t]*\r?\n/u.test(raw)) {
      throw new CorpusFileError(file, 'front matter starts with "---" but never closes; add a closing "---" line');
    }
    return { data: null, body: raw };
  }
  let data: unknown;
  try {
    // Problems are reported as corpus warnings; the YAML library must not print its own to stderr.
    data = parseYaml(fence[1] ?? '', { logLevel: 'error' });
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line + 1}` : '';
    const problem = `front matter is not valid YAML${where}; fix the YAML or remove the "---" block`;
    throw new CorpusFileError(file, problem, { cause: error });
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new CorpusFileError(file, 'front matter must be a YAML mapping (key: value lines)');
  }
  return { data: (data as Record<string, unknown> | null) ?? null, body: raw.slice(fence[0].length) };
}

// Each field is optional and a wrongly typed one is ignored rather than failing the file: front matter comes
// from many scrapers and CMS exports, each with its own key names. Image lists, AMP links, `secured`, `quality`,
// `heat` are simply not read.
const text = z.string().trim().min(1).optional().catch(undefined);
const dateLike = z.union([z.string(), z.date()]).optional().catch(undefined);
const named = z
  .union([z.string().trim().min(1), z.object({ name: z.string().trim().min(1) }).transform((o) => o.name)])
  .optional()
  .catch(undefined);
const EntrySchema = z.object({
  title: text,
  headline: text,
  // A newsletter's export titles an issue by its subject line.
  subject: text,
  excerpt: text,
  description: text,
  summary: text,
  date: dateLike,
  published: z.unknown().optional(),
  webUrl: text,
  url: text,
  link: text,
  canonical: text,
  canonical_url: text,
  canonicalUrl: text,
  permalink: text,
  // Joplin's and some clippers' name for the page's address.
  source_url: text,
  sourceUrl: text,
  outlet: text,
  publication: text,
  publisher: named,
  site_name: text,
  siteName: text,
  site: text,
  source: text,
  provider: z.object({ name: text, domain: text }).optional().catch(undefined),
  sender: text,
});

const HTTP = /^https?:\/\//u;

/**
 * A key naming when the piece went out, however an exporter writes it ("published_on", "publishedOn", "post_date",
 * "release-date", "dateIssued"), compared lower-cased without separators. Bare "published" is read apart: some
 * exporters set it to true or false.
 */
const PUBLISHED_KEY = regex([
  String.raw`^(?:date(?:published|posted|released|issued)`,
  String.raw`|(?:publish(?:ed)?|pub|post(?:ed)?|released?|issued?)(?:date|on|at|time|datetime))$`,
]);

/**
 * A key naming the site the piece came from, as clippers and exporters write it ("source_site", "sourceName",
 * "publisher_name", "website"), compared the same way, for those the schema does not name.
 */
const OUTLET_KEY =
  /^(?:(?:source|publication|publisher|news)(?:site|sitename|name|outlet|website)|website|newspaper)$/u;

/** The first text under a key of the outlet's shape. */
function outletUnderAnyKey(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, field] of Object.entries(value)) {
    if (!OUTLET_KEY.test(key.toLowerCase().replace(/[-_\s]/gu, ''))) continue;
    if (typeof field === 'string' && field.trim() && !HTTP.test(field)) return field.trim();
  }
  return undefined;
}

/** A key naming when a clipper saved the page ("created", "clipped_at", "saved_on"), not when it went out. */
const SAVED_KEY = /^(?:created|clipped|saved)(?:at|on|date|time)?$/u;

/** The first value under a key of a date's shape, as the schema reads a date. */
function dateUnderAnyKey(value: unknown, shape: RegExp): string | Date | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, field] of Object.entries(value)) {
    if (!shape.test(key.toLowerCase().replace(/[-_\s]/gu, ''))) continue;
    if (typeof field === 'string' || field instanceof Date) return field;
  }
  return undefined;
}

/** The article metadata a front-matter mapping (or one of its `related` entries) gives. */
export interface FrontMatterEntry {
  title: string | null;
  excerpt: string | null;
  published: string | null;
  /** When a clipper saved the page: the date only when nothing else says when it went out. */
  saved: string | null;
  url: string | null;
  outlet: string | null;
  /** Who sent an email saved as text ("Saltmarsh Road Surgery"): its source when nothing names an outlet. */
  sender: string | null;
  /** Problems found (e.g. a link that points outside the outlet's site), for the loader's warnings. */
  problems: string[];
}

/** Reads one front-matter mapping into article metadata, tolerating the field names common exporters use. */
export function readEntry(value: unknown): FrontMatterEntry | null {
  const parsed = EntrySchema.safeParse(value);
  if (!parsed.success) return null;
  const e = parsed.data;
  const problems: string[] = [];
  // "source:" holds a site name in some exports and the article's address in others.
  const sourceUrl = e.source && HTTP.test(e.source) ? e.source : undefined;
  let url =
    e.webUrl ??
    e.url ??
    e.link ??
    e.canonical ??
    e.canonical_url ??
    e.canonicalUrl ??
    e.permalink ??
    e.source_url ??
    e.sourceUrl ??
    sourceUrl ??
    null;
  if (url && !HTTP.test(url)) {
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
  const date = dateUnderAnyKey(value, PUBLISHED_KEY) ?? e.date ?? publishedText;
  const outlet =
    e.outlet ??
    e.publication ??
    e.provider?.name ??
    e.publisher ??
    e.site_name ??
    e.siteName ??
    e.site ??
    (sourceUrl ? undefined : e.source) ??
    outletUnderAnyKey(value);
  const title = e.title ?? e.headline ?? e.subject ?? null;
  // A web clipper keeps the page's title with the site's name after it ("Headline | The Harbor Ledger").
  const suffixed = outlet || !title ? null : TITLE_WITH_SITE.exec(title);
  const site = suffixed && isNameLike(suffixed[2]!) && looksLikeOutlet(suffixed[2]!) ? suffixed : null;
  return {
    title: site ? site[1]! : title,
    excerpt: e.excerpt ?? e.description ?? e.summary ?? null,
    published: toIsoDate(date),
    saved: toIsoDate(dateUnderAnyKey(value, SAVED_KEY)),
    url,
    outlet: outlet ?? site?.[2] ?? null,
    sender: e.sender ?? null,
    problems,
  };
}

const PeopleSchema = z
  .union([
    z.string().transform((s) => s.split(/\s*(?:,|\band\b|&)\s*/u)),
    z.array(z.union([z.string(), z.object({ name: z.string() }).transform((o) => o.name)])),
    z.object({ name: z.string() }).transform((o) => [o.name]),
  ])
  .catch([]);

/** The people a front-matter mapping names as authors (`author`, `authors`, `byline`): never the outlet. */
export function authorsOf(data: Record<string, unknown>): string[] {
  // Hugo keeps a page's own fields under `[params]`.
  const params =
    typeof data.params === 'object' && data.params !== null ? (data.params as Record<string, unknown>) : {};
  const fields = [data.author, data.authors, data.byline, params.author, params.authors];
  const people = fields.flatMap((value) => PeopleSchema.parse(value ?? []));
  return people.map((p) => p.replace(/^by\s+/i, '').trim()).filter(Boolean);
}

/** The `related` list of a front-matter mapping: other outlets' coverage that the article points to. */
export function relatedEntries(data: Record<string, unknown>): unknown[] {
  return Array.isArray(data.related) ? data.related : [];
}
