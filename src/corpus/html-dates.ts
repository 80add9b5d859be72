import { cleanText as clean, ownTextNodes, tableRowText, textWithBreaks, type HtmlDocument } from './html-dom.ts';
import { datelineOf, eitherWayDates, findDates, toIsoDate } from './dates.ts';

// Where a saved page shows when it was published, when its metadata does not say: a <time> element, a labelled
// line, the line under the headline, a date set in italics, a wiki's last edit.

// A date the reader can see: a <time> element, or a short dateline such as "Published March 4, 2024". Only the
// first few candidates are read: each read walks the element's whole subtree.
export function visibleDate(document: HtmlDocument): string | null {
  // <time>, and the elements apps write times in ("<relative-time datetime=…>on 12 Feb").
  const times = [...document.querySelectorAll('time, [datetime]')].slice(0, 10);
  for (const time of times) {
    const date = toIsoDate(time.getAttribute('datetime')) ?? toIsoDate(time.textContent);
    if (date) return date;
  }
  const stated = statedPublication(document);
  if (stated) return stated;
  const aged = agedByTitle(document);
  if (aged) return aged;
  // Firefox's Reader View puts the byline and date in its "credits" line: "By Jane Roe · Wednesday, August 6, 2025".
  const labelled = [
    // An e-paper's toolbar dates the edition: "Tuesday, 10 March 2026 · Main edition"; a thread reader's
    // header its thread ("<span class="time">Jun 13, 2026</span>").
    ...document.querySelectorAll(
      '[class*="date"], [class*="byline"], [class*="credits"], [itemprop*="date"], [class*="edition"],' +
        ' [class="time"], [data-tag*="published"]',
    ),
  ];
  for (const element of [...labelled.slice(0, 20), ...[...document.querySelectorAll('p')].slice(0, 30)]) {
    const line = clean(element.textContent);
    // A span of dates ("3 May 2008 – 9 January 2026", a life on a tribute page) is no day the page went out.
    if (line && line.split(' ').length <= 12 && findDates(line).length < 2) {
      const date = toIsoDate(line);
      if (date) return date;
    }
  }
  return dateUnderHeadline(document) ?? emphasizedDateline(document) ?? lastEdited(document);
}

/** A time told as a time before now ("5 hours ago"), which a saved page no longer dates. */
const AGO = /^\s*(?:\d+|an?)\s+\p{L}+\s+ago\s*$/u;

/**
 * A discussion site shows each post's age ("5 hours ago") and keeps its time in the element's title
 * ("2026-03-03T07:51:10"): the first one dates the page.
 */
function agedByTitle(document: HtmlDocument): string | null {
  for (const element of document.querySelectorAll('[title]')) {
    const title = element.getAttribute('title');
    if (title && /^\d{4}-\d{2}-\d{2}/u.test(title) && AGO.test(element.textContent ?? '')) return toIsoDate(title);
  }
  return null;
}

/** How many emphasised elements a date set in italics is looked for in. */
const EMPHASIS_REACH = 5;

/** A line in italics that is only a date: "<I>Thu Oct 22 07:52:13 BST 2026</I>", as a mail archive dates a message. */
function emphasizedDateline(document: HtmlDocument): string | null {
  for (const element of [...document.querySelectorAll('i, em')].slice(0, EMPHASIS_REACH)) {
    const line = clean(element.textContent);
    const published = line ? datelineOf(line)?.published : null;
    if (published) return published;
  }
  return null;
}

/** Words the line under a headline takes at most, its date, byline and buttons together. */
const UNDER_HEADLINE_WORDS = 30;

/** How many elements under the headline its date is looked for in: a standfirst may come before the byline's. */
const UNDER_HEADLINE_REACH = 3;

