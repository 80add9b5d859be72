import { cleanText as clean, type HtmlDocument, type HtmlElement } from './html-dom.ts';
import { siteNameForDomain, siteNameInText } from './html-site-name.ts';
import { APPEARED_FIRST } from './line-furniture.ts';
import { isNameLike } from './masthead-line.ts';
import { escapeRegExp } from '../text/regex.ts';

// Pages people keep in their own tools name their source in lines of those tools' own: a mailing list archive in its
// subject's tag, a group's archive in the group a message is addressed to, a thread's unrolled page in its author,
// a feed reader in the feed's closing line, a note app in the address the text was clipped from; a note with no
// source of its own leaves it to the article pasted into it.

/** What a tool's page is titled, and the source it names for what it holds. */
export interface ToolSource {
  title: string;
  outlet: string;
}

/** A mail archive's subject tagged with its list's name, a reply's "Re:" after it: "[Fendry-Birds] Re: Rubythroat". */
// A list's name has a letter: "[2602.01873]" is a preprint's number.
const LIST_TAG = /^\[((?=[^\]]*\p{L})[\p{L}\p{N}][\p{L}\p{N} ._-]{1,38})\]\s+(?:re:\s*)*(\S.*)$/iu;
/** Bracketed labels of a story's kind, never a list's name: "[Updated]", "[VIDEO]". */
const STORY_LABEL = /^(?:updated?|video|watch|photos?|pdf|live|breaking|exclusive|opinion|sponsored|audio|analysis)$/i;

/** A heading without the tag of the mailing list it went to: "[Fendry-Birds] Re: Rubythroat" → "Rubythroat". */
export const withoutListTag = (heading: string): string => LIST_TAG.exec(heading)?.[2] ?? heading;

/**
 * A mailing list archive's message: its subject, and the list it went to, when the page names the list again
 * beyond the subject (its footer's "More information about the Fendry-Birds mailing list").
 */
export function listMessage(document: HtmlDocument, pageTitle: string | null): ToolSource | null {
  const tagged = pageTitle ? LIST_TAG.exec(pageTitle) : null;
  if (!tagged || STORY_LABEL.test(tagged[1]!)) return null;
  const list = tagged[1]!.trim();
  const text = document.querySelector('body')?.textContent ?? '';
  return text.split(`[${list}]`).some((part) => part.includes(list)) ? { title: tagged[2]!, outlet: list } : null;
}

