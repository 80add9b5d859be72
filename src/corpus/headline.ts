import { datelineOf, eitherWayDates } from './dates.ts';
import { MONTH_PATTERN } from '../text/calendar.ts';
import { regex } from '../text/regex.ts';
import { isProse, wordCount, type Block } from './blocks.ts';
import { unemphasized } from './bylines.ts';
import { cutCaption } from './captions.ts';
import { furnitureOf, RELEASE_LABEL } from './line-furniture.ts';
import { outletKey, TITLE_WITH_SITE } from './outlet-names.ts';
import { pastLineMenus } from './line-menu.ts';
import { runningHeaders } from './running-headers.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { isTitleCased } from '../text/names.ts';

/** What helps pick the headline: the names the page gives its site, and the headline in the file's name. */
export interface HeadlineHints {
  siteNames: readonly string[];
  fileHeadline: string | null;
}

const MARKDOWN_TITLE = /^#\s+(.+?)\s*#*$/u;
/**
 * A report's or a notice's title given by its label, on a line or in a table's row: "Report title | …"; a
 * decision's or a memo's subject: "Subject:      Station accessibility - lift outage".
 */
const TITLE_LABEL = /^(?:(?:(?:report|document|paper)\s+)?title|subject)\s*[:|]\s*(\S.{10,})$/iu;
const WITH_SITE_PREFIX = /^([^|–—_·]{2,40}?)\s+[|–—_·-]\s+\S/u;
const MIN_WORDS = 3;
const MAX_WORDS = 30;
const CANDIDATES = 5;

/**
 * Finds the headline among the lines above the first paragraph of prose: a Markdown "# Heading", else the first
 * headline-like line that is not the site's name, a menu, a label, a byline or a dateline (or, of the first few
 * such lines, the one the file name repeats). Falls back to the headline in the file name.
 */
export function inferHeadline(blocks: readonly Block[], hints: HeadlineHints): string | null {
  const siteKeys = new Set(hints.siteNames.map(outletKey));
  const near = hints.fileHeadline ? linesNearTop(blocks, siteKeys) : [];
  const named = closestTo(hints.fileHeadline, near, FILE_HEADLINE_MATCH);
  if (named) return withoutPrintStamp(named);
  const candidates: string[] = [];
  const running = runningHeaders(blocks);
  // A print page sets its headline over several short lines ("Three arrested", "in referee", "bribe probe"): a
  // line going on in lower case after another of its group is read with it, and so is a title wrapped at a
  // document's width.
  let group = null as { at: number; text: string; counted: boolean } | null;
  // A ticker or a slogan above the site's menu is the site's, not the article's.
  const start = Math.max(pastLineMenus(blocks), pastNamedMenu(blocks, siteKeys), pastBreadcrumb(blocks));
  for (const [at, block] of blocks.slice(start).entries()) {
    const heading = MARKDOWN_TITLE.exec(block.text);
    if (heading) return withoutSiteName(unemphasized(heading[1]!), siteKeys);
    const furniture = running.has(block) ? 'page-chrome' : furnitureOf(block.text);
    // The headline comes before the byline and the dateline, and before the prose; a release's "FOR IMMEDIATE
    // RELEASE: <date>", on one line or two, comes before its headline.
    const released = RELEASE_LABEL.test(block.text) || RELEASE_LABEL.test(blocks[start + at - 1]?.text ?? '');
    const releaseDate = furniture === 'dateline' && released;
    if (candidates.length > 0 && (furniture === 'byline' || (furniture === 'dateline' && !releaseDate))) break;
    if (furniture) continue;
    if (isProse(block.text)) break;
    // A line as short as a label right under the site's name is its section or slogan ("News and appeals").
    const site = siteKeys.has(outletKey(blocks[start + at - 1]?.text ?? ''));
    if (site && wordCount(block.text) <= LABEL_WORDS) continue;
    // A title with its dateline under it and no blank line between ("Transcript: …", "Posted by …, 12 April").
    const dated = datedLine(block.text);
    const written = unemphasized(dated < 0 ? block.text : block.text.split('\n').slice(0, dated).join('\n'));
    const goesOn =
      group?.at === at - 1 &&
      !block.afterBlank &&
      (/^\p{Ll}/u.test(written) || wrappedTitle(blocks[start + at - 1]!.text, group.text, written));
    if (group && goesOn && group.counted) candidates.pop();
    group = { at, text: group && goesOn ? `${group.text} ${written}` : written, counted: false };
    const line = headlineOf(group.text, siteKeys);
    group.counted = line !== null;
    if (line) candidates.push(line);
    if (candidates.length === CANDIDATES || (line && dated >= 0)) break;
  }
  // A letter's subject heads it under its greeting ("Dear Resident" over "B3471 - road closure at Penhale Bends"),
  // below the letterhead's department, address and references.
  const subject = letterSubject(blocks.slice(start, start + CANDIDATES * 8));
  if (subject) return subject;
  // A report's labelled title ("Report title: …") names it, whatever label rows come before it ("Report to: …").
  const labelled = blocks
    .slice(start, start + CANDIDATES * 4)
    .map((b) => TITLE_LABEL.exec(b.text)?.[1])
    .find(Boolean);
  if (labelled) return labelled.trim();
  // A ticker above the headline ("Breaking: Road closed after crash") tells of another story.
  if (candidates.length > 1 && (TICKER.test(candidates[0]!) || CAPITALS_TICKER.test(candidates[0]!))) {
    candidates.shift();
  }
  return (
    closestTo(hints.fileHeadline, candidates) ??
    longerThanLabel(candidates) ??
    // Below a greeting or a notice ("Good morning, readers. …"), the line sharing half the file name's words.
    closestTo(hints.fileHeadline, near, FILE_HEADLINE_NEAR) ??
    usableFileHeadline(hints.fileHeadline)
  );
}

