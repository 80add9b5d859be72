import { CAPTION_LABEL, isPhotoCredit } from './captions.ts';
import { collapseSpace, type HtmlDocument, type HtmlElement } from './html-dom.ts';

// Readability keeps the photos set among an article's paragraphs, but many news templates put the lead photo in a
// box of its own above the body, which Readability drops with its caption; captions carry facts (who, where, when).

// A paragraph this long is the article's prose: a caption after it is not the lead photo's.
const PROSE_WORDS = 25;

/** The caption of the photo above an article's first paragraph of prose, its credit in parentheses; else null. */
export function leadCaption(document: HtmlDocument): string | null {
  // Only what the page marks as its article counts: a consent notice above it can be long prose too.
  for (const element of document.querySelectorAll('figcaption, p')) {
    if (!element.closest('article, main')) continue;
    const text = collapseSpace(element.textContent);
    if (element.tagName === 'P' && text.split(' ').length >= PROSE_WORDS) return null;
    if (element.tagName !== 'P' && text) return labelledCaption(withCredit(element, text));
  }
  return null;
}

/**
 * A figure's caption, labelled as one ("Caption: …") unless it says so itself: the page says what it is, and the
 * corpus reads a labelled paragraph as a caption (context for an answer, never the answer), whatever its credit.
 */
export function labelledCaption(text: string): string {
  return CAPTION_LABEL.test(text) ? text : `Caption: ${text}`;
}

// "Barricades block the bridge. Ann Lee/The Ledger", the credit in a span of its own: written "(Photo: Ann Lee/The
// Ledger)", the form the corpus cuts from a caption, so the credit is not read as part of what the photo shows.
function withCredit(caption: HtmlElement, text: string): string {
  const credit = [...caption.children].map((child) => collapseSpace(child.textContent)).find(isPhotoCredit);
  if (!credit || !text.endsWith(credit) || text === credit) return text;
  const label = /^(?:photo|photograph|image|picture|credit)s?(?: by)?\s*:/i.test(credit) ? '' : 'Photo: ';
  return `${text.slice(0, -credit.length).trim()} (${label}${credit})`;
}
