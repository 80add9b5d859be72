import type { MetadataOrigin, ParagraphRole, Source } from '../corpus/source.ts';
import {
  CacheFormatError,
  column,
  columnBytes,
  jsonSection,
  parseJsonSection,
  section,
  type Sections,
} from './sections.ts';

const ORIGINS: readonly MetadataOrigin[] = ['front-matter', 'manifest', 'inferred', 'missing'];
const PARAGRAPH_ROLES: readonly ParagraphRole[] = ['body', 'caption', 'standfirst'];

/** A source's metadata: everything but its text and paragraphs, which are kept as columns. */
type SourceMeta = Omit<Source, 'text' | 'paragraphs' | 'paragraphRoles'>;

const isText = (v: unknown): boolean => typeof v === 'string';
const isTextOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isOrigin = (v: unknown): boolean => ORIGINS.includes(v as MetadataOrigin);

/** Whether a value has a source's metadata fields: checked by hand, as a schema's first use costs 75 ms here. */
function isSourceMeta(v: unknown): v is SourceMeta {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  const origins = (m.origins ?? {}) as Record<string, unknown>;
  return (
    [m.id, m.file, m.outlet, m.title].every(isText) &&
    [m.url, m.published, m.listedBy].every(isTextOrNull) &&
    (m.kind === 'article' || m.kind === 'related') &&
    [origins.outlet, origins.title, origins.published, origins.url].every(isOrigin)
  );
}

/**
 * The sources as columns: metadata as JSON; every text in one block (decoded once, each source's text a slice of it:
 * as JSON the texts' escapes alone took a third of a second at 10,000 articles); paragraph ranges and roles as numbers.
 */
export function sourceColumns(sources: readonly Source[], into: Sections): void {
  const texts = sources.map((s) => s.text).join('');
  // UTF-8 cannot carry a lone surrogate (text from a numeric HTML entity could hold one); UTF-16 carries anything.
  const encoding = /\p{Cs}/u.test(texts) ? 'utf16le' : 'utf8';
  const meta = sources.map(({ text: _t, paragraphs: _p, paragraphRoles: _r, ...rest }) => rest);
  into.set('sources', jsonSection({ encoding, sources: meta }));
  into.set('sources.texts', Buffer.from(texts, encoding));
  into.set('sources.textLengths', columnBytes(Int32Array.from(sources, (s) => s.text.length)));
  into.set('sources.paragraphCounts', columnBytes(Int32Array.from(sources, (s) => s.paragraphs.length)));
  into.set('sources.paragraphs', columnBytes(Int32Array.from(sources.flatMap((s) => s.paragraphs.flat()))));
  const roles = sources.flatMap((s) => s.paragraphRoles.map((role) => PARAGRAPH_ROLES.indexOf(role)));
  into.set('sources.paragraphRoles', Uint8Array.from(roles));
}

/** The sources back from their columns (throws CacheFormatError when they do not fit together). */
export function sourcesFromColumns(sections: Sections): Source[] {
  const { encoding, sources: meta } = parseJsonSection(section(sections, 'sources')) as Record<string, unknown>;
  if ((encoding !== 'utf8' && encoding !== 'utf16le') || !Array.isArray(meta) || !meta.every(isSourceMeta))
    throw new CacheFormatError('the sources section does not hold source metadata');
  const n = meta.length;
  const bytes = section(sections, 'sources.texts');
  const texts = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(encoding);
  const lengths = column(Int32Array, section(sections, 'sources.textLengths'), n);
  const counts = column(Int32Array, section(sections, 'sources.paragraphCounts'), n);
  const paragraphCount = counts.reduce((sum, k) => sum + k, 0);
  const ranges = column(Int32Array, section(sections, 'sources.paragraphs'), paragraphCount * 2);
  const roles = column(Uint8Array, section(sections, 'sources.paragraphRoles'), paragraphCount);
  if (lengths.reduce((sum, k) => sum + k, 0) !== texts.length || roles.some((r) => r >= PARAGRAPH_ROLES.length))
    throw new CacheFormatError('source texts or paragraph roles do not fit the sources');
  let [at, p] = [0, 0];
  return meta.map((m, i) => {
    const text = texts.slice(at, (at += lengths[i]!));
    const paragraphs: Array<[number, number]> = [];
    const paragraphRoles: ParagraphRole[] = [];
    for (let k = counts[i]!; k > 0; k--, p++) {
      paragraphs.push([ranges[2 * p]!, ranges[2 * p + 1]!]);
      paragraphRoles.push(PARAGRAPH_ROLES[roles[p]!]!);
    }
    return { ...m, text, paragraphs, paragraphRoles };
  });
}
