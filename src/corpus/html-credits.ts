import { collapseSpace, type HtmlDocument } from './html-dom.ts';
import { outletKey } from './outlet-names.ts';

// Who speaks on a page another carries: a release's issuer on a newswire, a story's outlet on a portal that
// syndicates it, a department on the government portal that hosts its page. The carrier is named after "via".

/** Words a publisher's name takes at most. */
const PUBLISHER_WORDS = 8;

// A newswire's release closes on the body that issued it ("SOURCE Haverdale County Council"), in the wire's capitals.
const WIRE_SOURCE = /^SOURCE:?\s+(\p{Lu}[\p{L}\p{N} &.,'’()-]{2,80})$/u;

// … or heads it with its issuer: "NEWS PROVIDED BY" and the company's name, in one element or the next.
const PROVIDED_BY = /^news provided by:?\s*(.*)$/i;

/** The body a release carried by a newswire names as its source, or null. */
function releaseIssuer(document: HtmlDocument): string | null {
  for (const p of document.querySelectorAll('body p')) {
    const issuer = WIRE_SOURCE.exec(collapseSpace(p.textContent))?.[1];
    if (issuer) return issuer;
  }
  for (const element of document.querySelectorAll('body span, body div, body p, body strong')) {
    if (element.children.length > CREDIT_CHILDREN) continue;
    const provided = PROVIDED_BY.exec(collapseSpace(element.textContent));
    if (!provided) continue;
    const issuer = provided[1] || collapseSpace(element.nextElementSibling?.textContent);
    if (issuer && issuer.split(/\s+/u).length <= PUBLISHER_WORDS) return issuer;
  }
  return null;
}

// A portal carrying another outlet's story credits it: "Story from Westmoor Evening Post", "Wendle Live · 3 min read",
// a photo's "© Provided by The Daily Register".
const STORY_FROM = /(?:^Story from|(?:^|©\s*)Provided by):?\s+(\p{Lu}[\p{L}\p{N} &'’.-]{2,60})$/u;
const READING_TIME = String.raw`\d{1,2}[\s-]min(?:ute)?s? read`;
const READ_TIME = new RegExp(READING_TIME, 'u');
const OUTLET_READ_TIME = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{N} &'’.-]{2,60}?)\s*·\s*${READING_TIME}$`, 'u');
/** Elements small enough to hold a credit line and nothing else. */
const CREDIT_CHILDREN = 3;
const CREDIT_CHARS = 80;

/**
 * The outlet a syndicated story credits as its source, or null: a "Story from …" line anywhere, or the first reading
 * time on the page when an outlet's name stands beside it (a related story's card further down names another).
 */
function syndicatedFrom(document: HtmlDocument): string | null {
  let readTime: string | null = null;
  for (const element of document.querySelectorAll('body p, body div, body span, body a, body figcaption')) {
    if (element.children.length > CREDIT_CHILDREN) continue;
    const text = collapseSpace(element.textContent);
    const from = STORY_FROM.exec(text)?.[1];
    if (from) return from.trim();
    if (readTime === null && text.length <= CREDIT_CHARS && READ_TIME.test(text)) readTime = text;
  }
  const name = readTime ? OUTLET_READ_TIME.exec(readTime)?.[1]?.trim() : undefined;
  // The page credits its source again (a photo's credit, a closing line); a related story's card names it once.
  const body = document.querySelector('body')?.textContent ?? '';
  return name && body.split(name).length > 2 ? name : null;
}

/** A release's issuer, or a syndicated story's source, as its outlet through its carrier ("… via PR Newswire"). */
function viaCarrier(issuer: string | null, site: string | null): string | null {
  if (!issuer) return site;
  return site && outletKey(site) !== outletKey(issuer) ? `${issuer} via ${site}` : issuer;
}

// A government or institutional page lists who published it in its metadata: "<dt>From:</dt><dd>Department for
// Transport</dd>", the body that speaks, where the site (a portal such as GOV.UK) only hosts it.
const PUBLISHER_TERM = /^(?:from|published by|publisher)\s*:?$/i;

/** The body a page's definition list names as its publisher, or null. */
function definedPublisher(document: HtmlDocument): string | null {
  for (const term of document.querySelectorAll('body dt')) {
    if (!PUBLISHER_TERM.test(collapseSpace(term.textContent))) continue;
    const definition = term.nextElementSibling;
    const name = definition?.tagName === 'DD' ? collapseSpace(definition.textContent) : '';
    if (name && name.split(/\s+/u).length <= PUBLISHER_WORDS) return name;
  }
  return null;
}

/** The outlet of an HTML page given the site that carries it: who the page credits, through the site, else the site. */
export function creditedOutlet(document: HtmlDocument, site: string | null): string | null {
  const speaker = releaseIssuer(document) ?? syndicatedFrom(document);
  return viaCarrier(speaker, definedPublisher(document) ?? site);
}
