import { escapeMarkdown, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Answer, Citation } from '../../src/answer/answer-schema.ts';
import type { SourceSummary } from '../../src/corpus/source.ts';
import { citationLabel, fitRendered, truncateAtSentence } from '../../src/format.ts';

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

const COLOR = { answer: 0x3b82f6, abstained: 0x9ca3af, sources: 0x10b981 } as const;

// However many sources an answer cites, at least this much of the 6,000 total stays for the answer itself.
const DESCRIPTION_RESERVE = 1500;
const LABEL_MAX = 200;
const EXAMPLES_SHOWN = 5;

/** Characters Discord counts towards an embed's 6,000 total: title, description, field names and values, footer, author. */
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
function link(text: string, url: string | null): string {
  return url ? `[${escapeLinkText(text)}](${linkTarget(url)})` : escapeLinkText(text);
}

/** Escapes the answer's markdown and turns each `[n]` marker whose source has a URL into a link to it. */
function linkMarkers(text: string, citations: Citation[]): string {
  const urls = new Map(citations.map((citation) => [citation.n, citation.url]));
  return escapeMarkdown(text).replace(/\[(\d+)\]/g, (marker, n: string) => {
    const url = urls.get(Number(n));
    return url ? `[${marker}](${linkTarget(url)})` : marker;
  });
}

/** One source under an answer: "[n]" over its linked "Outlet — Title, date" label, `share` characters in all. */
function citationField(citation: Citation, share: number): APIEmbedField {
  const name = `[${citation.n}]`;
  const max = Math.min(LIMITS.fieldValue, share - name.length);
  // A URL too long to sit beside a readable label costs the link, never the label.
  const url = citation.url && citation.url.length <= max / 2 ? citation.url : null;
  return { name, value: fitRendered(citationLabel(citation), max, (label) => link(label, url)) };
}

// However long a rewritten follow-up, the footer keeps it to a line or two.
const UNDERSTOOD_MAX = 300;

/**
 * "Understood as: …" for an answer to a rewritten follow-up, else nothing. Footers show plain text (no markdown, no
 * mentions), so the question needs no escaping there, and it can ping no one.
 */
function understood(answer: Answer): string | null {
  return answer.interpretedAs ? `Understood as: ${truncateAtSentence(answer.interpretedAs, UNDERSTOOD_MAX)}` : null;
}

/** The embed for a cited answer: the question as title, the answer with linked markers, one field per source. */
function citedAnswerEmbed(answer: Answer): APIEmbed {
  const title = truncateAtSentence(answer.question, LIMITS.title);
  const confidence = `Confidence ${Math.round(answer.confidence * 100)}% · from the coverage only`;
  const footer = { text: [understood(answer), confidence].filter((part) => part !== null).join(' · ') };
  const cited = answer.citations.slice(0, LIMITS.fields);
  const fieldRoom = LIMITS.embedTotal - title.length - footer.text.length - DESCRIPTION_RESERVE;
  const share = Math.floor(fieldRoom / Math.max(1, cited.length));
  const embed: APIEmbed = { color: COLOR.answer, footer, fields: cited.map((citation) => citationField(citation, share)) };
  if (title) embed.title = title;
  const room = Math.min(LIMITS.description, LIMITS.embedTotal - embedLength(embed));
  embed.description = fitRendered(answer.answer, room, (text) => linkMarkers(text, answer.citations));
  return embed;
}

/** The short embed for an abstention: why, then example questions the coverage can answer. */
function abstentionEmbed(answer: Answer, fallbackExamples: string[]): APIEmbed {
  const examples = (answer.examples.length ? answer.examples : fallbackExamples).slice(0, EXAMPLES_SHOWN);
  const tryAsking = examples.length
    ? `\n\n**Try asking:**\n${examples.map((example) => `• ${escapeMarkdown(truncateAtSentence(example, LABEL_MAX))}`).join('\n')}`
    : '';
  const reason = fitRendered(answer.answer, LIMITS.description - tryAsking.length, escapeMarkdown);
  const embed: APIEmbed = { color: COLOR.abstained, title: 'No answer from the coverage', description: `${reason}${tryAsking}` };
  const note = understood(answer);
  if (note) embed.footer = { text: note };
  return embed;
}

/** Renders an Answer as one embed within Discord's limits, whatever the lengths of its parts. */
export function answerEmbed(answer: Answer, fallbackExamples: string[]): APIEmbed {
  return answer.abstained ? abstentionEmbed(answer, fallbackExamples) : citedAnswerEmbed(answer);
}

/** Renders the corpus's sources as one embed: a linked "Outlet — Title, date" line each, as many as fit. */
export function sourcesEmbed(sources: SourceSummary[]): APIEmbed {
  const title = `Sources (${sources.length})`;
  if (!sources.length) return { color: COLOR.sources, title, description: 'No sources are loaded.' };
  const lines: string[] = [];
  let length = 0;
  for (const [index, source] of sources.entries()) {
    const line = `• ${link(truncateAtSentence(citationLabel(source), LABEL_MAX), source.url)}`;
    const rest = sources.length - index - 1;
    // Keep room for the "…and N more" line unless this is the last source.
    const reserve = rest ? `\n…and ${rest} more`.length : 0;
    if (length + line.length + 1 + reserve > LIMITS.description) {
      lines.push(`…and ${sources.length - index} more`);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return { color: COLOR.sources, title, description: lines.join('\n') };
}