// A group's archive titles a message by its subject and the archive's name ("Halvorsen swim RATIFIED - Google
// Groups"), and addresses it to the group: "to Breckhaven Sea Swimmers".
const GROUP_ARCHIVE = /^(.+?)\s+-\s+Google Groups$/u;
const ADDRESSED_TO = /^to\s+(\p{Lu}[\p{L}\p{N} &'’.-]{2,60})$/u;
/** How many elements a message's address line is looked for in. */
const ADDRESS_REACH = 200;

/** A group archive's message: its subject, and the group it went to, as the page addresses it; else null. */
export function groupMessage(document: HtmlDocument, pageTitle: string | null): ToolSource | null {
  const subject = pageTitle ? GROUP_ARCHIVE.exec(pageTitle)?.[1] : undefined;
  if (!subject) return null;
  for (const element of [...document.querySelectorAll('body div, body span, body p')].slice(0, ADDRESS_REACH)) {
    const group = element.children.length === 0 ? ADDRESSED_TO.exec(clean(element.textContent) ?? '')?.[1] : null;
    if (group) return { title: subject, outlet: group.trim() };
  }
  return null;
}

// A thread unrolled onto one page is titled by its author's handle ("Thread by @kasplindahl on Thread Reader App"),
// the author's name shown beside the handle ("Kasper Lindahl @kasplindahl").
const UNROLLED_THREAD = /^Thread by (@[\p{L}\p{N}_]{2,40})\b/u;
const NAME_BEFORE = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})\s+`;

/** An element's parts' texts, set apart as a page shows them ("Ann Lee", "@annlee", "Harbour reporter."). */
const partsOf = (element: HtmlElement | null): string =>
  clean([...(element?.childNodes ?? [])].map((node) => node.textContent).join(' ')) ?? '';

/** A thread unrolled onto one page: titled by its author's handle, and written by the author the page names. */
export function unrolledThread(document: HtmlDocument, pageTitle: string | null): ToolSource | null {
  const handle = pageTitle ? UNROLLED_THREAD.exec(pageTitle)?.[1] : undefined;
  if (!handle) return null;
  // The name stands beside the handle, in the element that holds both (a button's text may come before).
  const beside = new RegExp(`${NAME_BEFORE}${escapeRegExp(handle)}\\b`, 'u');
  const shown = [...document.querySelectorAll('body *')]
    .filter((element) => element.children.length === 0 && clean(element.textContent) === handle)
    .map((element) => beside.exec(partsOf(element.parentElement))?.[1])
    .find(Boolean);
  return { title: `Thread by ${handle}`, outlet: shown ?? handle };
}

// A note exported from Google Keep: its title, its text and its footer's times ("Created Mar 1, 2026, 9:48:11 AM ·
// Edited …"), and no site of its own; a pasted article inside names its own.
const KEPT_CREATED = /^Created (.+?\d{4})\b/u;

/** A Google Keep note's title and the day it was made, when the page is one; else null. */
export function keptNote(document: HtmlDocument): { title: string; created: string } | null {
  const title = clean(document.querySelector('.note > .title')?.textContent);
  const created = KEPT_CREATED.exec(clean(document.querySelector('.note > .footer')?.textContent) ?? '')?.[1];
  return title && created ? { title, created } : null;
}

// A Google Docs document downloaded as a web page marks the paragraphs set in its Title and Subtitle styles
// ("p.title", "p.subtitle"). A name set as the title over a subtitle is the letterhead of whoever wrote it
// ("Save Example Libraries" over "Briefing for county councillors"), and the subtitle says what the document is.

/** A word processor's document's subtitle and the author its letterhead names, or null for any other page. */
export function letterheadTitle(document: HtmlDocument): ToolSource | null {
  const title = clean(document.querySelector('p.title')?.textContent);
  const subtitle = clean(document.querySelector('p.subtitle')?.textContent);
  return title && subtitle && isNameLike(title) ? { title: subtitle, outlet: title } : null;
}

/** How many of a page's last paragraphs a tool's closing line is looked for in. */
const CLOSING_REACH = 10;

/** The first capture of a pattern over a page's last paragraphs (of the elements `selector` picks). */
function closingLine(document: HtmlDocument, selector: string, pattern: RegExp): string | null {
  for (const element of [...document.querySelectorAll(selector)].slice(-CLOSING_REACH)) {
    const found = pattern.exec(clean(element.textContent) ?? '')?.[1];
    if (found) return found;
  }
  return null;
}

/** The site a post's feed closing line names, when a feed reader shows the post; else null. */
export const firstAppearedOn = (document: HtmlDocument): string | null => closingLine(document, 'p', APPEARED_FIRST);

// OneNote closes a clipped page with where it came from: "Pasted from <https://www.claimsledger.example/motor/…>".
const PASTED_FROM = /^pasted from\s*<\s*(https?:\/\/\S+?)\s*>$/iu;

/**
 * The address a note says its text was clipped from, when it is a web address: OneNote's closing "Pasted from <…>",
 * or the `source-url` an Evernote export gives in its head; else null.
 */
export function clippedFrom(document: HtmlDocument): string | null {
  const source = document.querySelector('meta[name="source-url"]')?.getAttribute('content');
  const address = closingLine(document, 'p, div', PASTED_FROM) ?? clean(source);
  return address && URL.canParse(address) ? address : null;
}

/** The name the page's words give the site a note was clipped from ("CLAIMS LEDGER" for claimsledger.example). */
export function namedForClippedPage(document: HtmlDocument): string | null {
  const address = clippedFrom(document);
  const host = address ? new URL(address).hostname : null;
  return host ? (siteNameForDomain(document, host) ?? siteNameInText(document, host)) : null;
}

/** A platform's event page describes itself by its hosts: "Event by Kessingham Bonfire Society and …". */
const EVENT_BY = /^(?:Event|Hosted|Organi[sz]ed) by (\p{Lu}.+?)(?:,| and | on \p{Lu}|$)/u;

/** An event page, credited to its first host and titled by the event; else null. */
export function eventHost(headline: string | null, description: string | null): ToolSource | null {
  const host = description ? EVENT_BY.exec(description)?.[1]?.trim() : undefined;
  return host && headline ? { title: headline, outlet: host } : null;
}
