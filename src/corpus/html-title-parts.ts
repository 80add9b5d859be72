import { datelineOf } from './dates.ts';
import { outletKey } from './outlet-names.ts';

// A page's <title> holds its headline and its site's name, set apart by a bar, a dash or a colon, in either order;
// og:title often holds the same. These read the two apart.

/** Words a site's name takes at most beside the headline in a <title>. */
const SITE_WORDS = 8;
/** A site's name set off from the headline by a bar or a colon, with no bar of its own ("Section | Site"). */
const SITE_BESIDE = /^\s*[:|–—·-]\s+([\p{Lu}\p{N}][^:|–—·]*?)\s*$/u;
const SITE_BEFORE = /^\s*([\p{Lu}\p{N}][^:|–—·]*?)\s*[:|–—·-]\s+$/u;

/**
 * "Oxendean Local History Society: The Bell and Lantern – a eulogy": a <title> holding the page's own headline (its
 * og:title) with a name set off before or after it is the headline and its site's name, however the headline itself
 * is punctuated.
 */
export function titleAround(
  pageTitle: string | null,
  headline: string | null,
): { title: string; outlet: string } | null {
  if (!pageTitle || !headline || pageTitle === headline) return null;
  const site = pageTitle.startsWith(headline)
    ? SITE_BESIDE.exec(pageTitle.slice(headline.length))?.[1]
    : pageTitle.endsWith(headline)
      ? SITE_BEFORE.exec(pageTitle.slice(0, -headline.length))?.[1]
      : undefined;
  return site && site.split(/\s+/u).length <= SITE_WORDS ? { title: headline, outlet: site } : null;
}

/** A <title> part that numbers a page, lot or issue, or names an edition, never a headline or a site: "Page 4". */
const LABEL_PART =
  /^(?:(?:page|p\.|lot|item|issue|no\.)\s*\d+|e-?paper|(?:print|digital|main|morning|evening)\s+edition)$/i;

/**
 * "Headline | Outlet", "Outlet - Headline": the shorter side of a <title> split is the outlet's name when the page
 * names its outlet nowhere else; a long one ("Ministry of Agriculture and Rural Affairs") when a link home reads the
 * same.
 */
export function splitTitle(
  title: string | null,
  outlet: string | null,
  homeTexts: () => ReadonlySet<string>,
): { title: string | null; outlet: string | null } {
  const all =
    title
      ?.split(/\s+(?:[|–—»·•-]|::)\s+/u)
      .map((p) => p.trim())
      .filter(Boolean) ?? [];
  if (all.length < 2) return { title, outlet: null };
  // An e-paper's viewer titles a page by its paper, edition, date and page ("The Ledger – e-Paper – 10.03.2026 –
  // Page 4"), an auction house a lot by its number ("Lot 112 | … | Van Rossem & Ley"): those set aside, one part
  // left is the site's name, and the headline is the page's own.
  const parts = all.filter((p) => !LABEL_PART.test(p) && !datelineOf(p));
  if (parts.length === 1 && parts.length < all.length) return { title: null, outlet: parts[0]! };
  if (parts.length < 2) return { title, outlet: null };
  const words = (p: string): number => p.split(/\s+/u).length;
  // Of parts a link home gives (a theme may link its post's own title home too), the site's name is the shorter.
  const named =
    parts.find((p) => outlet && p.toLowerCase() === outlet.toLowerCase()) ??
    parts.filter((p) => homeTexts().has(p.toLowerCase())).sort((a, b) => words(a) - words(b))[0];
  // A wiki's name ends its titles with its tagline: "… - WikiWire, the free news source".
  const last = parts.at(-1)!;
  // A service a body runs links home by its own name, between the page's and the body's ("Meadowbank Trust - 702914
  // - Register of Charities - The Charity Commission"): the body last publishes it.
  if (named && parts.length > 2 && named !== last && named !== parts[0] && isCapitalizedName(last)) {
    return { title: parts.filter((p) => p !== named && p !== last).join(' - '), outlet: last };
  }
  const tagged = TAGLINE.exec(last)?.[1];
  // A body's name in capitals beside a page's name in sentence case ("Recent incidents | Ossingford Fire and Rescue
  // Service") is the site's, however long; else the site's name is the shorter part.
  const capitalized = [parts[0]!, last].filter(isCapitalizedName);
  const byCase = capitalized.length === 1 && words(capitalized[0]!) <= MAX_NAME_WORDS ? capitalized[0] : undefined;
  const site = named ?? (tagged ? last : (byCase ?? [parts[0]!, last].sort((a, b) => words(a) - words(b))[0]!));
  if (!named && !tagged && !byCase && words(site) > 4) {
    return { title: parts.length < all.length ? parts.join(' - ') : title, outlet: null };
  }
  return { title: parts.filter((p) => p !== site).join(' - '), outlet: site === last && tagged ? tagged : site };
}

