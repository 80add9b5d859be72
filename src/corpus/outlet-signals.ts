import { regex } from '../text/regex.ts';
import { isProse, RULE_LINE, wordCount, type Block } from './blocks.ts';
import { isJobTitleLine, openingDateline, parseByline, unemphasized } from './bylines.ts';
import { CAPITALIZED_WORD, isNameLike, publisherOf, readMastheadLine } from './masthead-line.ts';
import { mastheadAboveLineMenu } from './line-menu.ts';
import { channelAbove, creditedName, DESK_REACH, deskBelowName, lowercaseMasthead } from './site-name-lines.ts';
import { runningHeaderName, runningHeaders } from './running-headers.ts';
import { datelineOf, NAME_WORD } from './dates.ts';
import { furnitureOf, RELEASE_LABEL, searchedSite, SHARED_FROM, type FurnitureKind } from './line-furniture.ts';
import { callLetters, reprintSource } from './chrome-shapes.ts';
import {
  fromCapitals,
  isAllCaps,
  looksLikeOutlet,
  namesBody,
  issuerDescribedName,
  outletKey,
  ownerBeforeDesk,
  selfDescribedName,
  TITLE_WITH_SITE,
} from './outlet-names.ts';
import { standsFor } from '../text/names.ts';

/** Where on a page (or around it) an outlet's name was read. */
export type OutletSignalKind =
  | 'publisher'
  | 'masthead'
  | 'site-home'
  | 'byline'
  | 'wire-dateline'
  | 'title-suffix'
  | 'file-name'
  | 'after-byline'
  | 'self-description'
  | 'app-promo'
  | 'job-title'
  | 'domain'
  | 'file-slug'
  | 'copyright'
  | 'credit'
  | 'more-from';

/** One reading of the outlet's name. */
export interface OutletSignal {
  name: string;
  kind: OutletSignalKind;
}

const HEADER_BLOCKS = 12;
/** What a page may show above its masthead: its header's buttons, skip links, a consent banner. */
const BEFORE_MASTHEAD: ReadonlySet<FurnitureKind | null> = new Set(['page-chrome', 'skip-link', 'cookie-notice']);
/** Words a header's button asking the reader to act takes at most ("Sign in", "Subscribe now"). */
const HEADER_BUTTON_WORDS = 3;
const aboveMasthead = (block: Block): boolean => {
  const kind = furnitureOf(block.text);
  return BEFORE_MASTHEAD.has(kind) || (kind === 'promo' && wordCount(block.text) <= HEADER_BUTTON_WORDS);
};
/** How many name-like lines opening a page may name its outlet. */
const OPENING_NAMES = 2;
const FOOTER_BLOCKS = 6;
const SITE_HOME = /^(.+?)\s+Home\b/u;
// "Support The Harbor Ledger", not a section's "SUPPORT FOR THOSE AFFECTED".
const TRUST_NOTE =
  /^(?:why you can trust|about|more about|support)\s+(?!(?:for|to|of|from|with|our|your)\b)(.+?)\s*$/iu;
/** "SOURCE Harbor Power Co.": the line a press release ends with, naming who issued it. */
const ISSUER = /^SOURCE\s+(\p{Lu}.{1,60})$/u;

// "Download the Harbor Ledger app": the capitalized words right before "app" ("Get news first - download …" too).
const APP_PROMO = regex([
  String.raw`\b(?:[Dd]ownload|[Gg]et|[Ii]nstall)\s+(?:the\s+)?`,
  `(${CAPITALIZED_WORD}(?:\\s+${CAPITALIZED_WORD}){0,5})`,
  String.raw`\s+app\b`,
]);
// "© 2024 Example Media Group, LLC. All rights reserved." → "Example Media Group".
const COPYRIGHT_HOLDER = regex(
  [
    String.raw`^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(.+?)`,
    // "(c) North Vale News 2026": a year may follow the holder.
    String.raw`(?:\s+\d{4})?(?:,?\s+(?:LLC|Inc|Ltd|Limited|Co|Corp|plc|GmbH)\b.*|[.,|].*`,
    String.raw`|\s+(?:all rights reserved|or its)\b.*)?$`,
  ],
  'iu',
);
/** Whose a copyright line says the page is ("© 2024 Example Media Group, LLC." → "Example Media Group"), or null. */
export function copyrightHolder(text: string): string | null {
  // The holder's pattern first: it fails at once on almost every paragraph, telling furniture never does.
  const holder = COPYRIGHT_HOLDER.exec(text)?.[1];
  return holder && furnitureOf(text) === 'copyright' ? holder : null;
}

