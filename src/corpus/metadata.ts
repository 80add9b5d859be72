import { dateInUrl } from './article-url.ts';
import { isProse, type Block } from './blocks.ts';
import { openingDateline, parseByline } from './bylines.ts';
import { chooseOutlet } from './choose-outlet.ts';
import { isReprintNote } from './chrome-shapes.ts';
import { datelineOf, type Dateline, findDates, type NumericOrder, numericDateOrder } from './dates.ts';
import { fileNameHints, outletSlugWords } from './file-name.ts';
import { chatExportDate, isChatExport } from './chat-export.ts';
import { memoWriter } from './memo-header.ts';
import { inferHeadline } from './headline.ts';
import { furnitureOf } from './line-furniture.ts';
import {
  bodyOpening,
  capitalizedRuns,
  fromCapitals,
  isAllCaps,
  nameWrittenInText,
  outletKey,
  withInitialsShown,
} from './outlet-names.ts';
import { readMastheadLine } from './masthead-line.ts';
import { pageOutletSignals, type OutletSignal } from './outlet-signals.ts';
import { threadOpening } from './social-thread.ts';
import { standsFor } from '../text/names.ts';

/** Metadata read from an article's own text and file name; each field is null when they do not give it. */
export interface InferredMetadata {
  outlet: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
}

/** What is known about a file besides its text: its name, and what its front matter or manifest entry states. */
export interface KnownMetadata {
  file: string;
  title: string | null;
  url: string | null;
  authors: readonly string[];
}