/** The most words a body's name takes ("Ossingford and Wrenshire Fire and Rescue Service"). */
const MAX_NAME_WORDS = 8;
const NAME_GLUE = /^(?:and|of|the|for|in|on|at|&|-)$/u;

/** Whether every word of a part is capitalized but the small words names are joined with: a name, no sentence. */
function isCapitalizedName(part: string): boolean {
  const all = part.split(/\s+/u);
  return all.some((w) => !NAME_GLUE.test(w)) && all.every((w) => NAME_GLUE.test(w) || /^[\p{Lu}\p{N}]/u.test(w));
}

/** A site's name of up to three words with its tagline: "WikiWire, the free news source". */
const TAGLINE = /^(\p{Lu}\S*(?: \S+){0,2}),\s+the\s+(?:free\s+)?\p{Ll}+(?:\s+\p{Ll}+){0,3}$/u;

/** A title without its site's name, as site plugins write the whole <title> into og:title ("Headline – Examiner"). */
export function withoutSite(title: string | null, outlet: string | null): string | null {
  if (!title || !outlet) return title;
  const lower = title.toLowerCase();
  for (const bar of ['|', '–', '—', '-']) {
    const at = lower.lastIndexOf(` ${bar} ${outlet}`.toLowerCase());
    const rest = title.slice(at + bar.length + outlet.length + 2);
    // The site's name may end on its tagline: "… - WikiWire, the free news source".
    // … or on the platform it is on: "… | Gráinne Ashdown on Patreon".
    const named = `${outlet}${rest}`;
    if (at > 0 && (rest === '' || ON_PLATFORM.test(named) || TAGLINE.test(named))) return title.slice(0, at);
  }
  return title;
}

/** A creator named on a platform in a <title>: "Gráinne Ashdown on Patreon". */
const ON_PLATFORM = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}) on (\S.{0,30})$/u;

/** Words a network's local edition adds before the network's name: "Kelsbridge Patch", "Leeds Live". */
const EDITION_WORDS = 2;

/**
 * The site's name as the <title> gives it more fully, which is what readers cite: a network's local edition ("… |
 * Kelsbridge Patch" where og:site_name says "Patch"), a creator on a platform ("… | Gráinne Ashdown on Patreon").
 */
export function siteAsTitled(
  site: string | null,
  pageTitle: string | null,
  homeTexts: () => ReadonlySet<string>,
): string | null {
  if (!site) return site;
  const titled = splitTitle(pageTitle, null, homeTexts).outlet;
  if (!titled) return site;
  // A creator's page on a platform: "… | Gráinne Ashdown on Patreon" is Gráinne Ashdown's.
  const creator = ON_PLATFORM.exec(titled);
  if (creator && outletKey(creator[2]!) === outletKey(site)) return creator[1]!;
  const [words, siteWords] = [titled.trim().split(/\s+/u), site.trim().split(/\s+/u)];
  const added = words.length - siteWords.length;
  const endsOnSite = outletKey(words.slice(added).join(' ')) === outletKey(site);
  // A place's name, not a word of the byline's ("by Isla Brodie").
  const named = words.slice(0, Math.max(0, added)).every((w) => /^\p{Lu}/u.test(w));
  return added > 0 && added <= EDITION_WORDS && endsOnSite && named ? titled : site;
}