const NOT_A_SITE = /^(?:us|the author|author|this (?:story|site|article)|our \p{L}+|the \p{L}+ team)$/iu;

const found = (name: string | null | undefined, kind: OutletSignalKind): OutletSignal[] => {
  const trimmed = name?.trim().replace(/[.,;:]+$/u, '');
  return trimmed && isNameLike(trimmed) && !NOT_A_SITE.test(trimmed) ? [{ name: trimmed, kind }] : [];
};

const MORE_FROM = /^[Mm]ore from\s+(\p{Lu}.{1,40})$/u;

// "Harbor Ledger | Your Hometown Paper": a site's name line with its slogan after a separator.
const WITH_TAGLINE = /^([^|–—]{2,60}?)\s+[|–—]\s+([^|–—]{2,80})$/u;

/** A logo set with a small "the" ("the Kellsport Herald") is the name with its capital. */
const withCapitalThe = (line: string): string => line.replace(/^the(?=\s+\p{Lu})/u, 'The');

// The site's name on a line above its menu: the whole line, or the part before a tagline when that part reads as
// an outlet's name and the rest does not (else the line is a "Headline | Site" title, read as a title suffix).
function mastheadName(logo: string): string | null {
  const text = withCapitalThe(logo);
  // "Support the Dispatch" over "Fund independent journalism": a donation button names the site only in passing.
  const kind = furnitureOf(text);
  if (BEFORE_MASTHEAD.has(kind) || kind === 'promo') return null;
  if (isNameLike(text)) return text;
  const [, name, tagline] = WITH_TAGLINE.exec(text) ?? [];
  if (!name || !tagline) return null;
  if (isNameLike(tagline) && callLetters(name, tagline)) return tagline;
  if (!isNameLike(name) || !looksLikeOutlet(name) || looksLikeOutlet(tagline)) return null;
  return name;
}

/** Whether a name goes on from another with more words ("PBN News" from "PBN"). */
const extendsName = (longer: string, shorter: string): boolean =>
  longer.toLowerCase().startsWith(`${shorter.toLowerCase()} `);

/** How many blocks a note's own lines above a pasted page may take. */
const NOTE_REACH = 8;

/** The line a phone's share sheet adds to what it shares: "Shared from Apple News", "Shared via Examiner News". */
const SHARED_LINE = regex(['^', SHARED_FROM, '$'], 'i');

/** A brand's words run together, each with its capital: "KestleburyLive", "MarlshireLive". */
const RUN_TOGETHER = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;

/** An agency's name beside its copy's length: "Kestrel Court Reporting - 492 words plus 218 words background". */
const WIRE_LENGTH = /^(\p{Lu}.{2,60}?)\s+[-–—]\s+\d[\d,]*\s+words\b/u;

// A court's heading opens its judgments and summaries: "IN THE COURT OF APPEAL (CIVIL DIVISION)".
const COURT_HEADING = /^in the ((?:[\p{L}'’]+ ){0,3}court(?: of [\p{L}'’ ]{3,40}?)?)(?:\s*\(.*\))?$/iu;

// A document's issuer set beside what the document is: "Medlow Geological Society – March evening lecture".
const ISSUER_BESIDE = /^(.{3,60}?)\s+[–—-]\s+\S/u;

/** The body a document's header names as its own: a court's heading, or a body set beside the document's kind. */
function documentIssuer(text: string): string | null {
  const court = COURT_HEADING.exec(text.trim())?.[1];
  if (court) return fromCapitals(court);
  const beside = ISSUER_BESIDE.exec(unemphasized(text).trim())?.[1];
  return beside && namesBody(beside) ? beside : null;
}

