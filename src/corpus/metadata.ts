import { endsLikeSentence, wordCount, type Block } from './blocks.ts';
import { furnitureOf } from './furniture.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WRITTEN_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}),? (\d{4})\b/u;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})/u;

/** Reads a date written as "June 10, 2020", "2020-06-10" or "2020-06-10T22:17:00Z" (or a Date) into YYYY-MM-DD. */
export function toIsoDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const iso = ISO_DATE.exec(value);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const written = WRITTEN_DATE.exec(value);
  if (written) return validDate(Number(written[3]), MONTHS.indexOf(written[1]!.slice(0, 3).toLowerCase()) + 1, Number(written[2]));
  return null;
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

// How pages name themselves: a navigation bar ("BuzzFeed News Home …"), a trust footer ("Why you can trust KUOW"),
// a copyright line ("© 2020 Example Times").
const SELF_NAMING: readonly RegExp[] = [
  /^(\p{Lu}[\p{L}.&'’]*(?: \p{Lu}[\p{L}.&'’]*){0,3}) Home\b/u,
  /^Why you can trust (\p{Lu}[\p{L}\p{N}.&'’ ]{1,40})$/u,
  /^(?:©|Copyright ©?)\s*(?:\d{4}\s*)?(\p{Lu}[\p{L}\p{N}.&'’ ]{1,40}?)(?:[.,]|\s+All rights reserved|$)/u,
];

/** Metadata read from an article's own text; each field is null when the text does not give it. */
export interface InferredMetadata {
  outlet: string | null;
  title: string | null;
  published: string | null;
}

/** Infers outlet, title and publication date from a scraped page's paragraphs. */
export function inferMetadata(blocks: readonly Block[]): InferredMetadata {
  let outlet: string | null = null;
  for (const block of blocks) {
    for (const pattern of SELF_NAMING) {
      const match = pattern.exec(block.text);
      if (match?.[1]) {
        outlet = match[1].trim();
        break;
      }
    }
    if (outlet) break;
  }
  const dateline = blocks.find((b) => furnitureOf(b.text) === 'dateline');
  return { outlet, title: inferTitle(blocks, outlet), published: dateline ? toIsoDate(dateline.text) : null };
}

// The title is the first headline-like paragraph (a few words, no closing period) before the prose begins,
// skipping page furniture and the outlet's own branding line.
function inferTitle(blocks: readonly Block[], outlet: string | null): string | null {
  for (const block of blocks) {
    if (furnitureOf(block.text)) continue;
    const words = wordCount(block.text);
    if (words >= 25 && endsLikeSentence(block.text)) break;
    if (outlet && block.text.startsWith(outlet)) continue;
    if (words >= 3 && words <= 25 && !/[.!?]$/u.test(block.text)) return block.text;
  }
  return null;
}

/** The site name a URL belongs to ("www.cnn.com" → "cnn.com"), for outlets nobody named. */
export function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^(?:www|amp|mobile)\./, '');
  } catch {
    return null;
  }
}
