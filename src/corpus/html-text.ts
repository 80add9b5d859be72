import { Readability } from '@mozilla/readability';
import { splitBlocks } from './blocks.ts';
import { CREDIT_PREFIX, isPhotoCredit } from './captions.ts';
import { datelineOf } from './dates.ts';
import { labelledCaption, leadCaption } from './html-lead-caption.ts';
import { isDomainName } from './html-site-name.ts';
import { withoutListTag } from './tool-page-lines.ts';
import { collapseSpace, tableRowText, textWithBreaks, type HtmlDocument, type HtmlElement } from './html-dom.ts';

// Elements that are never article text, whatever the page calls them; an aside holding a quotation is a post's quote
// of another (a forum's quote of an article), not a sidebar.
const NEVER_TEXT =
  'script, style, noscript, template, iframe, svg, canvas, form, button, input, select, textarea, ' +
  'nav, aside:not(:has(blockquote)), footer, dialog, [role="navigation"], [role="banner"], [role="complementary"], ' +
  '[role="contentinfo"], [role="dialog"], [role="alertdialog"], [role="search"], [aria-hidden="true"], [hidden], ' +
  // A messaging app's export: each message's time, views and avatar.
  '.history .message .date, .history .message .views, .history .userpic_wrap';

/** Words naming a page's comments: furniture under an article, the text itself of a discussion page. */
const COMMENT_WORDS: readonly string[] = ['comment', 'comments', 'disqus'];

// Words in class names and ids that publishers give their furniture: consent banners, share bars, related-link
// lists, newsletter and donation boxes, ads, comments, bylines, pull quotes (a line of the text, repeated), and a
// wiki's footnotes.
// Matched as whole words of a class ("share-bar", "ad_slot"), so "shadow" or "header-lead" are not caught by "ad".
const FURNITURE_WORDS = new Set([
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'share',
  'sharing',
  'social',
  'newsletter',
  'signup',
  'subscribe',
  'subscription',
  'related',
  'recommended',
  'recirculation',
  'promo',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'sponsored',
  'sponsor',
  'outbrain',
  'taboola',
  ...COMMENT_WORDS,
  'paywall',
  'donate',
  'donation',
  'donations',
  'pullquote',
  'breadcrumb',
  'breadcrumbs',
  'byline',
  'dateline',
  'meta',
  'tags',
  'popup',
  'modal',
  'masthead',
  'topbar',
  // A column beside the article (a forum's rules, a site's most-read list).
  'sidebar',
  'side',
  'toolbar',
  // A wiki's footnote marks ("[2]"), its list of references, section edit links, navigation boxes and categories.
  'reference',
  'references',
  'reflist',
  'editsection',
  'navbox',
  'catlinks',
]);
const FURNITURE_PHRASES = [
  'pull-quote',
  'more-stories',
  'read-more',
  'site-info',
  'author-bio',
  'skip-link',
  'most-popular',
];

// Lines that are buttons or ad labels rather than reporting, when they stand alone as a paragraph.
const FURNITURE_LINE = new RegExp(
  '^(?:advertisement|sponsored(?: content)?|story continues below(?: advertisement)?' +
    '|continue reading(?: below)?|scroll to continue.*|skip to (?:main )?content|share this (?:article|story)' +
    '|(?:sign up|subscribe)(?: now| today)?)[.!]?$',
  'iu',
);

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, dd, dt';

function isFurniture(element: HtmlElement, keepComments: boolean): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  if (FURNITURE_PHRASES.some((phrase) => names.includes(phrase))) return true;
  const furniture = (word: string): boolean =>
    FURNITURE_WORDS.has(word) && !(keepComments && COMMENT_WORDS.includes(word));
  return names.split(/\s+/u).some((name) => name.split(/[-_]/u).some(furniture));
}

/**
 * A term and its description, as a register's summary lists a figure ("<dt>Total income</dt><dd>£7,214,356</dd>"):
 * one paragraph, "Total income: £7,214,356", so the figure keeps what it is. Read apart, the value says nothing.
 */
