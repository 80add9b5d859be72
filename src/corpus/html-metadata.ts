import { wordCount } from './blocks.ts';
import { parseByline } from './bylines.ts';
import { RELEASE_LABEL } from './line-furniture.ts';
import { dateInUrl } from './article-url.ts';
import { cleanText as clean, type HtmlDocument, type HtmlElement } from './html-dom.ts';
import {
  siteNameTexts,
  homeLogoName,
  mastheadLineName,
  isDomainName,
  siteNameForDomain,
  siteNameInText,
  writtenOutInitials,
} from './html-site-name.ts';
import { deskOwner, namesBody, outletKey } from './outlet-names.ts';
import { copyrightHolder } from './outlet-signals.ts';
import { creditedOutlet } from './html-credits.ts';
import { printedMail } from './printed-mail.ts';
import { readJsonLdArticle } from './json-ld.ts';
import { siteAsTitled, splitTitle, titleAround, withoutSite } from './html-title-parts.ts';
import { readMicrodataArticle } from './microdata.ts';
import { eitherWayDateline, visibleDate } from './html-dates.ts';
import { toIsoDate } from './dates.ts';
import {
  clippedFrom,
  eventHost,
  firstAppearedOn,
  groupMessage,
  keptNote,
  letterheadTitle,
  listMessage,
  namedForClippedPage,
  unrolledThread,
} from './tool-page-lines.ts';

/** The metadata a publisher put in a page; each field is null when the page does not give it. */
export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  published: string | null;
  modified: string | null;
  authors: string[];
  url: string | null;
  /** CSS selectors of the parts of the article the page keeps for subscribers: article text, whatever their class. */
  paywalledParts: string[];
  /**
   * The page's date line when only its folder can tell which way to read it ("Published: 02/04/2026 09:15"), kept as
   * text for the corpus to read; null when the page is dated or says nothing.
   */
  eitherWayDateline: string | null;
}

/** Every <meta> tag's content by its property, name or itemprop, read in one pass (the first of each wins). */
function metaTags(document: HtmlDocument): (...names: string[]) => string | null {
  const tags = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const content = clean(element.getAttribute('content'));
    for (const key of ['property', 'name', 'itemprop']) {
      const name = element.getAttribute(key)?.toLowerCase();
      if (name && content && !tags.has(name)) tags.set(name, content);
    }
  }
  return (...names) => names.map((name) => tags.get(name.toLowerCase())).find(Boolean) ?? null;
}

// A Word document saved as a web page keeps its properties in a comment Word alone reads ("<o:Company>Thorncaster
// Borough Council</o:Company>"): the organization whose copy of Word wrote it, its publisher when nothing else
// names one (Readability drops the letterhead Word marks as a page header).
const OFFICE_COMPANY = /<o:Company>([^<]{2,80})<\/o:Company>/u;
/** The generator a Word page names ("… Word 15 (filtered)"); "WordPress" is another. */
const WORD_PROCESSOR = /\bWord\b/u;

/** Paragraphs of a page's body in order, as a word processor writes them. */
const PARAGRAPHS = 'body p, body h1, body h2, body h3';

function officeCompany(document: HtmlDocument, generator: string | null): string | null {
  if (!generator || !WORD_PROCESSOR.test(generator)) return null;
  const company = clean(OFFICE_COMPANY.exec(document.documentElement.innerHTML)?.[1]);
  if (company) return company;
  // A document saved without its properties ("Web Page, Filtered") may open on its issuer's name instead.
  for (const paragraph of document.querySelectorAll(PARAGRAPHS)) {
    const opening = clean(paragraph.textContent);
    if (opening) return namesBody(opening) ? opening : null;
  }
  return null;
}

/**
 * The outlet a page's byline names beside its writer ("By Tom Reddish · Wendmoor Evening Post"), as a read-later
 * app's copy of an article credits the site it was saved from.
 */
