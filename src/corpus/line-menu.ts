import { isProse, wordCount, type Block } from './blocks.ts';
import { datelineOf } from './dates.ts';
import { menuItems } from './chrome-shapes.ts';
import { furnitureOf, LIVE_STREAM, type FurnitureKind } from './line-furniture.ts';
import { isNameLike } from './masthead-line.ts';
import { isAllCaps } from './outlet-names.ts';
import { standsFor } from '../text/names.ts';

// A site's menu scraped to text comes one item a line ("News", "Business", "Sport", …), between the masthead above
// it and the headline below it: the lines before the last such menu are the site's, never the article's.

/** As many short lines in a row make a menu. */
const MENU_ITEMS = 4;
/** Words a menu item takes at most ("Today's Paper"); a button or promo may take more ("Subscribe from $1 a week"). */
const ITEM_WORDS = 2;
const BUTTON_WORDS = 8;
/** Lines a masthead's slogan or date strip may take between it and its menu. */
const SLOGAN_LINES = 2;
/** How far down a page a masthead over such a menu is looked for (below skip links, tickers, slogans). */
const MASTHEAD_REACH = 6;
const BUTTON_KINDS: ReadonlySet<FurnitureKind | null> = new Set([
  'page-chrome',
  'promo',
  'navigation',
  'section-label',
]);

// A lone acronym ("TV", "HBN") reads as an agency's photo credit out of context; in a header it is a menu item or
// the site's name.
const loneAcronym = (text: string, kind: FurnitureKind | null): boolean =>
  kind === 'photo-credit' && wordCount(text) === 1 && isAllCaps(text);

function isMenuItem(text: string): boolean {
  const kind = furnitureOf(text);
  if (BUTTON_KINDS.has(kind)) return wordCount(text) <= BUTTON_WORDS;
  if (loneAcronym(text, kind)) return true;
  // "Port & Harbour" is one item of two words.
  return (
    kind === null && wordCount(text.replace(/\s&\s/gu, ' ')) <= ITEM_WORDS && isNameLike(text) && !datelineOf(text)
  );
}

/** How many menu items follow the block at `at`, one a line. */
function itemsAfter(blocks: readonly Block[], at: number): number {
  let n = 0;
  while (at + 1 + n < blocks.length && isMenuItem(blocks[at + 1 + n]!.text)) n++;
  return n;
}

/**
 * The site's name on the line above a menu laid one item a line ("The Port Essel Herald", "LEDGERLINE"), below any
 * skip links, ticker or slogan; a lone word in title case ("News") is the menu's first item, not a name.
 */
export function mastheadAboveLineMenu(top: readonly Block[]): string | null {
  for (const [i, block] of top.slice(0, MASTHEAD_REACH).entries()) {
    const { text } = block;
    const kind = furnitureOf(text);
    // The article has begun; a consent banner's sentences have not begun it.
    if (isProse(text) && !kind) return null;
    if (kind && kind !== 'section-label' && !loneAcronym(text, kind)) continue;
    if (!isNameLike(text) || (wordCount(text) < 2 && !isAllCaps(text))) continue;
    // An item of the menu itself is not its masthead ("Neighbourhoods", then "Getting Around", …); a station's live
    // stream above its name ("Listen Live") is no item of its menu.
    if (i > 0 && isMenuItem(top[i - 1]!.text) && !LIVE_STREAM.test(top[i - 1]!.text)) continue;
    // A slogan or a date strip may come between the name and its menu; a logo's initials ("ENA") may come over the
    // name they stand for ("Eskeland News Agency").
    const spelled = top[i + 1]?.text ?? '';
    const name = loneAcronym(text, kind) && standsFor(text, spelled) ? spelled : text;
    for (let gap = 0; gap <= SLOGAN_LINES; gap++) {
      if (gap > 0 && isProse(top[i + gap]?.text ?? '')) break;
      if (itemsAfter(top, i + gap) >= MENU_ITEMS) return name;
    }
  }
  return null;
}

/** Lines the headline comes before: a share bar laid one button a line after them is no site menu. */
const BELOW_HEADLINE: ReadonlySet<FurnitureKind | null> = new Set(['byline', 'dateline']);
/** A byline set over lines opens on "By" alone, the writer's name and desk below it. */
const BY_ALONE = /^by:?$/i;
const belowHeadline = (block: Block | undefined): boolean =>
  block !== undefined && (BELOW_HEADLINE.has(furnitureOf(block.text)) || BY_ALONE.test(block.text.trim()));

/**
 * Where the article may begin: past the last menu laid one item a line, or on one line, above the first prose and
 * the byline (0 when none). A consent banner's sentences above the menu are the site's too.
 */
export function pastLineMenus(blocks: readonly Block[]): number {
  let past = 0;
  for (let i = 0; i < blocks.length; i++) {
    const kind = furnitureOf(blocks[i]!.text);
    if (BELOW_HEADLINE.has(kind) || (isProse(blocks[i]!.text) && !kind)) break;
    if (kind === 'navigation' && menuItems(blocks[i]!.text).length >= MENU_ITEMS) {
      past = i + 1;
      continue;
    }
    const run = itemsAfter(blocks, i - 1);
    // Buttons running on into the byline ("Bookmark", "Share", "Comments", "By") are the article's, under its headline.
    if (run >= MENU_ITEMS && belowHeadline(blocks[i + run])) break;
    if (run >= MENU_ITEMS) {
      past = i + run;
      i = past - 1;
    }
  }
  return past;
}