/** A newsletter's name and issue number opening its title: "Gridline Weekly #212: …", "Local Lede #148 — …". */
const ISSUE_TITLE = /^(\p{Lu}[^#:|]{2,40}?)\s+#\d{1,4}\s*(?::|[-–—]\s)/u;

/** Infers outlet, title, publication date and link from a page's paragraphs and its file name. */
export function inferMetadata(blocks: readonly Block[], known: KnownMetadata): InferredMetadata {
  const text = blocks.map((b) => b.text).join('\n');
  // Whether its numeric dates are read day or month first, as the page shows elsewhere.
  const order = numericDateOrder(text);
  const runs = capitalizedRuns(text);
  const hints = fileNameHints(known.file);
  const { signals, people, initials } = pageOutletSignals(blocks);
  // A pasted thread is its author's, and its first post says what it is about: no site's name or headline heads it.
  const thread = threadOpening(blocks.map((b) => b.text));
  if (thread) signals.push({ name: thread.author, kind: 'byline' });
  if (hints.site) signals.push({ name: hints.site, kind: 'file-name' });
  const url = known.url ?? linkInText(blocks);
  signals.push(...domainSignal(url, runs));
  // A desk named in a byline's job title ("Health Correspondent") is no site: a headline may open on its word.
  const siteNames = signals.filter((s) => s.kind !== 'job-title').map((s) => s.name);
  // An exported chat is titled as its file is.
  const headline = isChatExport(blocks)
    ? hints.headline
    : inferHeadline(blocks, { siteNames, fileHeadline: hints.headline });
  // A headline wrapped over two lines of a text copy is shown on one.
  const title = thread?.opening ?? headline?.replace(/\s+/gu, ' ') ?? null;
  signals.push(...slugSignal(outletSlugWords(known.file, known.title ?? title), runs));
  // A newsletter's issue is titled by its name and number: "Gridline Weekly #212: Harrowfield wins on appeal".
  const issue = ISSUE_TITLE.exec(known.title ?? title ?? '')?.[1];
  if (issue) signals.push({ name: issue, kind: 'masthead' });
  return {
    // Where nothing names a site: a memo's writer, or a body its title opens on (a meeting's transcript).
    // A name a letter wraps as printed ("Stenbury\nPark Academy") is shown on one line, as a headline is.
    outlet:
      (
        withInitials(chooseOutlet(signals, [...people, ...known.authors], text), initials) ??
        memoWriter(blocks) ??
        bodyOpening(known.title ?? title) ??
        linkedSiteNamed(text, runs)
      )?.replace(/\s+/gu, ' ') ?? null,
    title,
    // Last, the date the page's own address files it under, as for a saved HTML page.
    // A chat's export by its first message: a date in a message tells of something else.
    published: chatExportDate(blocks, order) ?? inferPublished(blocks, order) ?? dateInUrl(url),
    url: known.url ? null : url,
  };
}

/**
 * A site whose masthead sets its initials over its name ("ORB", "Ostervale Regional Broadcasting") goes by either:
 * both are shown, "Ostervale Regional Broadcasting (ORB)", whichever of them the page names it by elsewhere.
 */
function withInitials(outlet: string | null, initials: { logo: string; name: string } | null): string | null {
  if (!outlet || !initials) return outlet;
  const key = outletKey(outlet);
  if (key === outletKey(initials.name)) return withInitialsShown(outlet, initials.logo);
  const name = isAllCaps(initials.name) ? fromCapitals(initials.name) : initials.name;
  return key === outletKey(initials.logo) ? withInitialsShown(name, initials.logo) : outlet;
}

// A dateline line or a byline's date wins ("Published … | Updated …" gives the published date); else the date in a
// wire dateline ("RIVERTON, Ore., June 3, 2024 (Valley Wire) —"); else an "Updated …" line.
function inferPublished(blocks: readonly Block[], order: NumericOrder | null): string | null {
  let updated: string | null = null;
  const lineDate = (line: string): Dateline | null => datelineOf(line, order) ?? bylineDate(line) ?? mastheadDate(line);
  for (const [i, block] of blocks.entries()) {
    // A page printed to PDF keeps the headline, deck and byline as one block of lines: its byline dates it.
    const lines = i < HEADER_LINES && block.text.includes('\n') ? block.text.split('\n') : [];
    const dateline = lineDate(block.text) ?? lines.map(lineDate).find((d) => d?.published);
    if (dateline?.published) return dateline.published;
    updated ??= dateline?.updated ?? null;
  }
  // "This article originally appeared in The Harbor Ledger on May 7, 2026.": a reprint says when it first ran.
  const reprint = blocks.find((b) => isReprintNote(b.text));
  if (reprint) return findDates(reprint.text)[0]?.iso ?? updated;
  for (const block of blocks.filter((b) => isProse(b.text)).slice(0, 3)) {
    const published = openingDateline(block.text)?.published;
    if (published) return published;
  }
  return updated ?? headerStripDate(blocks, order);
}

/** How many lines down a page its header's date strip may sit. */
const HEADER_LINES = 12;
const STRIP_PARTS = /\s+[|·•]\s+|\s{3,}/u;

// "Wednesday, August 19, 2026 | E-Paper | Subscribe": a site's header opens its buttons with the day's date, which
// dates a page nothing else dates, as the page was saved the day it ran.
function headerStripDate(blocks: readonly Block[], order: NumericOrder | null): string | null {
  for (const block of blocks.slice(0, HEADER_LINES)) {
    const parts = block.text.split(STRIP_PARTS);
    if (parts.length < 2 || furnitureOf(block.text) !== 'navigation') continue;
    const published = datelineOf(parts[0]!, order)?.published;
    if (published) return published;
  }
  return null;
}

// "Harbor Brief | Tuesday, April 21, 2026", "The Harbor Ledger | By Jane Roe | June 3, 2024": an outlet's name and
// the date, on a line of their own.
function mastheadDate(text: string): { published: string; updated: null } | null {
  const published = readMastheadLine(text)?.published;
  return published ? { published, updated: null } : null;
}

// "By Jane Roe | June 3, 2024": a byline that ends in the date gives the published date as a dateline line does.
function bylineDate(text: string): { published: string; updated: null } | null {
  const published = parseByline(text)?.published;
  return published ? { published, updated: null } : null;
}

// Pages saved with their address keep it on a line of its own ("https://…", "URL: https://…").
function linkInText(blocks: readonly Block[]): string | null {
  const line = blocks.find((b) => furnitureOf(b.text) === 'link-line');
  return line ? (/https?:\/\/[^\s>]+/u.exec(line.text)?.[0] ?? null) : null;
}

/** How many links of a text are looked at for a site it names. */
const LINKS_LOOKED_AT = 5;

/**
 * Where nothing else names a site (a chat or a note an article was pasted into with its link): the site of a link the
 * text gives whose name the text writes out ("ferrishireecho.example" and "Ferrishire Echo"); never a bare domain.
 */
function linkedSiteNamed(text: string, runs: readonly string[]): string | null {
  for (const [link] of [...text.matchAll(/https?:\/\/[^\s>)"\]]+/gu)].slice(0, LINKS_LOOKED_AT)) {
    const named = siteWrittenInText(domainOf(link), runs);
    if (named) return named;
  }
  return null;
}

/** A domain's site as the text writes its name ("harborledger.com" → "The Harbor Ledger"), or null. */
function siteWrittenInText(domain: string | null, runs: readonly string[]): string | null {
  const label = outletKey(domain?.split('.')[0] ?? '');
  return label ? nameWrittenInText(label, runs) : null;
}

/** The site name a URL belongs to ("www.example.com" → "example.com"), for outlets nobody named. */
export function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^(?:www\d?|amp|m|mobile)\./u, '');
  } catch {
    return null;
  }
}

// The domain, shown as the page writes the site's name when it does ("harborledger.com" → "The Harbor Ledger").
function domainSignal(url: string | null, runs: readonly string[]): OutletSignal[] {
  const domain = domainOf(url);
  if (!domain) return [];
  return [{ name: siteWrittenInText(domain, runs) ?? domain, kind: 'domain' }];
}

function capitalized(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

function slugSignal(words: readonly string[], runs: readonly string[]): OutletSignal[] {
  if (words.length === 0) return [];
  // Call signs and acronyms ("kxyz7", "hbj") in capitals, other words capitalized.
  const spelled = words.map((w) => (/\d/u.test(w) || !/[aeiouy]/u.test(w) ? w.toUpperCase() : capitalized(w)));
  // "vpha-…" or "ura-ncc-…" opens on the initials of a name the page writes out ("Verran Public Health Agency").
  const names = runs.flatMap((run) => run.split(/\n|\s+\d\S*/u));
  const spelledOut = (initials: string): string | undefined =>
    names
      .filter((name) => name.length > initials.length && standsFor(initials, name))
      .sort((a, b) => a.length - b.length)[0];
  const name =
    spelledOut(words.join('').toUpperCase()) ??
    spelledOut(words[0]!.toUpperCase()) ??
    nameWrittenInText(words.join(''), runs) ??
    spelled.join(' ');
  return [{ name, kind: 'file-slug' }];
}
