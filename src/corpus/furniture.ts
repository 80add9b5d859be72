import { anyOf, regex } from '../text/regex.ts';
import { blockKey, endsLikeSentence, isProse, wordCount, type Block } from './blocks.ts';
import { isJobTitleLine, openingDateline, unemphasized } from './bylines.ts';
import { canBeCaption, cutCaption } from './captions.ts';
import { WIRE_SLUG } from './headline.ts';
import { furnitureOf, type FurnitureKind } from './line-furniture.ts';
import { selfDescribedName } from './outlet-names.ts';
import { isNameLike } from './masthead-line.ts';
import { runningHeaders } from './running-headers.ts';
import { markHandleComments } from './handle-comments.ts';
import { markSocialThread } from './social-thread.ts';
import type { ParagraphRole } from './source.ts';

export { furnitureOf, type FurnitureKind } from './line-furniture.ts';

/** What the cleaner knows beyond one paragraph: the title, and paragraphs that recur across documents. */
export interface CleaningContext {
  title: string | null;
  /** Keys (see blockKey) of paragraphs that recur across documents: publisher furniture. */
  repeated: ReadonlySet<string>;
}

/** One paragraph's verdict: furniture of some kind, or text in some role (offsets may be trimmed). */
export interface BlockVerdict {
  block: Block;
  furniture: FurnitureKind | null;
  role: ParagraphRole;
}

/** Sorts a body's paragraphs into content and furniture, says which kind of furniture each is, and marks captions. */
export function classifyBlocks(blocks: readonly Block[], context: CleaningContext): BlockVerdict[] {
  const running = runningHeaders(blocks);
  const verdicts = blocks.map((raw): BlockVerdict => {
    const furniture = running.has(raw) ? 'page-chrome' : furnitureOf(raw.text);
    if (furniture) return { block: raw, furniture, role: 'body' };
    const cut = cutCaption(raw);
    return { block: cut.block, furniture: null, role: cut.isCaption ? 'caption' : 'body' };
  });
  markSocialThread(verdicts);
  markHandleComments(verdicts);
  const titleAt = markPageHeader(verdicts, context.title);
  markBylineContinuations(verdicts);
  markLinkLists(verdicts);
  markRepeats(verdicts, context);
  markAuthorsAboveDates(verdicts);
  markCaptionsByCredits(verdicts);
  markStandfirst(verdicts, titleAt);
  trimOpeningDateline(verdicts, titleAt);
  markSubheadings(verdicts);
  markCapitalHeadings(verdicts);
  markTail(verdicts);
  return verdicts;
}