// The line right under the headline, or under its standfirst, unlabelled, with its parts set apart by bars or line
// breaks: "Saturday, 14.03.2026 - 09:12 | By Klaus Möller | Printer-friendly version", "By Jane Roe<br>Thursday 25
// June 2026, 6.00am BST".
function dateUnderHeadline(document: HtmlDocument): string | null {
  let element = document.querySelector('h1')?.nextElementSibling ?? null;
  for (let i = 0; element && i < UNDER_HEADLINE_REACH; i++, element = element.nextElementSibling) {
    const lines = textWithBreaks(element)
      .split('\n')
      .map(clean)
      .filter((line): line is string => line !== null);
    if (lines.join(' ').split(' ').length > UNDER_HEADLINE_WORDS) continue;
    const published = lines
      .flatMap((line) => line.split(/\s+[|·•]\s+/u))
      .map((part) => datelineOf(part)?.published)
      .find(Boolean);
    if (published) return published;
  }
  return null;
}

/** How many labelled elements a date line only the folder can read is looked for in. */
const LABELLED_REACH = 20;

/**
 * The first line of a dated element (a byline's lines apart), or else the first line saying it is the publication
 * date ("Posted: 11/02/2026 09:14" in an old page's table), that is a date read day or month first; null if none.
 */
export function eitherWayDateline(document: HtmlDocument): string | null {
  const labelled = [...document.querySelectorAll('[class*="date"], [class*="byline"], [class*="meta"]')];
  for (const element of labelled.slice(0, LABELLED_REACH)) {
    for (const node of ownTextNodes(element)) {
      const line = clean(node.textContent);
      if (line && eitherWayDates(line)) return line;
    }
  }
  for (const line of publishedLines(document)) if (eitherWayDates(line)) return line;
  return null;
}

// A wiki's page is never published, only edited: "This page was last edited on 14 August 2025, at 21:07 (UTC)."
// dates the version saved; so does a curated collection's "Last updated 31 Mar 2026", or a site builder's "Page
// updated 11 Jun 2026" (its label and date in spans of one <div>), when nothing else dates it.
const LAST_EDITED = /^(?:this page was |page )?(?:last )?(?:edited|modified|updated)\b/i;
/** Elements holding more than this many others are containers, whose text is much of the page. */
const MAX_PARTS = 3;
function lastEdited(document: HtmlDocument): string | null {
  const places = '[id*="lastmod"], [class*="lastmod"], footer li, footer p, span, small, div';
  for (const element of document.querySelectorAll(places)) {
    if (element.children.length > MAX_PARTS) continue;
    const line = clean(element.textContent);
    if (line && LAST_EDITED.test(line) && line.split(' ').length <= 20) return toIsoDate(line);
  }
  return null;
}

// "Published 7:45 p.m. ET Jun. 3, 2024" in whatever element the page puts it: the label says the date is the
// article's, where a bare date might be today's in the site's top bar. Elements holding more than a few others
// are containers, whose text is the whole page.
const PUBLISHED_LABEL = /^(?:first |originally )?(?:published|posted|issued)\b/i;
function* publishedLines(document: HtmlDocument): Generator<string> {
  // Older pages set their text in <font> and table cells.
  for (const element of document.querySelectorAll('p, span, div, small, li, dd, font, td, em, strong, tr, dt')) {
    if (element.children.length > 3) continue;
    // "By Jane Roe<br>Posted: 05/14/2026 4:48 PM": a line break inside an element sets its lines apart; a table's
    // row gives its label and the date in cells of their own, a definition list its term and definition.
    const term = element.tagName === 'DT' && element.nextElementSibling?.tagName === 'DD';
    const lines =
      element.tagName === 'TR'
        ? [{ textContent: tableRowText(element) }]
        : term
          ? [{ textContent: `${element.textContent} ${element.nextElementSibling!.textContent}` }]
          : [element, ...ownTextNodes(element)];
    for (const node of lines) {
      const line = clean(node.textContent);
      if (line && PUBLISHED_LABEL.test(line) && line.split(' ').length <= 24) yield line;
    }
  }
}

function statedPublication(document: HtmlDocument): string | null {
  for (const line of publishedLines(document)) {
    const published = datelineOf(line)?.published;
    if (published) return published;
  }
  return null;
}