/** A station's frequency after its name: "Brennick Public Radio 91.5 FM". */
const FREQUENCY = /\s+\d{2,4}(?:\.\d{1,2})?\s?(?:FM|AM|MHz|kHz)$/i;

/** "NVTV" over "NorthVale Today": a broadcaster's mark, the initials of its name's first words and "TV". */
function broadcastMark(logo: string, name: string): boolean {
  const capitals = name.match(/\p{Lu}/gu)?.join('') ?? '';
  return logo.length >= 3 && logo.endsWith('TV') && capitals.startsWith(logo.slice(0, -2));
}

/**
 * "NWB  North Wold Broadcasting", "WCPR 89.7 FM  |  Calloway Public Radio": a logo's initials (a station's with its
 * frequency) and its name side by side, a gap or a bar between them.
 */
const LOGO_BESIDE = /^(\p{Lu}{2,6})(?:\s+\d{2,4}(?:\.\d)?\s?(?:FM|AM))?(?:\s{2,}|\s+\|\s+)(\p{Lu}.{3,60})$/u;

/** The initials and the name a masthead line sets side by side, when the initials stand for the name. */
function spelledBeside(text: string): { logo: string; name: string } | null {
  const [, logo, name] = LOGO_BESIDE.exec(text.trim()) ?? [];
  if (!logo || !name || !isNameLike(name)) return null;
  return callLetters(logo, name) || broadcastMark(logo, name) ? { logo, name } : null;
}

/** Words a logo sets on a line of its own. */
const LOGO_LINE_WORDS = 3;

/**
 * "BRINDLE" over "PARKING SOLUTIONS": a logo set in capitals over two lines is one name, when the text writes it so
 * ("Brindle Parking Solutions has operated …"); so is a body's name a letterhead breaks over two.
 */
function logoOverTwoLines(top: readonly Block[], i: number, blocks: readonly Block[]): string | null {
  const [first, second] = [top[i]?.text.trim() ?? '', top[i + 1]?.text.trim() ?? ''];
  // A letterhead breaks a body's name before the noun that closes it: "Castlebrook and Vale Hospitals", "NHS Trust".
  const broken = `${first} ${second}`;
  if (wordCount(second) <= LOGO_LINE_WORDS && !namesBody(first) && namesBody(broken) && isNameLike(broken)) {
    return broken;
  }
  const logo = (line: string): boolean => isAllCaps(line) && wordCount(line) <= LOGO_LINE_WORDS;
  if (!logo(first) || !logo(second)) return null;
  const name = fromCapitals(`${first} ${second}`);
  return blocks.some((b) => b.text.includes(name)) ? name : null;
}

/** "MRTA" over "Marrowick Regional Transit Authority": the name a logo's initials stand for, on the line below. */
function spelledBelow(blocks: readonly Block[], i: number): string | null {
  const [logo, below] = [blocks[i]!.text, (blocks[i + 1]?.text ?? '').replace(FREQUENCY, '')];
  const stands = standsFor(logo, below) || broadcastMark(logo, below);
  return isAllCaps(logo) && isNameLike(below) && stands ? below : null;
}

// A wire story's summary bullets ("* Arrests rise to 34").
const NEWSLETTER = /\bnewsletter\b/i;
const BULLET = /^[*•·–-]\s/u;

/** What a page says about who published it, and the people its bylines name (who are never the outlet). */
export interface PageSignals {
  signals: OutletSignal[];
  people: string[];
  /** A masthead's initials over the name they stand for ("ORB" over "Ostervale Regional Broadcasting"), if any. */
  initials: { logo: string; name: string } | null;
}