function bylineOutlet(document: HtmlDocument): string | null {
  const byline = document.querySelector('[class*="byline"], [class*="Byline"]');
  return byline ? (parseByline(clean(byline.textContent) ?? '')?.outlet ?? null) : null;
}

/** The name a site's logo gives it, for the site at a page's address; null without an address or such a logo. */
function logoForAddress(document: HtmlDocument, address: string | null | undefined): string | null {
  try {
    return address ? siteNameForDomain(document, new URL(address).hostname) : null;
  } catch {
    return null;
  }
}

/** Where a page of posts titles each one: its headings, or an element its class calls a title. */
const POST_TITLES = 'h1, h2, [class*="title"]';
/** A post's title runs to a few words: not a section's heading ("Past Incidents"), not a wrapper's whole text. */
const isPostTitle = (text: string): boolean => wordCount(text) >= 3 && wordCount(text) <= 20;

/** Class names that mark a site's name, in any of the ways class names are written. */
const SITE_NAME_MARK = '[class*="site-name"], [class*="site_name"], [class*="siteName"], [class*="SiteName"]';

/** A word alone in a title's part, as a section names itself: "Planning", "News". */
const SECTION_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Whether one of the page's links opens on a word ("Planning and building control"). */
const linksTo = (document: HtmlDocument, word: string): boolean =>
  [...document.querySelectorAll('a')].some((link) => clean(link.textContent)?.split(' ')[0] === word);

// A title's "| wdft7.com" names the site by its domain; the logo usually gives the name readers know it by.
// Initials ("CEMA - Situation Report No. 6") are shown as the page spells them out.
const titleOutlet = (document: HtmlDocument, outlet: string | null): string | null =>
  outlet && isDomainName(outlet)
    ? (siteNameForDomain(document, outlet) ?? siteNameInText(document, outlet) ?? outlet)
    : outlet && writtenOutInitials(document, outlet);

// "Headline | News | wdft7.com" leaves "Headline - News" once the site is split off; the page's <h1>, when the
// <title> holds it as a part of its own, is the headline without the section. A title that goes on in the same part
// ("Pieter van Hoolsteyn, Fishing pinks …" under an <h1> of the artist alone) is the headline itself.
const headlineOf = (fromTitle: string | null, h1: string | null): string | null => {
  const at = fromTitle && h1 ? fromTitle.toLowerCase().indexOf(h1.toLowerCase()) : -1;
  if (!fromTitle || !h1 || at < 0 || fromTitle.length === h1.length) return fromTitle;
  const around = fromTitle.slice(0, at) + fromTitle.slice(at + h1.length);
  return /^\s*-\s|\s-\s*$/u.test(around) ? h1 : fromTitle;
};

/**
 * The chat or channel a messaging app's HTML export holds ("Exported Data" is all its <title> says): the name in its
 * page header, over the history of messages.
 */
function chatExportName(document: HtmlDocument): string | null {
  if (!document.querySelector('.history .message')) return null;
  return clean(document.querySelector('.page_header .text')?.textContent);
}

/** Whose the page's copyright lines say it is: the company behind a desk's site ("© 2026 Corvane Microsystems"). */
function copyrightHolders(document: HtmlDocument): string[] {
  const lines = [...document.querySelectorAll('footer, footer p, p, small')].slice(-COPYRIGHT_REACH);
  // A footer's copyright line goes on with its links ("… All rights reserved. Legal notice · Cookie settings").
  const first = (element: HtmlElement): string => (clean(element.textContent) ?? '').split(/(?<=\.)\s+/u)[0]!;
  return lines.map((element) => copyrightHolder(first(element))).filter((name) => name !== null);
}

/** How many of a page's last paragraphs its copyright line is looked for in. */
const COPYRIGHT_REACH = 12;

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The publisher a page's data names (as it writes the site's name), unless the site's own name is another one and
 * the <title> ends on it: a blog ("… | Sounding Line") is cited by its name, not by the society publishing it.
 */
