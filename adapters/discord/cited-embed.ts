/** The embed for an answer with citations, fitted into Discord's 6,000 characters without losing the answer. */
import { escapeMarkdown, type APIEmbed, type APIEmbedField } from 'discord.js';
import { type Answer, type Citation, citationLabel, truncateAtSentence } from '../../src/index.ts';
import { fitRendered, keepCited } from '../shared/fit-answer.ts';
import { confidenceLabel } from '../shared/labels.ts';
import { LIMITS, link, linkMarkers, understood } from './embed-text.ts';

const COLOR = 0x3b82f6;
// Room each source keeps whatever the answer needs: its "[n]" and the start of its label.
const FIELD_MIN = 48;
// Sources are shortened to this much before the answer's markers lose their links: a readable source list matters
// more than links that repeat the fields' own.
const FIELD_COMFORT = 160;

/** One source under an answer: "[n]" over its "Outlet — Title, date" label, `share` characters in all. */
function citationField(citation: Citation, share: number): APIEmbedField {
  const name = `[${citation.n}]`;
  const max = Math.min(LIMITS.fieldValue, share - name.length);
  // A URL too long to sit beside a readable label costs the link, never the label.
  const url = citation.url && citation.url.length <= max / 2 ? citation.url : null;
  return { name, value: fitRendered(citationLabel(citation), max, (label: string) => link(label, url)) };
}

/** `text`, escaped, with as many markers linked as fit in `max`; the links to the longest URLs are the first to go. */
function linkedWithin(text: string, citations: Citation[], max: number): string {
  // Escaped once: escapeMarkdown is slow on long text, and only the links change from one try to the next.
  const escaped = escapeMarkdown(text);
  const withUrl = citations.filter((citation) => citation.url !== null);
  const dropOrder = [...withUrl].sort((a, b) => (b.url?.length ?? 0) - (a.url?.length ?? 0));
  const linked = new Set(withUrl.map((citation) => citation.n));
  for (;;) {
    const rendered = linkMarkers(escaped, citations, linked);
    const next = dropOrder.shift();
    if (rendered.length <= max || !next) return rendered;
    linked.delete(next.n);
  }
}

/**
 * The answer as the embed's description, within `budget` characters shared with `sources` fields. Space is given up
 * in this order: the sources' labels shrink (to FIELD_COMFORT), the markers lose their links, the labels shrink
 * further (to FIELD_MIN), and only then is the text cut, after a whole sentence and its markers. So the description
 * always holds the first sentence (cut inside only if that alone outgrows the embed) and, unless the text itself is
 * too long, every citation number.
 */
function description(answer: Answer, sources: number, budget: number): string {
  const room = Math.min(LIMITS.description, budget - sources * FIELD_MIN);
  const kept = keepCited(answer.answer, room, escapeMarkdown);
  if (kept === null) return fitRendered(answer.answer, room, escapeMarkdown);
  // At least the escaped text's own length, so dropping every link always fits.
  const linkRoom = Math.max(escapeMarkdown(kept).length, Math.min(room, budget - sources * FIELD_COMFORT));
  return linkedWithin(kept, answer.citations, linkRoom);
}

/** The embed for a cited answer: the question as title, the answer with linked markers, one field per source. */
export function citedAnswerEmbed(answer: Answer): APIEmbed {
  const title = truncateAtSentence(answer.question, LIMITS.title);
  const notes = [understood(answer), confidenceLabel(answer), 'from the coverage only'];
  const footer = { text: notes.filter((part) => part !== null).join(' · ') };
  const cited = answer.citations.slice(0, LIMITS.fields);
  const budget = LIMITS.embedTotal - title.length - footer.text.length;
  const text = description(answer, cited.length, budget);
  const share = Math.floor((budget - text.length) / Math.max(1, cited.length));
  const fields = cited.map((citation) => citationField(citation, share));
  const embed: APIEmbed = { color: COLOR, description: text, footer, fields };
  if (title) embed.title = title;
  return embed;
}
