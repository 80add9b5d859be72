/** Discord's embed limits, and the markdown an embed's text is written in: escapes, links, linked citation markers. */
import { escapeMarkdown, type APIEmbed } from 'discord.js';
import { type Answer, type Citation, truncateAtSentence } from '../../src/index.ts';

/** Discord's size limits for message content and embeds, in characters. */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
} as const;

/** Characters Discord counts towards an embed's 6,000: title, description, field names and values, footer, author. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  const parts = [embed.title, embed.description, embed.footer?.text, embed.author?.name];
  return fields + parts.reduce((sum, part) => sum + (part?.length ?? 0), 0);
}

/** Source text inside link text: markdown and brackets escaped so it can neither format nor break the link. */
function escapeLinkText(text: string): string {
  return escapeMarkdown(text).replace(/[[\]]/g, '\\$&');
}

// encodeURIComponent leaves parentheses alone, so they are spelled out.
const PARENTHESES: Record<string, string> = { '(': '%28', ')': '%29' };

/** A URL safe inside markdown's `(…)`: parentheses and spaces would end the link target early. */
function linkTarget(url: string): string {
  return url.replace(/[()\s]/gu, (char) => PARENTHESES[char] ?? encodeURIComponent(char));
}

/** A markdown link, or the escaped text alone when there is no URL. */
export function link(text: string, url: string | null): string {
  return url ? `[${escapeLinkText(text)}](${linkTarget(url)})` : escapeLinkText(text);
}

/**
 * Turns each `[n]` marker of already escaped text whose source is in `linked` (and has a URL) into a link to it; with
 * nothing linked the text stays as it is. (escapeMarkdown leaves the markers alone.)
 */
export function linkMarkers(escaped: string, citations: Citation[], linked: ReadonlySet<number>): string {
  const urls = new Map(citations.map((citation) => [citation.n, citation.url]));
  return escaped.replace(/\[(\d+)\]/g, (marker, n: string) => {
    const url = linked.has(Number(n)) ? urls.get(Number(n)) : null;
    return url ? `[${marker}](${linkTarget(url)})` : marker;
  });
}

// However long a rewritten follow-up, the footer keeps it to a line or two.
const UNDERSTOOD_MAX = 300;

/**
 * "Understood as: …" for an answer to a rewritten follow-up, else nothing. Footers show plain text (no markdown, no
 * mentions), so the question needs no escaping there, and it can ping no one.
 */
export function understood(answer: Answer): string | null {
  return answer.interpretedAs ? `Understood as: ${truncateAtSentence(answer.interpretedAs, UNDERSTOOD_MAX)}` : null;
}