// The headline as a line may write it: "# Headline", "**Headline**", "UPDATE 2-Headline".
function headlineKey(text: string): string {
  return blockKey(unemphasized(text.replace(/^#+\s*|\s*#+$/gu, '')).replace(WIRE_SLUG, ''));
}

/** How many paragraphs of prose (notices, banners) may stand above the headline line on a saved page. */
const NOTICES_ABOVE_HEADLINE = 2;

// Everything above the headline (mastheads, menus, banners, section labels) is the site's header, and the headline
// line itself is the title, not a sentence to quote. Returns the headline's position, or -1 when it is not found.
function markPageHeader(verdicts: BlockVerdict[], title: string | null): number {
  if (!title) return -1;
  const key = headlineKey(title);
  // A notice or two may stand above the headline ("Our newsroom is operating from …"): past them, the article.
  let limit = verdicts.length;
  for (let i = 0, prose = 0; i < verdicts.length; i++) {
    if (verdicts[i]!.furniture || !isProse(verdicts[i]!.block.text) || prose++ < NOTICES_ABOVE_HEADLINE) continue;
    limit = i + 1;
    break;
  }
  const at = verdicts.slice(0, limit).findIndex((v) => {
    const line = headlineKey(v.block.text);
    return line === key || (line.startsWith(key) && /^\s*[|–—_-]\s*\S/u.test(line.slice(key.length)));
  });
  const [first, last] = at >= 0 ? [at, at] : headlineOverLines(verdicts.slice(0, limit), key);
  if (first < 0) return -1;
  for (const verdict of verdicts.slice(first, last + 1)) verdict.furniture = 'title';
  for (const verdict of verdicts.slice(0, first)) verdict.furniture ??= 'page-header';
  return last;
}

/** Lines a print page sets one headline over ("Three arrested", "in referee", "bribe probe"). */
const HEADLINE_LINES = 4;

/** The first and last of consecutive lines that together read as the headline, or [-1, -1]. */
function headlineOverLines(verdicts: readonly BlockVerdict[], key: string): [number, number] {
  for (let first = 0; first < verdicts.length; first++) {
    let joined = headlineKey(verdicts[first]!.block.text);
    if (!key.startsWith(joined)) continue;
    for (let last = first + 1; last < Math.min(verdicts.length, first + HEADLINE_LINES); last++) {
      if (verdicts[last]!.block.afterBlank) break;
      joined = `${joined} ${headlineKey(verdicts[last]!.block.text)}`;
      if (joined === key) return [first, last];
      if (!key.startsWith(joined)) break;
    }
  }
  return [-1, -1];
}

// "By JANE ROE" may have the outlet or the job title on the line below ("Harbor Wire", "Staff Writer"); a byline
// without its "By" is a name over a job title ("Jane Roe" then "Senior Football Writer").
function markBylineContinuations(verdicts: BlockVerdict[]): void {
  verdicts.forEach((verdict, i) => {
    const [previous, next] = [verdicts[i - 1], verdicts[i + 1]];
    if (!verdict.furniture && isJobTitleLine(verdict.block.text)) {
      verdict.furniture = 'byline';
      if (previous && !previous.furniture && isNameLike(previous.block.text)) previous.furniture = 'byline';
    }
    if (verdict.furniture !== 'byline' || !next || next.furniture) return;
    if (isNameLike(next.block.text)) next.furniture = 'byline';
  });
}

// "Jane Roe" over "The Harbor Ledger" over "Published …": the author's name heads the lines of who and when. Read
// once repeats are known, as the outlet's name under it is one of the masthead.
function markAuthorsAboveDates(verdicts: BlockVerdict[]): void {
  verdicts.forEach((verdict, i) => {
    if (verdict.furniture !== 'dateline') return;
    const above = verdicts.slice(Math.max(0, i - 2), i).reverse();
    const name = above.find((v) => !v.furniture);
    const between = above.slice(0, name ? above.indexOf(name) : 0);
    if (name && between.every((v) => OUTLET_LINES.has(v.furniture!)) && isAuthorName(name.block.text)) {
      name.furniture = 'byline';
    }
  });
}

/** What may stand between an author's name and the date under it: the outlet's name, however it was classified. */
const OUTLET_LINES: ReadonlySet<FurnitureKind> = new Set(['byline', 'duplicate', 'repeated-across-documents']);

/** A person's name on a line of its own: two to four capitalized words ("Corinna Blackwood-Ames"), no "The". */
function isAuthorName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  const capitalized = (w: string): boolean => /^\p{Lu}[\p{Ll}'’.]*(?:-\p{Lu}?[\p{Ll}'’.]+)*$/u.test(w);
  return words.length >= 2 && words.length <= 4 && words[0] !== 'The' && words.every(capitalized);
}

const MAX_LINK_TITLE_WORDS = 25;

// "Related"/"Read more" headings are followed by a run of link titles, bulleted or not, up to the next blank line.
function markLinkLists(verdicts: BlockVerdict[]): void {
  verdicts.forEach((verdict, i) => {
    if (verdict.furniture !== 'related-heading') return;
    for (let j = i + 1; j < verdicts.length; j++) {
      const item = verdicts[j]!;
      if (j > i + 1 && item.block.afterBlank) return;
      if (item.furniture || wordCount(item.block.text) > MAX_LINK_TITLE_WORDS) return;
      item.furniture = 'link-list';
    }
  });
}

function markRepeats(verdicts: BlockVerdict[], context: CleaningContext): void {
  const titleKey = context.title ? headlineKey(context.title) : null;
  const seen = new Set<string>();
  for (const verdict of verdicts) {
    const key = blockKey(verdict.block.text);
    if (!verdict.furniture && key === titleKey) verdict.furniture = 'title';
    if (!verdict.furniture && context.repeated.has(key)) verdict.furniture = 'repeated-across-documents';
    if (!verdict.furniture && seen.has(key)) verdict.furniture = 'duplicate';
    seen.add(key);
  }
}

// A credit on a line of its own belongs to the caption next to it: the one before it when that is a caption
// (or a caption's repeat), else the shorter paragraph beside it.
function markCaptionsByCredits(verdicts: BlockVerdict[]): void {
  const captionKeys = new Set(verdicts.filter((v) => v.role === 'caption').map((v) => blockKey(v.block.text)));
  const neighbour = (from: number, step: number): BlockVerdict | undefined => {
    let i = from + step;
    while (verdicts[i]?.furniture === 'page-chrome') i += step;
    return verdicts[i];
  };
  verdicts.forEach((verdict, i) => {
    if (verdict.furniture !== 'photo-credit') return;
    const before = neighbour(i, -1);
    if (before && captionKeys.has(blockKey(before.block.text))) return;
    const after = neighbour(i, 1);
    // Of a line on either side that could be a caption, the shorter: a lede after a caption and its credit is
    // longer than the caption.
    const words = (v: BlockVerdict): number => wordCount(v.block.text);
    const target = [after, before]
      .filter((v): v is BlockVerdict => !!v && !v.furniture && canBeCaption(v.block.text))
      .sort((a, b) => words(a) - words(b))[0];
    if (target) target.role = 'caption';
  });
}

const MAX_STANDFIRST_WORDS = 45;

// The summary line between the headline and the byline or dateline ("the standfirst") sums the story up; it is
// text, but not reporting in the body's sense.
function markStandfirst(verdicts: BlockVerdict[], titleAt: number): void {
  if (titleAt < 0) return;
  const next = verdicts.findIndex((v, i) => i > titleAt && !v.furniture);
  const candidate = verdicts[next];
  if (candidate?.role !== 'body' || wordCount(candidate.block.text) > MAX_STANDFIRST_WORDS) return;
  const following = verdicts.slice(next + 1).find((v) => v.furniture !== 'page-chrome' && v.furniture !== 'share');
  if (following?.furniture === 'byline' || following?.furniture === 'dateline') candidate.role = 'standfirst';
}

/** How many paragraphs may come between the headline and the lede: a summary, a caption, a byline, a label. */
const LEDE_REACH = 4;

// "BAYVIEW (Harbor Wire) — A divided court …": the dateline before the lede is not part of its sentence. The lede
// is the first paragraph that opens with one, whatever summary, caption or byline the page put above it.
function trimOpeningDateline(verdicts: BlockVerdict[], titleAt: number): void {
  const candidates = verdicts.filter((v, i) => i > titleAt && !v.furniture && v.role === 'body').slice(0, LEDE_REACH);
  for (const lede of candidates) {
    const dateline = openingDateline(lede.block.text);
    if (!dateline) continue;
    const { block } = lede;
    lede.block = { ...block, start: block.start + dateline.length, text: block.text.slice(dateline.length) };
    return;
  }
}

const MAX_SUBHEADING_WORDS = 8;
// A section label names what follows; a list item ("- 14.5% over three years") is content, however short.
// A heading is capitalized and unpunctuated, or a quotation with no full stop, maybe after its speaker's name
// ("'I am ashamed'", "Mayor: 'The whole city needed this'").
const SUBHEADING = /^(?:\p{Lu}[^.!?:;"”’)]*|(?:\p{Lu}[\p{L} ]*: )?['‘"“][^.!?'‘’"“”]+['’"”])$/u;
/** The fewest words of a paragraph of the article's text, as news writes one-sentence paragraphs. */
const MIN_TEXT_WORDS = 6;

const isHeadingLine = (verdict: BlockVerdict): boolean => {
  if (verdict.furniture || verdict.role !== 'body') return false;
  const words = unemphasized(verdict.block.text);
  return wordCount(words) <= MAX_SUBHEADING_WORDS && SUBHEADING.test(words.trim());
};
const isText = (verdict: BlockVerdict | undefined): boolean =>
  verdict !== undefined &&
  !verdict.furniture &&
  endsLikeSentence(verdict.block.text) &&
  wordCount(verdict.block.text) >= MIN_TEXT_WORDS;

// "Raises and split shifts" on a line of its own between two paragraphs of the text is a section heading in a saved
// page: it names the section, it reports nothing. So is a run of such lines ("Follow us", "Tweet", "Print this page"):
// the buttons a page put between its paragraphs.
function markSubheadings(verdicts: BlockVerdict[]): void {
  for (let i = 0; i < verdicts.length; i++) {
    if (!isHeadingLine(verdicts[i]!)) continue;
    let end = i;
    while (end < verdicts.length && (verdicts[end]!.furniture || isHeadingLine(verdicts[end]!))) end++;
    const before = verdicts.slice(0, i).findLast((v) => !v.furniture);
    if (isText(before) && isText(verdicts[end])) {
      for (const verdict of verdicts.slice(i, end)) verdict.furniture ??= 'subheading';
    }
    i = end;
  }
}

// A plain-text mail's or a report's heading set in capitals ("WHAT YOU CAN'T USE A HOSEPIPE FOR DURING THE BAN",
// "EXEMPTIONS - YOU CAN STILL USE A HOSEPIPE IF:") names the list or the section below it; the article's header
// above its first paragraph is read apart.
const CAPITALS_HEADING = /^\p{Lu}[\p{Lu}\p{N}&'’ ,–-]+:?$/u;
const MAX_CAPITALS_HEADING_WORDS = 14;

function markCapitalHeadings(verdicts: BlockVerdict[]): void {
  const first = verdicts.findIndex((v) => !v.furniture && v.role === 'body' && isProse(v.block.text));
  if (first < 0) return;
  for (const verdict of verdicts.slice(first + 1)) {
    const text = unemphasized(verdict.block.text).trim();
    // Words, not codes: a list of batch numbers ("KS26028, KS26029, …") is content.
    const words = text.match(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu)?.length ?? 0;
    const heading = words >= 2 && wordCount(text) <= MAX_CAPITALS_HEADING_WORDS && CAPITALS_HEADING.test(text);
    if (heading && !verdict.furniture && verdict.role === 'body') verdict.furniture = 'subheading';
  }
}

// "Jane Roe is a reporter at …", "Contact Jane Roe at jroe@…": the author's box at the end of a page.
const BIO_ROLE = anyOf([
  'reporter',
  'writer',
  'editor',
  'correspondent',
  'columnist',
  'journalist',
  'producer',
  'contributor',
  'intern',
  'photographer',
  'critic',
  'fellow',
]);
const AUTHOR_BIO = [
  regex([
    String.raw`^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}(?:is|was|has been)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,5}?`,
    BIO_ROLE,
    String.raw`\b`,
  ]),
  /^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}covers\s/u,
  /^(?:contact|reach|email|follow)\b.*(?:@|\bat\s+\S+\.\w{2,})/iu,
];

// After the last paragraph of prose a page has only furniture (taglines, trust notes, author boxes, link titles):
// short unpunctuated lines, author bios and the site's description of itself there are not content.
function markTail(verdicts: BlockVerdict[]): void {
  for (let i = verdicts.length - 1; i >= 0; i--) {
    const verdict = verdicts[i]!;
    if (verdict.furniture) continue;
    const text = unemphasized(verdict.block.text);
    if (AUTHOR_BIO.some((pattern) => pattern.test(text)) && wordCount(text) <= 60) {
      verdict.furniture = 'author-bio';
      continue;
    }
    if (selfDescribedName(text) && wordCount(text) <= 60) {
      verdict.furniture = 'site-blurb';
      continue;
    }
    if (endsLikeSentence(text) || wordCount(text) > 12) return;
    verdict.furniture = 'trailing-fragment';
  }
}
