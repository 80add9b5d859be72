import type { Citation } from './answer/answer-schema.ts';
import { MONTH_ABBREVIATIONS } from './text/calendar.ts';

/** Formats an ISO date (YYYY-MM-DD) as "Jun 10, 2020"; null becomes "undated". */
export function formatPublished(iso: string | null): string {
  if (!iso) return 'undated';
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return `${MONTH_ABBREVIATIONS[month - 1]} ${day}, ${year}`;
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
 * Like {@link fitRendered} for cited text: keeps whole sentences together with their "[n]" markers, so a cut
 * never leaves a claim without its citation; falls back to {@link fitRendered} when not even one sentence fits.
 */
export function fitCited(text: string, max: number, render: (text: string) => string, ellipsis = '…'): string {
  const whole = render(text);
  if (whole.length <= max) return whole;
  let kept = '';
  for (const unit of text.match(CITED_UNIT) ?? []) {
    if (!unit) break;
    if (render(`${(kept + unit).trimEnd()} ${ellipsis}`).length > max) break;
    kept += unit;
  }
  return kept.trim() ? render(`${kept.trimEnd()} ${ellipsis}`) : fitRendered(text, max, render);
}