function describedTerm(element: HtmlElement): { text: string; description: HtmlElement } | null {
  const description = element.tagName === 'DT' ? element.nextElementSibling : null;
  if (description?.tagName !== 'DD' || description.querySelector(BLOCKS)) return null;
  const [term, value] = [collapseSpace(element.textContent).replace(/:$/u, ''), collapseSpace(description.textContent)];
  return term && value ? { text: `${term}: ${value}`, description } : null;
}

/** A superscript that is only a footnote's number, bracketed or not: "3", "[12]". */
const FOOTNOTE_MARK = /^\s*\[?\d{1,3}\]?\s*$/u;

/**
 * Removes page furniture before Readability scores the page: Readability alone keeps boxes that sit inside the
 * article's container (a newsletter sign-up, an inline ad, a "Related" list). An element holding the headline or
 * the article itself is never removed, however it is named (`<body class="has-comments">`).
 */
function removeFurniture(
  document: HtmlDocument,
  title: string | null,
  articleParts: readonly string[],
  keepComments: boolean,
): void {
  // A thread writes each comment in the form that edits it (old Reddit's "usertext").
  for (const element of [...document.querySelectorAll(NEVER_TEXT)]) {
    if (!(keepComments && element.tagName === 'FORM')) element.remove();
  }
  // Readability drops every aside: a quoting one gives up its quotation to the post around it.
  for (const aside of [...document.querySelectorAll('aside')]) aside.replaceWith(...aside.children);
  // A footnote's mark set in superscript ("… until 2022.<sup>3</sup>") would run into the text as "2022.3".
  for (const sup of [...document.querySelectorAll('sup')]) if (FOOTNOTE_MARK.test(sup.textContent ?? '')) sup.remove();
  for (const element of [...document.querySelectorAll('header')]) {
    if (!element.querySelector('h1') && !element.closest('article')) element.remove();
  }
  // The parts the page's markup says are the article's own ("div.paywall-content") stay, whatever they are called.
  const kept = new Set(articleParts.flatMap((selector) => selectAll(document, selector)));
  for (const element of [...document.querySelectorAll('[class], [id]')]) {
    if (!element.isConnected || ['HTML', 'BODY', 'MAIN', 'ARTICLE'].includes(element.tagName)) continue;
    if (kept.has(element)) continue;
    if (isFurniture(element, keepComments) && !holdsArticle(element, title)) element.remove();
  }
}

/** Words a heading shares with the title to be its headline, not a forum's or a section's name ("Tallowford"). */
const HEADLINE_WORDS = 3;

/** Whether an element holds the article or its headline (an <h1> the title repeats, or any when it is unknown). */
function holdsArticle(element: HtmlElement, title: string | null): boolean {
  if (element.querySelector('article, main')) return true;
  const known = title?.toLowerCase();
  return [...element.querySelectorAll('h1')].some((h1) => {
    const heading = collapseSpace(h1.textContent).toLowerCase();
    const long = heading.split(' ').length >= HEADLINE_WORDS;
    return !known || (long && (known.includes(heading) || heading.includes(known)));
  });
}