/** Reads every outlet name a page gives about itself: masthead, bylines, wire datelines, footers, promotions. */
export function pageOutletSignals(blocks: readonly Block[]): PageSignals {
  // A note's own lines over a page pasted under a drawn rule ("------"): the pasted page names its site.
  const rule = blocks.slice(0, NOTE_REACH).findIndex((b) => RULE_LINE.test(b.text.trim()));
  if (rule > 0 && blocks.slice(0, rule).some((b) => isProse(b.text))) {
    const pasted = pageOutletSignals(blocks.slice(rule + 1));
    if (pasted.signals.some((s) => s.kind === 'masthead')) return pasted;
  }
  const signals: OutletSignal[] = [];
  const people: string[] = [];
  let initials: PageSignals['initials'] = null;
  const spelled = (within: readonly Block[], i: number): string | null => {
    const beside = spelledBeside(within[i]!.text);
    const name = beside?.name ?? spelledBelow(within, i);
    if (name) initials ??= { logo: beside?.logo ?? within[i]!.text.trim(), name };
    return name;
  };
  // Skip links and a consent banner above the masthead take none of the header's room.
  const chrome = blocks.findIndex((b) => !aboveMasthead(b));
  const header = blocks.slice(0, Math.max(0, chrome) + HEADER_BLOCKS);
  // A consent banner's sentences are the site's, above its masthead and title line.
  const firstProse = header.findIndex((b) => isProse(b.text) && !furnitureOf(b.text));
  const top = firstProse < 0 ? header : header.slice(0, firstProse);
  // A printed report's running header ("ASIB Bulletin: S3/2026   HVL-0417") is spaced like a menu, but is none.
  const running = runningHeaders(blocks);
  const nav = top.findIndex((b) => furnitureOf(b.text) === 'navigation' && !running.has(b));
  // A page that opens with an outlet's name ("The Harbor Ledger", "HARBOR PUBLIC RADIO") opens with its masthead, as
  // text copied from a print page or a transcript does; a show's name may come first ("HARBOR MORNING", then "Harbor
  // Broadcasting").
  // An email's "View this email in your browser" comes before its name.
  // So do skip links and a consent banner above a scraped page's masthead, and a printed report's running header.
  const opening = top.slice(
    Math.max(
      0,
      top.findIndex((b) => !aboveMasthead(b) && !running.has(b)),
    ),
  );
  // The name-like line above a release's label is its issuer's, whatever kind of body that is.
  const release = top.some((b) => RELEASE_LABEL.test(b.text));
  for (const [i, block] of (nav < 0 ? opening.slice(0, OPENING_NAMES) : []).entries()) {
    const spelledOut = spelled(opening, i) ?? logoOverTwoLines(opening, i, blocks);
    if (spelledOut) {
      signals.push(...found(spelledOut, 'masthead'));
      break;
    }
    const kind = furnitureOf(block.text);
    const line = withCapitalThe(ownerBeforeDesk(block.text) ?? block.text);
    if (top.length < 2 || !isNameLike(line) || (kind && kind !== 'section-label')) break;
    // "BuzzFeed News Home Reporting To You" names its site before "Home" (read below), not as a whole; a lone word
    // in title case ("News") opens a menu laid one item a line.
    if (SITE_HOME.test(line) || (RELEASE_LABEL.test(line) && i > 0)) break;
    // A release may open on its label, its issuer's name under it ("PRESS RELEASE" / "Wenford Museum").
    if (RELEASE_LABEL.test(line)) continue;
    // … but one written as a brand, its words run together ("KestleburyLive"), is the site's name.
    if (wordCount(line) < 2 && !isAllCaps(line) && !RUN_TOGETHER.test(line)) break;
    // Capitals are a logo's form: "FOR IMMEDIATE RELEASE" reads as an outlet only by them.
    const name = isAllCaps(line) ? fromCapitals(line) : line;
    // A release names its issuer first, a city or a union as much as a newsroom ("CITY OF CARROW FALLS"); so does
    // any body whose page's footer opens on the same name ("Wrenshire Police | Accessibility | …").
    const footer = blocks.slice(-FOOTER_BLOCKS).some((b) => b.text.startsWith(name) && b !== block);
    // A document opening on a body's name ("BRACKENSHIRE COUNTY COUNCIL", "MINISTRY OF …") is that body's.
    if (looksLikeOutlet(name) || namesBody(name) || release || footer) signals.push(...found(line, 'masthead'));
  }
  // A masthead is the name-like line above the site's menu (logos are often set in capitals), or the outlet's name
  // between the header's buttons ("Sign in   Subscribe   Search") and the menu below them; a lone word there is a
  // section's, a name there a byline's.
  if (nav >= 0) {
    const next = top.findIndex((b, i) => i > nav && furnitureOf(b.text) === 'navigation');
    const between = (b: Block): string | null => {
      const name = wordCount(b.text) > 1 ? mastheadName(b.text) : null;
      return name && looksLikeOutlet(fromCapitals(name)) ? name : null;
    };
    // Above the menu, the first name there, unless a search box is labelled with another ("Search Hansard" under
    // "UK Parliament", "Hansard"); a logo's initials over its name stay the first.
    const above = top.slice(0, nav);
    const searched = above.find((b) => top.some((s) => searchedSite(s.text) === b.text.trim()))?.text.trim();
    const first = above
      .map((b, i) => ({ spelled: spelled(top, i) ?? logoOverTwoLines(above, i, blocks), name: mastheadName(b.text) }))
      .find((line) => line.spelled ?? line.name);
    const masthead =
      first?.spelled ??
      searched ??
      first?.name ??
      (next > nav
        ? top
            .slice(nav + 1, next)
            .map(between)
            .find((name) => name !== null)
        : undefined);
    // A broadcaster's brand over its news service's ("PBN", then "PBN NEWS" over the news menu): the news is cited.
    const service =
      masthead && next > nav
        ? top
            .slice(nav + 1, next)
            .map(between)
            .find((name) => name !== null && extendsName(fromCapitals(name), masthead))
        : undefined;
    signals.push(...found(service ?? masthead, 'masthead'));
  }
  signals.push(...found(mastheadAboveLineMenu(top), 'masthead'));
  const issuer = top.map((b) => documentIssuer(b.text)).find((name) => name !== null);
  signals.push(...found(issuer, 'masthead'));
  // A wire agency's copy names it beside the story's length: "Kestrel Court Reporting - 492 words".
  signals.push(...found(top.map((b) => WIRE_LENGTH.exec(b.text.trim())?.[1]).find(Boolean), 'masthead'));
  signals.push(...found(lowercaseMasthead(top, blocks), 'masthead'));
  const runningName = [...running].map(runningHeaderName).find((name) => name !== null);
  signals.push(...found(runningName, 'masthead'));
  for (const block of top) {
    signals.push(...found(SITE_HOME.exec(block.text)?.[1], 'site-home'));
    signals.push(...found(publisherOf(block.text), 'publisher'));
    const line = readMastheadLine(block.text);
    signals.push(...found(line?.outlet, 'masthead'));
    people.push(...(line?.people ?? []));
    const suffix = furnitureOf(block.text) ? null : TITLE_WITH_SITE.exec(block.text);
    if (suffix && wordCount(suffix[1]!) >= 4) signals.push(...found(suffix[2], 'title-suffix'));
  }
  blocks.forEach((block, i) => {
    const text = unemphasized(block.text);
    const byline = wordCount(text) <= 16 ? parseByline(text) : null;
    people.push(...(byline?.people ?? []));
    if (byline?.outlet) signals.push(...found(byline.outlet, byline.fromJobTitle ? 'job-title' : 'byline'));
    const next = blocks[i + 1]?.text;
    // "By JANE ROE" with the outlet on the line below, or above it ("The Harbor Ledger", then "By Jane Roe").
    // "By Fenella Cray", then "Chief Reporter": a job title is no outlet.
    if (byline && !byline.outlet && next && !datelineOf(next) && !isJobTitleLine(next)) {
      signals.push(...found(next, 'after-byline'));
    }
    // "The Kestrian Standard", then "By Jane Roe, Political Reporter": a desk read as a site is no site's name.
    const above = blocks[i - 1]?.text;
    const siteless = byline && (!byline.outlet || byline.fromJobTitle);
    if (siteless && above && looksLikeOutlet(above)) signals.push(...found(above, 'after-byline'));
    // "Tomas Reddy", then "HBN News, Tarrow": a byline without "By", the reporter's desk and town below the name.
    const desk = !byline && next && i < DESK_REACH ? deskBelowName(text, next) : null;
    if (desk) {
      people.push(text);
      signals.push(...found(desk, 'byline'));
    }
    // A phone's share sheet sets the outlet beside its line: "The Kellworth Courier", then "Shared from Apple News".
    if (SHARED_LINE.test(text)) {
      const beside = [above, next].find((t) => t !== undefined && isNameLike(t) && looksLikeOutlet(t));
      signals.push(...found(beside, 'masthead'));
    }
    signals.push(...found(APP_PROMO.exec(text)?.[1], 'app-promo'));
    // "This interview was first published in Dutch in Dorrendams Dagblad on …": where a reprint first ran.
    signals.push(...found(reprintSource(text), 'self-description'));
    signals.push(...found(creditedName(text), 'credit'));
    // "More from NRV News" over the site's other stories names the service the page belongs to.
    if (furnitureOf(text) === 'related-heading') signals.push(...found(MORE_FROM.exec(text)?.[1], 'more-from'));
    signals.push(...found(next && i < DESK_REACH ? channelAbove(text, next) : null, 'masthead'));
    signals.push(...found(copyrightHolder(text), 'copyright'));
  });
  // A wire story's summary bullets ("* Arrests rise to 34") come before its dateline.
  const lead = (b: Block): boolean => (isProse(b.text) || wordCount(b.text) >= 8) && !BULLET.test(b.text);
  for (const block of blocks.filter(lead).slice(0, 3)) {
    signals.push(...found(openingDateline(block.text)?.outlet, 'wire-dateline'));
    // A newsletter's post may open on its blurb: "Gate Receipts is a reader-supported newsletter about …".
    signals.push(...found(selfDescribedName(unemphasized(block.text)), 'self-description'));
  }
  if (release) {
    // The first description that names an organization, as found() reads a name.
    const notes = blocks.map((b) => found(issuerDescribedName(unemphasized(b.text)), 'self-description'));
    signals.push(...(notes.find((n) => n.length > 0) ?? []));
  }
  const lastProse = blocks.findLastIndex((b) => isProse(b.text));
  const footerStart = blocks.length - Math.min(FOOTER_BLOCKS, blocks.length);
  for (let at = footerStart; at < blocks.length; at++) {
    const text = unemphasized(blocks[at]!.text);
    // A footer may close on the site's name alone ("The Northern Ledger"), below the article; not on a newsletter's
    // name over what it offers ("The Line", then "Our weekday newsletter: …").
    const offer = NEWSLETTER.test(blocks[at + 1]?.text ?? '');
    if (at > lastProse && !offer && /^The\s/u.test(text) && isNameLike(text) && wordCount(text) <= 5) {
      signals.push(...found(text, 'self-description'));
    }
    signals.push(...found(TRUST_NOTE.exec(text)?.[1], 'self-description'));
    signals.push(...found(ISSUER.exec(text)?.[1], 'self-description'));
    // A post signed off by its writer, their role and the body they write for: "Denise Roe, campaign coordinator,
    // Clear Taps Tarrowdale".
    const signed = SIGN_OFF.exec(text);
    if (signed) {
      people.push(signed[1]!);
      signals.push(...found(signed[2], 'byline'));
    }
    signals.push(...found(selfDescribedName(text), 'self-description'));
  }
  // A newsstand's copy closes on who distributed it ("Printed and distributed by PressReader"): its name heads the
  // page as a masthead, but the paper it carries is the outlet.
  const distributor = blocks
    .slice(-FOOTER_BLOCKS)
    .map((b) => DISTRIBUTED_BY.exec(b.text.trim())?.[1])
    .find(Boolean);
  const carried = distributor ? signals.filter((s) => outletKey(s.name) !== outletKey(distributor)) : signals;
  return { signals: carried.length > 0 ? carried : signals, people, initials };
}

/** A writer's sign-off: their name, their role in lower case, and the body they write for. */
const SIGN_OFF = new RegExp(
  String.raw`^(${NAME_WORD}(?:\s+${NAME_WORD}){1,2}),\s+(?:\p{Ll}[\p{Ll}-]*\s?){1,4},` +
    String.raw`\s+(\p{Lu}[\p{L}&'’ -]{2,60}?)\s*$`,
  'u',
);
const DISTRIBUTED_BY = /^(?:[Pp]rinted and )?[Dd]istributed by (\p{Lu}[\p{L}\p{N}&.' -]{1,40})$/u;