/** Which line of a block after its first is a dateline or a byline; -1 when none is. */
function datedLine(text: string): number {
  const lines = text.split('\n');
  return lines.findIndex((line, i) => i > 0 && ['dateline', 'byline'].includes(furnitureOf(line.trim()) ?? ''));
}

/** A letter's greeting: "Dear Resident", "Dear Mr Example,", "Dear Sir or Madam". */
const GREETING = /^Dear\s+\p{Lu}[\p{L}'’. -]{0,40},?$/u;

/** The heading a letter's greeting sets over its text, when it is one: no sentence, and few enough words. */
function letterSubject(blocks: readonly Block[]): string | null {
  const at = blocks.findIndex((b) => GREETING.test(b.text.trim()));
  const next = at < 0 ? null : blocks[at + 1]?.text.trim();
  if (!next || isProse(next) || /[.!?]$/u.test(next)) return null;
  const words = wordCount(next);
  return words >= MIN_WORDS && words <= MAX_WORDS ? next : null;
}

/**
 * Past a breadcrumb trail above the first prose ("Home > Health protection > Outbreaks"): it heads the page's own
 * part, below the site's name, slogan and menu, whatever shape the menu takes.
 */
function pastBreadcrumb(blocks: readonly Block[]): number {
  const prose = blocks.findIndex((b) => isProse(b.text) && !furnitureOf(b.text));
  const top = prose < 0 ? blocks : blocks.slice(0, prose);
  return top.findLastIndex((b) => furnitureOf(b.text) === 'breadcrumb') + 1;
}

/** Lines a site's slogan may take between its name and its menu. */
const SLOGAN_LINES = 2;
/** How far down a page the site's name over its menu is looked for. */
const SITE_NAME_REACH = 8;

/**
 * Past the site's menu when the site's own name heads it: "KelsfordTalk", its slogan ("The community forum for
 * Kelsford and district"), then "FAQ   Register   Login". The lines between are the site's, not the article's.
 */
function pastNamedMenu(blocks: readonly Block[], siteKeys: ReadonlySet<string>): number {
  const name = blocks.slice(0, SITE_NAME_REACH).findIndex((b) => siteKeys.has(outletKey(b.text)));
  if (name < 0) return 0;
  for (let at = name + 1; at <= name + 1 + SLOGAN_LINES && at < blocks.length; at++) {
    const kind = furnitureOf(blocks[at]!.text);
    if (kind === 'navigation' || kind === 'breadcrumb') return at + 1;
  }
  return 0;
}

/** A title without the site's name a clipper kept after it ("# Headline - The Harbor Ledger"). */
function withoutSiteName(title: string, siteKeys: ReadonlySet<string>): string {
  const suffixed = TITLE_WITH_SITE.exec(title);
  return suffixed && siteKeys.has(outletKey(suffixed[2]!)) ? suffixed[1]! : title;
}

/** A line at least this long, in a file with no blank line after it, may have been wrapped at the page's width. */
const WRAPPED_LINE = 50;
/** Words a title's last line takes at most when the line above it gives no other sign of going on. */
const TAIL_WORDS = 2;

/**
 * A title in title case wrapped over lines: a line ending on a small word ("… Phase 3 Trial of" / "Elvacardin
 * Following …"), or a long line's last word or two left alone below it ("… Data Monitoring" / "Committee").
 */
function wrappedTitle(line: string, before: string, next: string): boolean {
  const last = line.trim();
  if (last.includes(':') || next.includes(':') || !isTitleCased(`${before} ${next}`)) return false;
  const open = STOP_WORDS.has(/\p{Ll}+$/u.exec(last)?.[0] ?? '');
  return open || (last.length >= WRAPPED_LINE && wordCount(next) <= TAIL_WORDS);
}

/** A ticker's label: "Breaking:", "Just in:", "Latest news:". */
const TICKER = /^(?:breaking|just in|developing|latest)(?: news)?\s*:/i;
/** … or its label in capitals with no colon: "BREAKING Linden Avenue closed after water main break". */
const CAPITALS_TICKER = /^(?:BREAKING|JUST IN|DEVELOPING)(?: NEWS)?\s+\p{Lu}/u;

/** Words a section label, an issue line or a slogan above a headline takes at most ("Transport & Infrastructure"). */
const LABEL_WORDS = 5;

/**
 * The first candidate, unless it is as short as a label and a later one is at least twice as long: a print page or
 * a magazine sets its section or slogan above the headline ("Transport & Infrastructure").
 */
function longerThanLabel(candidates: readonly string[]): string | undefined {
  const first = candidates[0];
  if (first === undefined || wordCount(first) > LABEL_WORDS) return first;
  return candidates.slice(1).find((line) => wordCount(line) >= 2 * wordCount(first)) ?? first;
}

/** Wire services slug a headline with what became of the story: "UPDATE 1-", "CORRECTED-", "EXCLUSIVE-". */
export const WIRE_SLUG = /^(?:(?:UPDATE|REFILE|CORRECTED|EXCLUSIVE|RPT)(?:\s+\d+)?-)+/u;

/** A day of a month, either way round ("10 June", "June 10"), perhaps after its weekday. */
const DAY_OF_MONTH = regex(
  [String.raw`^(?:\p{L}+,?\s+)?(?:\d{1,2}\s+${MONTH_PATTERN}|${MONTH_PATTERN}\s+\d{1,2})\b`],
  'iu',
);

// "Volume 785: debated on Tuesday 21 April 2026": a few words closed by the day they tell of label a date, no story.
const DATED_LABEL = regex(
  [
    String.raw`^(?:\S+\s+){0,4}on\s+(?:[a-z]+,?\s+)?`,
    String.raw`(?:\d{1,2}\s+${MONTH_PATTERN}|${MONTH_PATTERN}\s+\d{1,2},?)\s+\d{4}$`,
  ],
  'i',
);

// A browser's print header: when it was printed, a wide gap, the page's title ("21/01/2027, 09:14      Headline"),
// or only a space when the page was copied from a PDF ("19/05/2026, 08:52 Headline").
const NUMERIC_STAMP_SOURCE = String.raw`\d{1,2}\/\d{1,2}\/\d{2,4},\s+\d{1,2}:\d{2}(?:\s?[AP]M)?`;
const NUMERIC_STAMP = new RegExp(`^${NUMERIC_STAMP_SOURCE}$`, 'i');
const PRINT_STAMP = new RegExp(String.raw`^(.{6,30}?)\s{3,}(?=\S)|^(${NUMERIC_STAMP_SOURCE})\s(?=\S)`, 'i');

/** A line without the print header's stamp before the page's title. */
function withoutPrintStamp(line: string): string {
  const stamp = PRINT_STAMP.exec(line);
  // The stamp is a date either way round ("03/09/2026, 14:07"), whichever the printer's locale wrote; a numeric
  // one beside its time may give the year in two figures ("3/21/26, 9:14 AM").
  const when = stamp?.[1] ?? stamp?.[2] ?? '';
  const printed = stamp && (NUMERIC_STAMP.test(when) || datelineOf(when)?.published || eitherWayDates(when));
  return printed ? line.slice(stamp[0].length) : line;
}

function headlineOf(line: string, siteKeys: ReadonlySet<string>): string | null {
  const written = TITLE_LABEL.exec(line)?.[1] ?? line;
  const unstamped = withoutPrintStamp(written);
  // "LIVE: … update | Wednesday 10 June": a date after a bar says when, not where.
  const dated = TITLE_WITH_SITE.exec(unstamped);
  const undated = dated && DAY_OF_MONTH.test(dated[2]!) ? dated[1]! : unstamped;
  const text = undated.replace(WIRE_SLUG, '');
  const suffixed = TITLE_WITH_SITE.exec(text);
  // "HARBOR RADIO - NEWSROOM": a site's name beside its desk is no headline either.
  if (suffixed && siteKeys.has(outletKey(suffixed[2]!)))
    return siteKeys.has(outletKey(suffixed[1]!)) ? null : suffixed[1]!;
  // The site's name set off at the start of a line heads its name line ("Harbor Ledger | Your Hometown Paper"),
  // however long the slogan after it: a headline names its site at the end, not the start.
  const prefixed = WITH_SITE_PREFIX.exec(text);
  if (prefixed && siteKeys.has(outletKey(prefixed[1]!))) return null;
  if (cutCaption({ start: 0, end: text.length, text, afterBlank: true }).isCaption || DATED_LABEL.test(text))
    return null;
  const words = wordCount(text);
  // A line giving a link ("Source URL: https://…") names a page, however many of its words the address repeats.
  if (words < MIN_WORDS || words > MAX_WORDS || /\.$/u.test(text) || text.includes('://')) return null;
  // "(This syllabus is prepared by the …": a parenthesis left open is a note broken over lines, not a headline.
  if (text.split('(').length !== text.split(')').length) return null;
  // The site's own name line ("Harbor Ledger", "Harbor Ledger Home Local News") is not the headline.
  const key = outletKey(text);
  if ([...siteKeys].some((site) => site && key.startsWith(site) && words <= 8)) return null;
  return text;
}

/** How far down a page the line the file name repeats is looked for: past banners and notices above it. */
const FILE_HEADLINE_REACH = 20;
/** How much of the file name's headline a line must repeat to be taken for it, prose above it or not. */
const FILE_HEADLINE_MATCH = 0.8;
/** As much as a line below the first paragraphs must share when no line above them reads as a headline. */
const FILE_HEADLINE_NEAR = 0.5;

// "Headline _ Site.txt": a line near the top that repeats the file name's headline is the headline, even below a
// paragraph-long notice ("Our newsroom is operating from …") that would otherwise end the search, or labelled as a
// banner is ("LIVE: Kelsby explosion update").
function linesNearTop(blocks: readonly Block[], siteKeys: ReadonlySet<string>): string[] {
  return blocks
    .slice(0, FILE_HEADLINE_REACH)
    .map((b) => MARKDOWN_TITLE.exec(b.text)?.[1] ?? ([null, 'banner'].includes(furnitureOf(b.text)) ? b.text : null))
    .map((text) => (text === null ? null : headlineOf(unemphasized(text), siteKeys)))
    .filter((line): line is string => line !== null);
}

// Of the first few headline-like lines, the one sharing most words with the file name's headline, if any shares half.
function closestTo(
  fileHeadline: string | null,
  candidates: readonly string[],
  least = FILE_HEADLINE_NEAR,
): string | null {
  if (!fileHeadline || candidates.length === 0) return null;
  const wordsOf = (text: string): Set<string> =>
    new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 2 && !STOP_WORDS.has(w)),
    );
  const target = wordsOf(fileHeadline);
  const shared = (text: string): number => [...wordsOf(text)].filter((w) => target.has(w)).length;
  const overlap = (text: string): number => shared(text) / Math.max(target.size, 1);
  const best = [...candidates].sort((a, b) => overlap(b) - overlap(a))[0]!;
  // One word in common ("Morning" of "The Morning Hallow" and "What we know this morning") is chance.
  return overlap(best) >= least && shared(best) >= Math.min(2, target.size) ? best : null;
}

function usableFileHeadline(fileHeadline: string | null): string | null {
  return fileHeadline && wordCount(fileHeadline) >= MIN_WORDS ? fileHeadline : null;
}
