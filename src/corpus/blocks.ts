import { NON_ASCII } from '../text/analyzer.ts';
/** A paragraph of a document body, with its [start, end) offsets in that body. */
export interface Block {
  start: number;
  end: number;
  text: string;
  /** A blank line (or the start of the body) comes before it: lists and menus run on without one. */
  afterBlank: boolean;
}

// A line break inside a sentence (hard-wrapped prose): a full-width line goes on without closing punctuation
// and the next line starts in lower case. Short lines (titles, labels) are never joined.
const WRAP_WIDTH = 50;
const MID_SENTENCE_BREAK = /[\p{Ll},;]$/u;
const CONTINUES = /^\p{Ll}/u;
// A text pasted from a print or PDF view is wrapped at a fixed width throughout: its lines of prose width are all
// short ("… Saturday, nine" / "days after …"), where a saved page puts a whole paragraph on one line.
const MAX_WRAPPED_LINE = 100;
const MIN_WRAPPED_LINES = 6;
const WRAPPED_SHARE = 0.9;
const LINK = /https?:\/\//u;
// A list item opens on a bullet or its number; a line opening on a year ("2027. This is …") goes on a sentence. A
// report's numbered paragraph ("2.1   The market …") sets its number apart by two spaces or more, which a figure
// opening a wrapped line ("4.1 million …") does not.
const LIST_ITEM = /^(?:[-*•]|\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+\.?(?=\s{2}|\t))\s+/u;
/** An item of a list within a list, marked by a dash or a hollow bullet: "– Members' debentures: £380,000". */
const SUB_ITEM = /^[–—◦▪▫·o]\s/u;
/** A labelled field on a line of its own: "Prosecutor: CPS", "Offence date: 03/03/2026". */
const FIELD_LINE = /^\p{Lu}[\p{L}\p{N} ]{0,30}:\s/u;
/** A line set in by two spaces or more, as a wrapped item or field carries on. */
const INDENTED = /^\s{2,}\S/u;
/** A field whose value is set apart by spaces, so that its wrapped lines can line up under it. */
const SPACED_FIELD = /^\p{Lu}[\p{L}\p{N}() ]{0,30}:\s{2,}(?=\S)/u;
const COLUMNS = /\S {3,}\S/u;
/** Whether a block is set out in columns; the spaces after a list item's number ("1.   Before …") set out none. */
const inColumns = (text: string): boolean => COLUMNS.test(text.replace(LIST_ITEM, ''));
/** A rule drawn in characters ("=====", "-----", "* * *"): it sets a text's parts apart, and joins no lines. */
export const RULE_LINE = /^(?:[=\-_~#+*.]\s?){3,}$/u;

/**
 * Whether a body is hard-wrapped: most of its many full-width lines are no longer than a printed line. A print's
 * running header and its footer's address, wider than its prose, are not prose.
 */
function isHardWrapped(lines: readonly string[], repeated: ReadonlySet<string>): boolean {
  let [wide, printed] = [0, 0];
  for (const line of lines) {
    const length = line.trim().length;
    if (length < WRAP_WIDTH || repeated.has(line.trim()) || LINK.test(line)) continue;
    wide++;
    if (length <= MAX_WRAPPED_LINE) printed++;
  }
  return wide >= MIN_WRAPPED_LINES && printed >= WRAPPED_SHARE * wide;
}

// A print page read from its scan is set in narrow columns: most of its lines are within a few characters of the
// widest ("Police investigating alleged" / "match-fixing in the Northmarch Premier"), all shorter than WRAP_WIDTH.
const MIN_COLUMN_LINES = 20;
const COLUMN_LINE = 20;
const COLUMN_FULL = 0.75;
const COLUMN_SHARE = 0.7;
const COLUMN_WIDTH_RANK = 0.75;

/** The width a body is wrapped at: WRAP_WIDTH when hard-wrapped, a narrow column's fill width, or null. */
function wrapWidth(lines: readonly string[], repeated: ReadonlySet<string>): number | null {
  const hardWrapped = isHardWrapped(lines, repeated) ? WRAP_WIDTH : null;
  const lengths = lines
    .map((line) => line.trim().length)
    .filter((n) => n >= COLUMN_LINE)
    .sort((a, b) => a - b);
  if (lengths.length < MIN_COLUMN_LINES) return hardWrapped;
  // The width most lines fill; a running header, a caption set across the page and two lines joined at a word
  // broken over them are wider.
  const widest = lengths[Math.floor(COLUMN_WIDTH_RANK * (lengths.length - 1))]!;
  if (widest >= WRAP_WIDTH) return hardWrapped;
  const fill = Math.ceil(COLUMN_FULL * widest);
  return lengths.filter((n) => n >= fill).length >= COLUMN_SHARE * lengths.length ? fill : hardWrapped;
}

/** How often a line of a printed text recurs unchanged to be the header or footer of its pages. */
const MIN_PAGES = 3;

/** The lines a printed text repeats on its pages ("19/05/2026, 08:52 Headline | Site"): they join no paragraph. */
function repeatedLines(lines: readonly string[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed.length >= WRAP_WIDTH) counts.set(trimmed, (counts.get(trimmed) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= MIN_PAGES).map(([line]) => line));
}

/**
 * Splits a body into paragraphs. Scraped pages put one paragraph (or one caption, credit, button) per line,
 * so each line is its own block, except that hard-wrapped prose lines are joined back into their paragraph: in a
 * text wrapped throughout, every line after a full-width one (a link, as print views put at a page's foot, aside).
 */
export function splitBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  // A form feed parts a PDF's pages as a line break does.
  const lines = body.split(/\n|\f/u);
  const repeated = repeatedLines(lines);
  const width = wrapWidth(lines, repeated);
  const wrapped = width !== null;
  let current: Block | null = null;
  let offset = 0;
  let lastLineLength = 0;
  let afterBlank = true;
  for (const line of lines) {
    const lineStart = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (!trimmed) {
      current = null;
      afterBlank = true;
      continue;
    }
    const start = lineStart + line.indexOf(trimmed);
    const end = start + trimmed.length;
    const previousLength = lastLineLength;
    lastLineLength = trimmed.length;
    // A line set out in columns ("VOL. 131, NO. 337        $2.00") is a print page's furniture, never prose wrapped.
    const midSentence = MID_SENTENCE_BREAK.test(current?.text ?? '') && CONTINUES.test(trimmed);
    const ruled =
      RULE_LINE.test(trimmed) ||
      RULE_LINE.test(current?.text ?? '') ||
      repeated.has(trimmed) ||
      repeated.has(current?.text ?? '');
    const continues = wrapped
      ? !LINK.test(current?.text ?? '') && !LIST_ITEM.test(trimmed) && !inColumns(current?.text ?? '') && !ruled
      : midSentence;
    // A narrow column's line is short of its width when a long word went on to the next ("alleged" / "match-fixing").
    const full = previousLength >= (width ?? WRAP_WIDTH) || (width !== null && width < WRAP_WIDTH && midSentence);
    if (current && ((full && continues) || hangsUnder(current, line, trimmed, body))) {
      current.end = end;
      current.text = body.slice(current.start, end);
      continue;
    }
    current = { start, end, text: trimmed, afterBlank };
    afterBlank = false;
    blocks.push(current);
  }
  return blocks;
}

/**
 * Whether a line carries on a list item wrapped under its own text ("•   Tooth decay is the most common" /
 * "    reason children …"), however short the line before it; after a sentence's end only when it starts exactly
 * under the item's text ("2.1   … in 2024/25." / "      Stall charges …"). An indented field under an item
 * ("  Prosecutor: CPS"), an item of a list within it and a table's row are lines of their own.
 */
function hangsUnder(block: Block, line: string, trimmed: string, body: string): boolean {
  // Told by the line's indent first: most lines have none.
  if (!INDENTED.test(line)) return false;
  const item = block.text;
  const column = block.start - body.lastIndexOf('\n', block.start - 1) - 1;
  const under = (marker: RegExpExecArray | null): boolean =>
    marker !== null && line.length - line.trimStart().length === column + marker[0].length;
  // A form's field wrapped under its value: "Decision maker:   Councillor …, Cabinet Member for Economy" / "…and
  // Regeneration".
  const field = SPACED_FIELD.exec(item);
  if (under(field)) return !FIELD_LINE.test(trimmed) && !inColumns(trimmed) && !inColumns(item.slice(field![0].length));
  const marker = LIST_ITEM.exec(item);
  const aligned = under(marker);
  return (
    marker !== null &&
    (aligned || !endsLikeSentence(item)) &&
    !LIST_ITEM.test(trimmed) &&
    !SUB_ITEM.test(trimmed) &&
    !FIELD_LINE.test(trimmed) &&
    !inColumns(item) &&
    !inColumns(trimmed)
  );
}

/** Word count (runs of non-space characters), for the length rules that tell furniture from prose. */
export function wordCount(text: string): number {
  // Counted in place: splitting every paragraph of a large corpus into words was a tenth of reading it.
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

// What /\s/ matches: ASCII spaces and controls, no-break and Unicode spaces, line and paragraph separators, BOM.
const isSpace = (code: number): boolean =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  (code > 127 &&
    (code === 0xa0 ||
      code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0x202f ||
      code === 0x205f ||
      code === 0x3000 ||
      code === 0xfeff));

/**
 * True when a paragraph ends like a sentence (or a quotation, or an introduction to one). A social post ends its last
 * sentence with an emoji as often as with a full stop, and may tag it after ("I'm coming home 💛 #panto #buttons").
 */
export function endsLikeSentence(text: string): boolean {
  const trimmed = text.trim();
  return /[.!?:"”’)]$/u.test(trimmed) || endsLikePost(trimmed);
}

/** A post's last sentence, closed by an emoji or followed by its tags (most lines are told by their last character). */
function endsLikePost(trimmed: string): boolean {
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (last > 0x2000 && WORDS_THEN_EMOJI.test(trimmed)) return true;
  if (last === 0x20 || !trimmed.includes('#')) return false;
  const untagged = trimmed.replace(TRAILING_HASHTAGS, '');
  return untagged !== trimmed && (/[.!?]$/u.test(untagged) || WORDS_THEN_EMOJI.test(untagged));
}

/** A word, then the emoji that closes its sentence ("coming home 💛"); an emoji alone is no sentence. */
const WORDS_THEN_EMOJI = /[\p{L}\p{N},)]\s*\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D})*$/u;
/** A post's tags after its text: "#panto #cinderella". */
const TRAILING_HASHTAGS = /(?:\s+#\p{L}[\p{L}\p{N}_]*)+$/u;

/** A comparison key for a paragraph: case, quotes and spacing ignored, so repeats are found across pages. */
export function blockKey(text: string): string {
  // Most paragraphs are ASCII with single spaces: there NFKC, the quotes and the spacing change nothing, and the
  // copies they made were a tenth of reading a large corpus.
  const folded = NON_ASCII.test(text)
    ? text.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"')
    : text.toLowerCase();
  return ODD_SPACING.test(folded) ? folded.replace(/\s+/g, ' ').trim() : folded;
}

// What `replace(/\s+/g, ' ').trim()` would change: a run of spaces, a space other than " ", one at either end.
const ODD_SPACING = /\s\s|[^\S ]|^\s|\s$/u;

/** A paragraph of running prose (a lede, a body paragraph), as opposed to a label, a menu or a headline. */
export function isProse(text: string): boolean {
  return wordCount(text) >= 20 && endsLikeSentence(text);
}
