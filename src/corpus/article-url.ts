import { monthNumber } from '../text/calendar.ts';

// Query parameters that only say how a reader arrived (campaigns, ad clicks, newsletters, share buttons); the page
// is the same without them, so a stored link drops them and two links differing only in them are one article.
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'rb_clickid',
  's_cid',
  'ocid',
  'cmpid',
  'smid',
  'smtyp',
  'ref',
  'ref_src',
  'ref_url',
  'taid',
  'at_medium',
  'at_campaign',
  'sr_share',
  'fb_action_ids',
  'fb_action_types',
  'fb_source',
  'wt_mc',
  'ito',
  'cid_source',
]);

const isTracking = (name: string): boolean => {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower.startsWith('pk_') || TRACKING_PARAMS.has(lower);
};

/** The URL as stored in the corpus: tracking parameters and the #fragment removed, the rest exactly as given. */
export function canonicalUrl(url: string | URL): string {
  const parsed = new URL(url);
  parsed.hash = '';
  // Deleting re-encodes the whole query, so the query is only touched when it holds something to delete.
  const tracking = [...new Set(parsed.searchParams.keys())].filter(isTracking);
  for (const name of tracking) parsed.searchParams.delete(name);
  return parsed.href;
}

/**
 * The key two links to one article share: the canonical URL without scheme, "www." or a trailing slash, since
 * publishers link to their pages all of those ways.
 */
export function articleUrlKey(url: string): string | null {
  try {
    const parsed = new URL(canonicalUrl(url));
    const host = parsed.host.replace(/^www\./u, '');
    return `${host}${parsed.pathname.replace(/\/+$/u, '')}${parsed.search}`;
  } catch {
    return null;
  }
}

// News sites file an article under the day it was published: ".../2024/06/03/slug", ".../2024-06-03/slug", the
// month by its name (".../2024/jun/03/slug"), and blogs and catalogues write the day before the slug:
// ".../2024-06-03-slug".
const PATH_DATE = /\/(\d{4})[/-](\d{1,2}|[a-z]{3,9})[/-](\d{1,2})(?=[/-]|$)/i;

/** The publication date an article's address files it under (YYYY-MM-DD), or null when the path has none. */
export function dateInUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const [, y, m, d] = PATH_DATE.exec(new URL(url).pathname) ?? [];
    const [year, month, day] = [Number(y), /^\d+$/u.test(m ?? '') ? Number(m) : monthNumber(m ?? ''), Number(d)];
    if (!year || !month || !day) return null;
    const date = new Date(Date.UTC(year, month - 1, day));
    const valid = date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1990;
    return valid ? date.toISOString().slice(0, 10) : null;
  } catch {
    return null;
  }
}
