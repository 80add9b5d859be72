import { endsLikeSentence, wordCount, type Block } from './blocks.ts';

// Photo captions carry facts (who is pictured, where, when), so they stay citable; their credits do not.

/** A caption's label: "Caption:", "Photo caption:", "Image:". */
export const CAPTION_LABEL = /^(?:(?:photo |image )?caption|image|photo|picture)\s*:\s*/i;
// A credit at the end of a caption: "(Photo: Ann Lee/Ledger)", "(KXYZ News 7 / Ann Lee)", "Photo: Ann Lee / Ledger",
// "Photograph: Ann Lee", "Ledger photo by Ann Lee", "| Credit: Ann Lee / Ledger".
const NAMEISH = "\\p{Lu}[\\p{L}\\p{N}.'’&-]*(?:\\s+[\\p{L}\\p{N}.'’&-]+){0,5}";
const TRAILING_CREDIT = [
  /\s*\((?:photo|photograph|image|picture|credit|file photo)s?(?: by)?\s*:?\s*[^()]{2,80}\)$/iu,
  new RegExp(`\\s*\\(${NAMEISH}\\s*/\\s*${NAMEISH}\\)$`, 'u'),
  /(?<=[.!?"”’])\s+(?:photo|photograph|image|picture|credit)s?(?: by)?\s*:\s*[^.!?]{2,80}$/iu,
  /(?<=[.!?"”’])\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:[Pp]hoto|[Pp]hotograph)s?\s+by\s+[^.!?]{2,60}$/u,
  /\s+\|\s+(?:photo|image|credit)s?\s*:?\s*[^|]{2,80}$/iu,
  new RegExp(`(?<=[.!?"”’])\\s+${NAMEISH}\\s*/\\s*${NAMEISH}$`, 'u'),
  // "… pictured before the recall. Courtesy Harrowgill Brewery", "(Courtesy of the family)".
  /(?<=[.!?"”’])\s+\(?(?:photo |image )?courtesy(?: of)?\s+[^.!?()]{2,60}\)?$/iu,
];
const BRACKETED = /^\[(.+)\]$/su;
// What each credit pattern needs (a closing parenthesis, "|", "/", or a credit's word), looked for first: prose
// paragraphs hold none, and trying every pattern at every sentence end was a tenth of telling captions apart.
const CREDIT_WORD = /photo|image|picture|credit|courtesy/i;
const mayEndInCredit = (text: string): boolean =>
  text.endsWith(')') || text.includes('|') || text.includes('/') || CREDIT_WORD.test(text);

/** A caption paragraph with its label and trailing credit cut off (offsets still index the original body). */
export interface CaptionCut {
  block: Block;
  /** The paragraph had a caption label or a photo credit, so it is a caption. */
  isCaption: boolean;
}

/** Cuts a "caption:"/"Image:" label and a trailing photo credit off a paragraph, keeping the caption verbatim. */
export function cutCaption(block: Block): CaptionCut {
  let { start, end, text } = block;
  // A page saved as text may write its caption in brackets: "[Photo: The mayor speaks … Ledger / Ann Lee]".
  const bracketed = BRACKETED.exec(text);
  if (bracketed && CAPTION_LABEL.test(bracketed[1]!)) {
    start += 1;
    end -= 1;
    text = bracketed[1]!;
  }
  const label = CAPTION_LABEL.exec(text);
  if (label && text.length > label[0].length) {
    start += label[0].length;
    text = text.slice(label[0].length);
  }
  const credit = mayEndInCredit(text)
    ? TRAILING_CREDIT.map((pattern) => pattern.exec(text)).find((m) => m && m.index > 0)
    : undefined;
  if (credit) {
    end -= text.length - credit.index!;
    text = text.slice(0, credit.index);
  }
  const isCaption = Boolean((label && wordCount(text) >= 4) || credit);
  return { block: isCaption ? { ...block, start, end, text } : block, isCaption };
}

/** A credit's label: "Photo:", "Image source:", "Courtesy of". */
export const CREDIT_PREFIX =
  /^(?:(?:photo|photograph|image|credit|picture|illustration|video)s?(?: by| source| credit)?\s*:|courtesy(?: of)?\s)/i;
const BYLINE_CREDIT = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:[Pp]hoto|[Pp]hotograph|[Ii]llustration)s?\s+by\s+\p{Lu}/u;
const NAME_SLASH_AGENCY = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)* ?\/ ?\p{Lu}[\p{L}\p{N}&.' -]*$/u;
// An agency alone: a short acronym ("AP", "AFP") or a stock library ("Example Images", "Example Photo").
const AGENCY = /^(?:\p{Lu}{2,3}|(?:\p{Lu}[\p{L}]+\s+){1,2}(?:Images|Photos?|Pictures|Pool))$/u;

/** A photo credit standing alone on its line ("Ann Lee / Agency", "Photo: Agency", "AP"). */
export function isPhotoCredit(text: string): boolean {
  const bare = text.replace(/^\((.*)\)$/u, '$1');
  if (wordCount(bare) > 8 || endsLikeSentence(bare)) return false;
  return CREDIT_PREFIX.test(bare) || BYLINE_CREDIT.test(bare) || NAME_SLASH_AGENCY.test(bare) || AGENCY.test(bare);
}

/** Whether a paragraph next to a photo credit reads like the caption it belongs to: a sentence or two, not a story. */
export function canBeCaption(text: string): boolean {
  return wordCount(text) >= 4 && wordCount(text) <= 60;
}