function siteOrPublisher(publisher: string | null, siteName: string | null, title: string | null): string | null {
  if (!siteName || !publisher || outletKey(publisher) === outletKey(siteName)) return publisher ?? siteName;
  return title !== null && outletKey(title).endsWith(outletKey(siteName)) ? siteName : publisher;
}

/**
 * A podcast's or a channel's episode on a platform, titled "<show>: <episode> on <platform>" ("The Final Furlong:
 * Kelbridge … on Apple Podcasts"): the show speaks, as a creator does on a platform; null for any other title.
 */
function showOnPlatform(pageTitle: string | null, episode: string | null, platform: string | null): string | null {
  if (!pageTitle || !episode || !platform) return null;
  const suffix = `: ${episode} on ${platform}`;
  if (!pageTitle.endsWith(suffix)) return null;
  const show = pageTitle.slice(0, -suffix.length).trim();
  return show.split(/\s+/u).length <= SHOW_WORDS ? show : null;
}

/** The most words a show's name takes. */
const SHOW_WORDS = 8;

/**
 * Reads title, outlet, dates, authors and link, each from the first source that gives it, in the order publishers
 * are most careful with: JSON-LD (NewsArticle/Article) or microdata, Open Graph, <link rel="canonical">, then
 * <title> and the visible dateline, and last the date the page's address is filed under. `pageUrl` is where the page
 * came from, for relative links and as the last resort for the link.
 */
