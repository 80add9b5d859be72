// A letter printed with its logo, scanned and read by OCR, or a text file headed by a logo drawn in characters, sets
// strokes beside the body's name on the letterhead's lines ("//  \\ ~ ~    CARROW", "\\__// ~~~    COUNCIL  :").
// Read as they are, the strokes would be the name's first words. On the opening lines, a line drawn in strokes keeps
// only its words; a line of strokes alone is left blank.

/** How many of a text's first lines a letterhead takes. */
const LETTERHEAD_LINES = 12;
/**
 * A stroke of a drawing: marks between spaces with no letter or digit ("//", "~~~", "'^^'", "~"). A lone bar, slash,
 * dash or arrow parts a menu's items ("Home | News | Sport") or a breadcrumb's ("Home / News"), and draws nothing.
 */
const STROKE = /^(?:[/\\_|~^`'.,:;()[\]{}<>=+*#-]{2,}|[\\~^`])$/u;
/** Marks that only draw, where punctuation may also punctuate ("-", ":"): a drawing holds two of them or more. */
const DRAWING = /[/\\_|~^`]/gu;
/** Any mark between spaces on a drawn line, a lone colon beside the name included: none of it is the name's. */
const MARK = /^[/\\_|~^`'.,:;()[\]{}<>=+*#-]+$/u;
const MIN_STROKES = 2;
const MIN_DRAWING = 2;

/** The text with its letterhead's drawn strokes taken out, or the same text when it opens on none. */
export function withoutDrawnLogo(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < Math.min(LETTERHEAD_LINES, lines.length); i++) {
    const tokens = lines[i]!.trim().split(/\s+/u);
    // A table's row ("| Stop | Minutes |") is drawn in strokes too, and read as a table.
    if (tokens[0]?.startsWith('|')) continue;
    const strokes = tokens.filter((token) => STROKE.test(token));
    const drawing = strokes.join('').match(DRAWING)?.length ?? 0;
    if (strokes.length < MIN_STROKES || drawing < MIN_DRAWING) continue;
    lines[i] = tokens.filter((token) => !MARK.test(token)).join(' ');
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}
