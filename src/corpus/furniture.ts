import { blockKey, endsLikeSentence, wordCount, type Block } from './blocks.ts';

/** Why a paragraph was taken out of an article body. */
export type FurnitureKind =
  | 'cookie-notice' | 'skip-link' | 'page-chrome' | 'photo-credit' | 'widget' | 'dateline' | 'editor-note'
  | 'title' | 'repeated-across-documents' | 'trailing-fragment' | 'duplicate';

// Consent banners are recognized by the word "cookie" (the same in most European languages) together with
// the vocabulary of browsing, consent or privacy in English, Portuguese, Spanish, French, German or Italian.
const COOKIE = /\bcookies?\b/iu;
const CONSENT_CONTEXT =
  /\b(?:site|website|sitio|browser|navega\p{L}*|navigat\p{L}*|consent\p{L}*|privacy|privacidade|privacidad|confidentialit\p{L}*|datenschutz|policy|pol[ií]tica|politique|accept\p{L}*|aceit\p{L}*|akzept\p{L}*|settings|configura\p{L}*|einstellung\p{L}*|experience|experi[eê]ncia|experiencia)\b/iu;

const SKIP_LINK = /^(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|article)|^(?:pular|ir) para o conte[uú]do|^saltar al contenido|^aller au contenu|^zum inhalt/iu;

// Buttons and labels that page templates put around images and articles.
const PAGE_CHROME = /^(?:(?:enlarge|expand|toggle|hide|show|view)(?: this)? (?:icon|image|photo|caption|gallery)|enlarge icon|advertisement|share(?: this(?: article| story)?)?|read more|print|email|listen(?: to this article)?|loading\.*|image|photo|video)$/iu;

// Credits are short, unpunctuated and either "Photographer / Agency", "Photo: …", or an agency alone.
const CREDIT_PREFIX = /^(?:photo|photograph|image|credit|picture)s?(?: by)?\s*:/iu;
const NAME_SLASH_AGENCY = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)* ?\/ ?\p{Lu}[\p{L}&.' -]*$/u;
const AGENCY = /^(?:AP|AFP|Reuters|Getty Images|Associated Press|EPA|Shutterstock|Bloomberg|Xinhua|Alamy|iStock)(?: Photo| Images)?$/u;

// Reader-engagement widgets: comment boxes, newsletter pitches, author boxes.
const WIDGET = /\b(?:comments? section|leave a (?:comment|reply)|view all comments|notify of|inline feedbacks?|subscribe to (?:our|the)|sign up for (?:our|the)|about (?:the )?author|follow us on|share your (?:views|thoughts))\b/iu;

const DATELINE = /^(?:posted|published|updated|last updated)(?: on)?:?\s.*\d{4}/iu;
const EDITOR_NOTE = /^(?:this|the) (?:article|story|post|piece) (?:was|has been) (?:updated|corrected|changed)\b/iu;
const CAPTION_LABEL = /^(?:photo |image )?caption\s*:\s*/iu;

/** Classifies one paragraph on its own text, or returns null when it is not furniture by itself. */
export function furnitureOf(text: string): FurnitureKind | null {
  if (COOKIE.test(text) && CONSENT_CONTEXT.test(text)) return 'cookie-notice';
  if (SKIP_LINK.test(text)) return 'skip-link';
  if (PAGE_CHROME.test(text)) return 'page-chrome';
  const short = wordCount(text) <= 8 && !endsLikeSentence(text);
  if (short && (CREDIT_PREFIX.test(text) || NAME_SLASH_AGENCY.test(text) || AGENCY.test(text))) return 'photo-credit';
  if (WIDGET.test(text) && wordCount(text) <= 60) return 'widget';
  if (DATELINE.test(text) && wordCount(text) <= 16) return 'dateline';
  if (EDITOR_NOTE.test(text)) return 'editor-note';
  return null;
}

/** Drops a "caption:" label so the caption itself (which carries facts) stays, verbatim. */
export function stripCaptionLabel(block: Block): Block {
  const label = CAPTION_LABEL.exec(block.text);
  if (!label) return block;
  return { start: block.start + label[0].length, end: block.end, text: block.text.slice(label[0].length) };
}

/** What the cleaner knows beyond one paragraph: the title, and paragraphs that recur across documents. */
export interface CleaningContext {
  title: string | null;
  /** Keys (see blockKey) of paragraphs that recur across documents: publisher furniture. */
  repeated: ReadonlySet<string>;
}

/** One paragraph's verdict. */
export interface BlockVerdict {
  block: Block;
  furniture: FurnitureKind | null;
}

/** Sorts a body's paragraphs into content and furniture, and says which kind of furniture each is. */
export function classifyBlocks(blocks: readonly Block[], context: CleaningContext): BlockVerdict[] {
  const titleKey = context.title ? blockKey(context.title) : null;
  const seen = new Set<string>();
  const verdicts = blocks.map((raw): BlockVerdict => {
    const block = stripCaptionLabel(raw);
    const key = blockKey(block.text);
    let furniture = furnitureOf(block.text);
    if (!furniture && key === titleKey) furniture = 'title';
    if (!furniture && context.repeated.has(key)) furniture = 'repeated-across-documents';
    if (!furniture && seen.has(key)) furniture = 'duplicate';
    seen.add(key);
    return { block, furniture };
  });
  markTrailingFragments(verdicts);
  return verdicts;
}

// After the last real paragraph a page has only furniture (taglines, "Why you can trust us", author boxes):
// short unpunctuated lines there are not content.
function markTrailingFragments(verdicts: BlockVerdict[]): void {
  for (let i = verdicts.length - 1; i >= 0; i--) {
    const verdict = verdicts[i]!;
    if (verdict.furniture) continue;
    if (endsLikeSentence(verdict.block.text) || wordCount(verdict.block.text) > 12) return;
    verdict.furniture = 'trailing-fragment';
  }
}
