import { endsLikeSentence, wordCount, type Block } from './blocks.ts';
import { LINE_PARTS } from './bylines.ts';
import { datelineOf } from './dates.ts';

/** Words a running header takes at most: a name, a date, a page number. */
const MAX_HEADER_WORDS = 16;
/** And characters, told before its words are counted: most blocks are paragraphs of prose, far longer. */
const MAX_HEADER_LENGTH = 200;
/** And at least: a live blog's times of day ("9:05 p.m.") recur with their figures changed too, as its entries'. */
const MIN_HEADER_WORDS = 4;

/** How often a header must recur unchanged to be one: a headline is written twice at most (title and heading). */
const MIN_SAME_HEADERS = 3;

const pageless = (text: string): string => text.replace(/\d+/gu, '#').replace(/\s+/gu, ' ');

/**
 * The blocks that recur through a text with only their numbers changed: the running header or footer a print page
 * or a PDF repeats on every page ("THE HARBOR LEDGER * JUNE 3, 2024 * PAGE 2", "Harbor Health Dept.   Page 2 of 4").
 */
export function runningHeaders(blocks: readonly Block[]): ReadonlySet<Block> {
  let found = known.get(blocks);
  if (!found) known.set(blocks, (found = findRunningHeaders(blocks)));
  return found;
}

// Reading a page asks for them three times (its outlet, its headline, its furniture): found once per page.
const known = new WeakMap<readonly Block[], ReadonlySet<Block>>();

function findRunningHeaders(blocks: readonly Block[]): ReadonlySet<Block> {
  const seen = new Map<string, Block[]>();
  for (const block of blocks) {
    if (block.text.length > MAX_HEADER_LENGTH) continue;
    const words = wordCount(block.text);
    // A sentence is prose however often its like recurs ("The council met again on day 12.").
    if (words > MAX_HEADER_WORDS || words < MIN_HEADER_WORDS || !/\d/u.test(block.text)) continue;
    if (endsLikeSentence(block.text)) continue;
    const key = pageless(block.text);
    seen.set(key, [...(seen.get(key) ?? []), block]);
  }
  // A headline repeated as written (a page's title, then its heading) is no running header: a page number changes,
  // or the same header recurs page after page (a decision's "CASE NO. 2026/07", its page count in the footer).
  const paged = (same: readonly Block[]): boolean =>
    new Set(same.map((b) => b.text)).size > 1 || same.length >= MIN_SAME_HEADERS;
  return new Set([...seen.values()].filter(paged).flat());
}

/**
 * The name a running header opens with, before its date and page ("THE HARBOR LEDGER"), or null: a footer that only
 * counts pages ("Page 2 of 3") names nothing.
 */
export function runningHeaderName(header: Block): string | null {
  // A page number on the header's outer edge, left on even pages and right on odd ones, is no part of it.
  const parts = header.text.split(LINE_PARTS).filter((part) => !PAGE_NUMBER.test(part));
  const [name, ...rest] = parts;
  if (!name) return null;
  // "Commons Library Research Briefing, 24 March 2026": the name before the date it was issued on.
  const dated = NAME_AND_DATE.exec(name.trim());
  if (dated && datelineOf(dated[2]!)?.published) return /\d/u.test(dated[1]!) ? null : dated[1]!;
  return rest.length > 0 && !/\d/u.test(name) ? name.trim() : null;
}

const PAGE_NUMBER = /^\s*\d{1,3}\s*$/u;
const NAME_AND_DATE = /^(.{3,80}?),\s+(.+)$/u;