/** The elements a selector from the page's own markup picks; none when the selector is not one the parser reads. */
function selectAll(document: HtmlDocument, selector: string): HtmlElement[] {
  try {
    return [...document.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

// A credit on a line of its own after a caption, both beside the photo ("Credit: KLVW" under the caption): it is
// written onto the caption's end, where the corpus reads it as that caption's credit. Left on its own line, a credit
// is taken for the one above the caption after it, as text copies of pages put them.
const sharePhoto = (caption: HtmlElement, credit: HtmlElement): boolean => {
  const holder = caption.parentElement;
  return holder !== null && holder === credit.parentElement && holder.querySelector('img, picture') !== null;
};

/** A quoted message's mark at a line's start ("> ", "> > "). */
const QUOTE_MARKS = /^(?:> ?)+/gmu;

/**
 * A link card, as a collection or a feed shows another page (its site, its headline and a snippet as parts of one
 * link): its parts read apart, not run together ("fpsw.example Bring Brackmoor's bins home - FPSW launches …").
 */
function linkCardParts(element: HtmlElement): string[] | null {
  const links = element.tagName === 'A' ? [element] : [...element.querySelectorAll('a')];
  const [link] = links;
  if (links.length !== 1 || !link || link.children.length < 2) return null;
  const parts = [...link.children].map((child) => collapseSpace(child.textContent)).filter(Boolean);
  const own = [...link.childNodes].some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '');
  // The link is all the element holds (spans may run together with no space between).
  const bare = (text: string): string => text.replace(/\s+/gu, '');
  if (own || parts.length < 2 || bare(element.textContent ?? '') !== bare(parts.join(''))) return null;
  // The card's site, by its domain, says where the link goes; it is no text.
  return parts.filter((part) => !isDomainName(part));
}

/**
 * The paragraphs an element holds: one, but a <pre> keeps text as it was typed (a mailing list archive's message),
 * its paragraphs parted by blank lines, its lines wrapped by hand and a quoted message's marked "> ".
 */
function elementTexts(element: HtmlElement): string[] {
  if (element.tagName === 'TR') return [tableRowText(element)];
  // "By Jane Roe, Correspondent<br>Thursday 25 June": lines set apart by a break are read apart, not run together.
  if (element.tagName !== 'PRE' && element.querySelector('br')) {
    return textWithBreaks(element).split('\n').map(collapseSpace);
  }
  const card = linkCardParts(element);
  if (card) return card;
  if (element.tagName !== 'PRE') return [collapseSpace(element.textContent)];
  return splitBlocks((element.textContent ?? '').replace(QUOTE_MARKS, '')).map((block) => collapseSpace(block.text));
}

/**
 * The article's paragraphs, in reading order, furniture removed and photo captions kept; empty when the page has
 * no article. Mutates the document (read the metadata first).
 */
export function articleParagraphs(
  document: HtmlDocument,
  title: string | null,
  articleParts: readonly string[] = [],
  keepComments = false,
): string[] {
  removeFurniture(document, title, articleParts, keepComments);
  const lead = leadCaption(document);
  // Readability's own JSON-LD reading is off: metadata comes from readPageMetadata, in the order the corpus uses.
  const reader = new Readability<HtmlElement>(document as never, {
    serializer: (node) => node as unknown as HtmlElement,
    disableJSONLD: true,
  });
  let content: HtmlElement | null | undefined;
  try {
    // Readability scores a container by the paragraphs just below it; a thread's comments each sit deep in their own,
    // so a discussion page is read whole, its furniture removed.
    content = keepComments ? document.querySelector('body') : reader.parse()?.content;
  } catch {
    // Readability gives up on some malformed pages (thousands of nested elements); there is no article to read.
    return [];
  }
  if (!content) return [];
  const paragraphs: string[] = [];
  let previous: HtmlElement | null = null;
  const described = new Set<HtmlElement>();
  for (const element of content.querySelectorAll(`${BLOCKS}, tr`)) {
    // A list item or quotation made of paragraphs is read paragraph by paragraph, not twice.
    if (element.querySelector(BLOCKS) || described.has(element)) continue;
    const term = describedTerm(element);
    if (term) described.add(term.description);
    for (const text of term ? [term.text] : elementTexts(element)) {
      if (!text || FURNITURE_LINE.test(text) || text === paragraphs.at(-1)) continue;
      // A line that only says when ("Published … Updated …") was read into the metadata; it is not reporting.
      if (datelineOf(text)) continue;
      // The headline, perhaps under its mailing list's tag ("[Fendry-Birds] Rubythroat"), is the title, not text.
      if (title && withoutListTag(text).toLowerCase() === title.toLowerCase()) continue;
      if (previous && isPhotoCredit(text) && sharePhoto(previous, element)) {
        paragraphs.push(`${paragraphs.pop()} (${CREDIT_PREFIX.test(text) ? text : `Photo: ${text}`})`);
        continue;
      }
      paragraphs.push(element.tagName === 'FIGCAPTION' ? labelledCaption(text) : text);
      previous = element;
    }
  }
  const leadKept = lead && paragraphs.some((p) => p.startsWith(lead.slice(0, 60)));
  return lead && !leadKept && paragraphs.length > 0 ? [lead, ...paragraphs] : paragraphs;
}
