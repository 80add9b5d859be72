import type { Citation } from './answer/answer-schema.ts';

const PUBLISHED = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** Formats an ISO date (YYYY-MM-DD) as "Jun 10, 2020"; null becomes "undated", and anything else stays as it is. */
export function formatPublished(iso: string | null): string {
  if (!iso) return 'undated';
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day || month > 12 || day > 31) return iso;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(year);
  return PUBLISHED.format(date);
}

/** One line naming a citation's source: "BuzzFeed News — Title, Jun 10, 2020", noting who listed related coverage. */
export function citationLabel(citation: Pick<Citation, 'outlet' | 'title' | 'published' | 'listedBy'>): string {
  const listed = citation.listedBy ? ` (listed by ${citation.listedBy})` : '';
  return `${citation.outlet} — ${citation.title}, ${formatPublished(citation.published)}${listed}`;
}

/**
 * Shortens text to at most `max` characters, cutting after the last sentence end that fits
 * (or the last word when no sentence fits) and marking the cut with an ellipsis.
 */
export function truncateAtSentence(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - ellipsis.length);
  const head = text.slice(0, room);
  const sentenceEnd = Math.max(...['. ', '! ', '? ', '.\n', '\n'].map((mark) => head.lastIndexOf(mark)));
  if (sentenceEnd >= room * 0.5) return `${head.slice(0, sentenceEnd + 1).trimEnd()} ${ellipsis}`.slice(0, max);
  const wordEnd = head.lastIndexOf(' ');
  return `${(wordEnd > 0 ? head.slice(0, wordEnd) : head).trimEnd()}${ellipsis}`.slice(0, max);
}

/**
 * Shortens `text` at a sentence boundary until `render(text)` fits in `max` characters, for markup that
 * lengthens the text (links, escapes) and must not be cut itself; cuts the rendered text only when even nothing fits.
 */
export function fitRendered(text: string, max: number, render: (text: string) => string): string {
  let room = max;
  for (;;) {
    const rendered = render(truncateAtSentence(text, room));
    if (rendered.length <= max) return rendered;
    if (room === 0) return truncateAtSentence(rendered, max);
    // Each pass shrinks the room by the overshoot, so this ends within `max` passes (usually two).
    room = Math.max(0, room - (rendered.length - max));
  }
}

// One claim with the citation markers that follow it: a sentence end plus any "[n]" run, or a bare "[n]" run.
const CITED_UNIT = /[^]*?(?:[.!?]+["'”’)]*(?:\s*\[\d+\])*(?=\s|$)|(?:\s*\[\d+\])+(?=\s|$)|$)/gu;

/**
 * The longest start of cited text whose rendering fits in `max` characters: all of it, or whole sentences together
 * with their "[n]" markers and an ellipsis, so a cut never leaves a claim without its citation. Null when not even
 * the first sentence fits. The text comes back unrendered, so a caller can render it again more compactly.
 */
export function keepCited(
  text: string, max: number, render: (text: string) => string, ellipsis = '…',
): string | null {
  // Renderings only lengthen text (escapes, links), so nothing longer than `max` can fit. Checking that first keeps
  // huge pastes away from renderers that are slow on them (discord.js's escapeMarkdown takes quadratic time).
  if (text.length <= max && render(text).length <= max) return text;
  // The only empty match is the one at the end of the text.
  const units = (text.match(CITED_UNIT) ?? []).filter((unit) => unit !== '');
  const start = (count: number): string => units.slice(0, count).join('');
  const fits = (count: number): boolean => render(`${start(count).trimEnd()} ${ellipsis}`).length <= max;
  // A unit renders to about the same length alone as in its text, so adding up the units' own renderings finds the
  // likely longest start in one pass; if the whole start renders longer after all, halving below it settles the count
  // in a few more renders. `kept` only ever holds a count that was seen to fit.
  let likely = 0;
  for (let length = ellipsis.length + 1; likely < units.length; likely++) {
    length += render(units[likely]!).length;
    if (length > max) break;
  }
  let [kept, tooMany] = fits(likely) ? [likely, likely + 1] : [0, likely];
  while (tooMany - kept > 1) {
    const middle = Math.floor((kept + tooMany) / 2);
    if (fits(middle)) kept = middle;
    else tooMany = middle;
  }
  return start(kept).trim() ? `${start(kept).trimEnd()} ${ellipsis}` : null;
}

/**
 * Renders cited text within `max` characters, cut as {@link keepCited} cuts it; falls back to {@link fitRendered}
 * (a cut inside the sentence) when not even one sentence fits.
 */
export function fitCited(text: string, max: number, render: (text: string) => string, ellipsis = '…'): string {
  const kept = keepCited(text, max, render, ellipsis);
  return kept === null ? fitRendered(text, max, render) : render(kept);
}