export function readPageMetadata(document: HtmlDocument, pageUrl: string | null): PageMetadata {
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
  // Pages without JSON-LD may mark the article up in microdata instead.
  const ld = readJsonLdArticle(scripts) ?? readMicrodataArticle(document);
  const meta = metaTags(document);
  // Government and institutional sites describe a page in Dublin Core ("DC.publisher", "dcterms.date").
  // A browser tab's title opens on a count of unread items when a web app shows the page: "(128) Headline - Reader".
  const pageTitle = clean(document.querySelector('title')?.textContent?.replace(/^\s*\(\d+\)\s+/u, ''));
  const declared =
    showOnPlatform(pageTitle, meta('og:title'), meta('og:site_name')) ??
    siteAsTitled(
      siteOrPublisher(clean(ld?.publisher), meta('og:site_name'), pageTitle) ??
        meta('application-name', 'DC.publisher', 'dcterms.publisher'),
      pageTitle,
      () => siteNameTexts(document),
    );
  // A site named by a bare host ("archive.ph", a web archive's copy of a page) yields to a name the <title> ends with.
  const titled = declared && isDomainName(declared) ? splitTitle(pageTitle, null, () => siteNameTexts(document)) : null;
  const namedOutlet = titled?.outlet && !isDomainName(titled.outlet) ? titled.outlet : declared;
  // A tool's page (a list's or a group's archive, a thread unrolled) names its source in its own way, over the
  // tool's name as a site.
  const description = meta('og:description', 'description');
  const event = eventHost(meta('og:title'), description);
  const printed = printedMail(document);
  const tool =
    listMessage(document, pageTitle) ??
    groupMessage(document, pageTitle) ??
    unrolledThread(document, pageTitle) ??
    event ??
    printed ??
    letterheadTitle(document);
  const note = keptNote(document);
  const split =
    tool ??
    (note ? { title: note.title, outlet: null } : null) ??
    titleAround(pageTitle, meta('og:title', 'twitter:title')) ??
    splitTitle(pageTitle, namedOutlet, () => siteNameTexts(document));
  const logo = homeLogoName(document);
  // A lone word beside the headline ("Planning – Application Summary") is a section's when the logo names the site
  // and the page's links name the section ("Planning and building control").
  const section =
    !namedOutlet && logo !== null && SECTION_WORD.test(split.outlet ?? '') && linksTo(document, split.outlet!);
  const fromTitle = section ? { title: pageTitle, outlet: null } : split;
  const h1 = clean(document.querySelector('h1')?.textContent);
  // A page saved from Firefox's Reader View names its site (or domain) only in a header link to the article.
  const reader = document.querySelector('.reader-domain');
  // A page marks the name of its site ("site-name", "site_name", an intranet's "ms-siteHeader-siteName"), as a reader
  // app does the site of the page it simplified.
  const markedSite = clean(document.querySelector(SITE_NAME_MARK)?.textContent);
  const site =
    tool?.outlet ??
    namedOutlet ??
    markedSite ??
    firstAppearedOn(document) ??
    titleOutlet(document, fromTitle.outlet ?? clean(reader?.textContent)) ??
    logo ??
    bylineOutlet(document) ??
    officeCompany(document, meta('generator')) ??
    mastheadLineName(document) ??
    namedForClippedPage(document) ??
    // A page on a site's subdomain ("status.…") named only by the logo linking to the site's home.
    logoForAddress(document, meta('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const chat = chatExportName(document);
  const owned = site && deskOwner(site, () => copyrightHolders(document));
  const outlet = chat ?? creditedOutlet(document, owned ?? site);
  // A page the browser translated (Chrome marks its root "translated-ltr") shows its headline in the reader's
  // language; its metadata stays in the page's own.
  const translated = /\btranslated-(?:ltr|rtl)\b/u.test(document.documentElement.getAttribute('class') ?? '');
  const shown = headlineOf(fromTitle.title, h1) ?? h1;
  const named = withoutSite(
    (translated ? shown : null) ?? clean(ld?.headline) ?? meta('og:title', 'twitter:title', 'citation_title') ?? shown,
    outlet,
  );
  // A document titled only by its kind ("PRESS RELEASE", as a word processor saves it) is titled by its heading, or
  // by its text.
  const label = named !== null && RELEASE_LABEL.test(named) && named.split(/\s+/u).length <= 4;
  // A section's page of posts titled by the section alone ("News", as its menu names it), or a page titled by its
  // site's name alone (a status page), is titled by its first post.
  const bare = (name: string): boolean =>
    (SECTION_WORD.test(name) && linksTo(document, name)) || outletKey(name) === outletKey(outlet ?? '');
  const headings = named !== null && bare(named) ? [...document.querySelectorAll(POST_TITLES)] : [];
  const firstPost =
    headings.map((h) => clean(h.textContent)).find((text) => text && !bare(text) && isPostTitle(text)) ?? null;
  const title = chat ? `Messages in ${chat}` : label ? withoutSite(h1, outlet) : (firstPost ?? named);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url =
    absolute(ld?.url ?? null, pageUrl) ??
    absolute(meta('og:url'), pageUrl) ??
    absolute(canonical, pageUrl) ??
    absolute(reader?.getAttribute('href') ?? null, null) ??
    absolute(pageUrl, null) ??
    absolute(clippedFrom(document), null);
  const published =
    printed?.published ??
    toIsoDate(ld?.datePublished) ??
    toIsoDate(
      meta(
        'article:published_time',
        'datePublished',
        'parsely-pub-date',
        'pubdate',
        'date',
        'DC.date.issued',
        'DC.date',
        'dcterms.issued',
        'dcterms.date',
        // The tags scholarly pages give search engines (Highwire Press's): a paper's or a preprint's date.
        'citation_publication_date',
        'citation_date',
        'citation_online_date',
      ),
    ) ??
    visibleDate(document) ??
    dateInUrl(url) ??
    toIsoDate(note?.created) ??
    // An event's page is dated by the day it is held, which its description gives.
    (event ? toIsoDate(description) : null);
  // A note app's export names the note's owner as its author, not the clipped article's writer.
  const metaAuthor = meta('exporter-version') ? null : meta('author', 'article:author');
  return {
    title,
    outlet,
    published,
    modified: toIsoDate(ld?.dateModified) ?? toIsoDate(meta('article:modified_time', 'dateModified')),
    authors: ld?.authors.length ? ld.authors : metaAuthor && !/^https?:/u.test(metaAuthor) ? [metaAuthor] : [],
    url,
    paywalledParts: ld?.paywalledParts ?? [],
    eitherWayDateline: published ? null : eitherWayDateline(document),
  };
}
