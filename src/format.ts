import type { Citation } from './answer/answer-schema.ts';
import { MONTH_ABBREVIATIONS } from './text/calendar.ts';

/** Formats an ISO date (YYYY-MM-DD) as "Jun 10, 2020"; null becomes "undated", and anything else stays as it is. */
export function formatPublished(iso: string | null): string {
  if (!iso) return 'undated';
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day || month > 12 || day > 31) return iso;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(year);
  if (Number.isNaN(date.getTime())) return iso;
  // What Intl's en-US short date says (a test compares them), without its first formatter's 15 ms at every start;
  // a day past the month's end rolls over, as there.
  return `${MONTH_ABBREVIATIONS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** One line naming a citation's source: "BuzzFeed News — Title, Jun 10, 2020", noting who listed related coverage. */
export function citationLabel(citation: Pick<Citation, 'outlet' | 'title' | 'published' | 'listedBy'>): string {
  const listed = citation.listedBy ? ` (listed by ${citation.listedBy})` : '';
  return `${citation.outlet} — ${citation.title}, ${formatPublished(citation.published)}${listed}`;
}

// By hand: the truncation libraries cut at a length or a word, none at the last sentence end that fits.
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
