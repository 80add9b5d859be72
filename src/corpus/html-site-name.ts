import type { HtmlDocument } from './html-dom.ts';

// "Headline | wdft7.com": many stations and small sites end their <title> with their domain, and give their name
// only in the logo, a link home whose text or image says it ("WDFT 7 News").
const DOMAIN = /^(?:www\.)?([a-z0-9-]+)(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
const HOME_LINKS = 'a[href="/"], a[rel="home"], a[href^="https://"], a[href^="http://"]';
const compact = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether an outlet name is only a domain ("wdft7.com"). */
export function isDomainName(name: string): boolean {
  return DOMAIN.test(name);
}

/**
 * The name a site's link home gives it, when that name spells the domain's own ("WDFT 7 News" for wdft7.com,
 * "The Eastbank Examiner" for eastbankexaminer.org): a link home saying "Home" or a sponsor's logo does not.
 */
export function siteNameForDomain(document: HtmlDocument, domain: string): string | null {
  const label = compact(DOMAIN.exec(domain)?.[1] ?? '');
  if (label.length < 3) return null;
  for (const link of document.querySelectorAll(HOME_LINKS)) {
    const href = link.getAttribute('href') ?? '';
    if (href !== '/' && link.getAttribute('rel') !== 'home' && !isHomeOf(href, domain)) continue;
    const image = link.querySelector('img[alt]')?.getAttribute('alt');
    for (const name of [image, link.textContent]) {
      const text = name?.replace(/\s+/gu, ' ').trim();
      if (!text || text.split(' ').length > 6) continue;
      const key = compact(text);
      if (key.includes(label) || (key.length >= 3 && label.includes(key))) return text;
    }
  }
  return null;
}

function isHomeOf(href: string, domain: string): boolean {
  try {
    const url = new URL(href);
    return url.pathname === '/' && url.hostname.replace(/^www\./u, '') === domain.replace(/^www\./u, '');
  } catch {
    return false;
  }
}
