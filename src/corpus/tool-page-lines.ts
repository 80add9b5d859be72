import { collapseSpace, type HtmlDocument } from './html-dom.ts';
import { siteNameForDomain, siteNameInText } from './html-site-name.ts';
import { APPEARED_FIRST } from './line-furniture.ts';

// Pages people keep in their own tools name their source in lines of those tools' own: a mailing list archive in its
// subject's tag, a feed reader in the feed's closing line, a note app in the address the text was pasted from.

const clean = (value: string | null | undefined): string | null => collapseSpace(value) || null;

/** A mail archive's subject tagged with its list's name, a reply's "Re:" after it: "[Fendry-Birds] Re: Rubythroat". */
const LIST_TAG = /^\[([\p{L}\p{N}][\p{L}\p{N} ._-]{1,38})\]\s+(?:re:\s*)*(\S.*)$/iu;
/** Bracketed labels of a story's kind, never a list's name: "[Updated]", "[VIDEO]". */
const STORY_LABEL = /^(?:updated?|video|watch|photos?|pdf|live|breaking|exclusive|opinion|sponsored|audio|analysis)$/i;

/** A heading without the tag of the mailing list it went to: "[Fendry-Birds] Re: Rubythroat" → "Rubythroat". */
export const withoutListTag = (heading: string): string => LIST_TAG.exec(heading)?.[2] ?? heading;

/**
 * A mailing list archive's message: its subject, and the list it went to, when the page names the list again
 * beyond the subject (its footer's "More information about the Fendry-Birds mailing list").
 */
export function listMessage(
  document: HtmlDocument,
  pageTitle: string | null,
): { title: string; outlet: string } | null {
  const tagged = pageTitle ? LIST_TAG.exec(pageTitle) : null;
  if (!tagged || STORY_LABEL.test(tagged[1]!)) return null;
  const list = tagged[1]!.trim();
  const text = document.querySelector('body')?.textContent ?? '';
  return text.split(`[${list}]`).some((part) => part.includes(list)) ? { title: tagged[2]!, outlet: list } : null;
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

/** The address a note says its text was pasted from, when it is a web address; else null. */
export function pastedFrom(document: HtmlDocument): string | null {
  const address = closingLine(document, 'p, div', PASTED_FROM);
  return address && URL.canParse(address) ? address : null;
}

/** The name the page's words give the site its text was pasted from ("CLAIMS LEDGER" for claimsledger.example). */
export function namedForPastedFrom(document: HtmlDocument): string | null {
  const address = pastedFrom(document);
  const host = address ? new URL(address).hostname : null;
  return host ? (siteNameForDomain(document, host) ?? siteNameInText(document, host)) : null;
}
