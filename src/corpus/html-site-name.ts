import { capitalizedRuns, looksLikeOutlet, namesBody, nameWrittenInText } from './outlet-names.ts';
import { collapseSpace, ownTextNodes, type HtmlDocument, type HtmlElement } from './html-dom.ts';
import { readMastheadLine } from './masthead-line.ts';

// "Headline | wdft7.com": many stations and small sites end their <title> with their domain, and give their name
// only in the logo, a link home whose text or image says it ("WDFT 7 News").
const DOMAIN = /^(?:www\.)?([a-z0-9-]+)(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
const HOME_LINKS = 'a[href="/"], a[rel="home"], a[href^="https://"], a[href^="http://"]';
const compact = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** A domain's name without its dots ("www.wdft7.com" → "wdft7"), as a site's name would spell it. */
const domainLabel = (domain: string): string => compact(DOMAIN.exec(domain)?.[1] ?? '');

/** Whether an outlet name is only a domain ("wdft7.com"). */
export function isDomainName(name: string): boolean {
  return DOMAIN.test(name);
}

/**
 * The name a site's link home gives it, when that name spells the domain's own ("WDFT 7 News" for wdft7.com,
 * "The Eastbank Examiner" for eastbankexaminer.org): a link home saying "Home" or a sponsor's logo does not.
 */
export function siteNameForDomain(document: HtmlDocument, domain: string): string | null {
  const label = domainLabel(domain);
  if (label.length < 3) return null;
  for (const link of document.querySelectorAll(HOME_LINKS)) {
    const href = link.getAttribute('href') ?? '';
    if (href !== '/' && link.getAttribute('rel') !== 'home' && !isHomeOf(href, domain)) continue;
    const image = link.querySelector('img[alt]')?.getAttribute('alt');
    for (const name of [image, link.textContent]) {
      const text = collapseSpace(name);
      if (!text || text.split(' ').length > 6) continue;
      const key = compact(text);
      if (key.includes(label) || (key.length >= 3 && label.includes(key))) return text;
    }
  }
  return null;
}

/**
 * The name the page's own words give a site known by its domain ("Photograph: Ruaridh Kerr/The Northern Standard"
 * for northernstandard.co.uk), as a Reader View save names its site by the domain alone.
 */
export function siteNameInText(document: HtmlDocument, domain: string): string | null {
  const label = domainLabel(domain);
  return nameWrittenInText(label, capitalizedRuns(document.querySelector('body')?.textContent ?? ''));
}

/** An image that says it is a logo, or a badge naming the software ("Powered by MediaWiki"), not the site. */
const NO_SITE_LOGO = /\blogo\b|^powered by\b/i;

/**
 * The name a site's logo gives it, when nothing else on the page does: the text of an image in its link home that
 * reads as an outlet's ("The Meridian Post") or a public body's ("Brackenford Borough Council"), not a sponsor's or
 * a section's.
 */
export function homeLogoName(document: HtmlDocument): string | null {
  for (const link of linksHome(document)) {
    const alt = logoAlt(link);
    if (alt && alt.split(' ').length <= 6 && !NO_SITE_LOGO.test(alt) && (looksLikeOutlet(alt) || namesBody(alt))) {
      return alt;
    }
  }
  return null;
}

/** The page's links to a site's home page: "/", "https://www.example.gov/", or marked `rel="home"`. */
function linksHome(document: HtmlDocument): HtmlElement[] {
  return [...document.querySelectorAll('a[href]')].filter((link) => {
    const href = link.getAttribute('href') ?? '';
    return href === '/' || /^https?:\/\/[^/]+\/?$/iu.test(href) || link.getAttribute('rel') === 'home';
  });
}

// The site's own banner (the `banner` landmark, a theme's site title) names the site: a forum's <h1> there is the
// board's name, the thread's title is below it.
const SITE_TITLES = '[role="banner"] h1, .site-title, .site-name';

/** The texts naming the site itself, in lower case: its links home (or their logos) and its banner's headings. */
export function siteNameTexts(document: HtmlDocument): Set<string> {
  const named = [...linksHome(document), ...document.querySelectorAll(SITE_TITLES)];
  return new Set(
    named.flatMap((element) => (collapseSpace(element.textContent) || logoAlt(element)).toLowerCase() || []),
  );
}

// A logo's alt text may run on into the site's tagline: "LostPaws UK - Helping lost pets find their way home".
const TAGLINE_APART = /\s+[-–—|:]\s+/u;

/** The name a link's logo image gives in its alt text, without a tagline after it; "" when it has none. */
function logoAlt(link: HtmlElement): string {
  return collapseSpace(link.querySelector('img[alt]')?.getAttribute('alt')).split(TAGLINE_APART)[0]!;
}

/** Whether a link goes to the home page of a site's domain, or of the site a subdomain of it serves ("status.…"). */
function isHomeOf(href: string, domain: string): boolean {
  try {
    const url = new URL(href);
    const host = url.hostname.replace(/^www\./u, '');
    const sameSite = host === domain.replace(/^www\./u, '') || domain.endsWith(`.${host}`);
    return url.pathname === '/' && sameSite;
  } catch {
    return false;
  }
}

/** An outlet named by initials ("CEMA"), 2 to 6 capitals. */
const INITIALS = /^\p{Lu}{2,6}$/u;
// Capitalized words in a row, with the small words names keep in lower case ("Department of Water and Power").
const CAPITALIZED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?\p{Lu}[\p{L}'’-]*)+/gu;

/**
 * The name an outlet's initials stand for, as the page writes it out ("CEMA" in the <title>, "Carraway Emergency
 * Management Agency" in its banner); the initials themselves when the page never spells them out.
 */
export function writtenOutInitials(document: HtmlDocument, outlet: string): string {
  if (!INITIALS.test(outlet)) return outlet;
  // Text nodes apart: a banner's cells run into one another in the page's textContent ("AgencyPrepare").
  const texts = [...document.querySelectorAll('body *')].flatMap((e) =>
    ownTextNodes(e).map((n) => n.textContent ?? ''),
  );
  for (const line of texts) {
    for (const run of line.matchAll(CAPITALIZED_RUN)) {
      const words = run[0].split(/\s+/u);
      for (let start = 0; start < words.length; start++) {
        const name = spelledFrom(words.slice(start), outlet);
        if (name) return name;
      }
    }
  }
  return outlet;
}

/** The words from the first that spell the initials with their capitals, small words between them kept. */
function spelledFrom(words: readonly string[], initials: string): string | null {
  let spelled = '';
  for (const [i, word] of words.entries()) {
    if (!/^\p{Lu}/u.test(word)) continue;
    spelled += word[0];
    if (!initials.startsWith(spelled)) return null;
    if (spelled === initials) return words.slice(0, i + 1).join(' ');
  }
  return null;
}

/** Paragraphs from the top of a page in which its line naming the outlet, byline and date is looked for. */
const MASTHEAD_LINE_REACH = 30;

/**
 * The outlet a page's line of credits names, as read-later exports keep it above the text ("The Delford Business
 * Journal · Priyanka Sethi · July 23, 2026"), or null.
 */
export function mastheadLineName(document: HtmlDocument): string | null {
  for (const p of [...document.querySelectorAll('body p')].slice(0, MASTHEAD_LINE_REACH)) {
    const outlet = readMastheadLine(collapseSpace(p.textContent))?.outlet;
    if (outlet) return outlet;
  }
  return null;
}
