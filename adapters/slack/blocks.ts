import type { types } from '@slack/bolt';
import type { Answer, Citation } from '../../src/answer/answer-schema.ts';
import { citationLabel, fitCited, fitRendered } from '../../src/format.ts';
import { confidenceLabel } from '../shared/labels.ts';
import { feedbackBlock } from './feedback.ts';
import { escapeMrkdwn, slackLink } from './mrkdwn.ts';
import { suggestionsBlock, type SuggestionRoute } from './suggestions.ts';

/** Slack's Block Kit limits the renderer stays inside, whatever the input. */
export const SLACK_LIMITS = {
  textObject: 3000, blocks: 50, sourceLabel: 300, fallbackText: 3000, linkUrl: 1000,
} as const;

/** A message ready for chat.postMessage or respond(): Block Kit blocks plus the plain fallback for notifications. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** Options for {@link renderAnswer}. */
export interface RenderOptions {
  /** Repeat the question above the answer: a slash command's answer is seen without the question that prompted it. */
  showQuestion?: boolean;
  /** Where a click on a suggested question is answered (default: the answer's thread). */
  suggestionRoute?: SuggestionRoute;
  /** A short line about how the message was read (e.g. that attached files were not), shown under the answer. */
  note?: string;
}

// Nobody can be pinged and nothing auto-linked: `verbatim` stops Slack parsing the text; links are built explicitly.
const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });
const section = (text: string): types.SectionBlock => ({ type: 'section', text: mrkdwn(text) });
const context = (text: string): types.ContextBlock => ({ type: 'context', elements: [mrkdwn(text)] });

// A pathologically long URL would eat a whole text object, so such sources are listed without a link.
const linkUrl = (citation: Citation): string | null =>
  citation.url && citation.url.length <= SLACK_LIMITS.linkUrl ? citation.url : null;

/** Escapes answer text and turns each `[n]` that has a source URL into a link to it. */
function renderCitedText(text: string, citations: Citation[]): string {
  const urls = new Map(citations.map((c) => [c.n, linkUrl(c)]));
  return escapeMrkdwn(text).replace(/\[(\d+)\]/gu, (marker, n: string) => {
    const url = urls.get(Number(n));
    return url ? slackLink(url, marker) : marker;
  });
}

/** "[1] Outlet — Title, Jun 10, 2020", the marker linked to the source when it has a URL. */
function sourceLine(citation: Citation): string {
  const url = linkUrl(citation);
  const marker = url ? slackLink(url, `[${citation.n}]`) : `[${citation.n}]`;
  return `${marker} ${fitRendered(citationLabel(citation), SLACK_LIMITS.sourceLabel, escapeMrkdwn)}`;
}

/** Packs source lines into as few context blocks as fit, at most `budget` of them; the rest become "…and N more". */
function sourceBlocks(citations: Citation[], budget: number): types.ContextBlock[] {
  const chunks: string[][] = [];
  let size = Infinity;
  for (const [i, citation] of citations.entries()) {
    const line = sourceLine(citation);
    // Leave room in the text object for the "…and N more" line the last chunk may need.
    if (size + line.length + 1 > SLACK_LIMITS.textObject - 40) {
      if (chunks.length === budget) {
        chunks.at(-1)?.push(`…and ${citations.length - i} more sources`);
        break;
      }
      chunks.push([]);
      size = 0;
    }
    chunks.at(-1)?.push(line);
    size += line.length + 1;
  }
  return chunks.map((lines) => context(lines.join('\n')));
}

/**
 * Renders an answer: the cited text, what a follow-up was understood as, the confidence (answers only), any note,
 * the sources it cites, example questions when it abstained, buttons asking the suggested follow-ups, and feedback
 * buttons.
 */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const head: types.KnownBlock[] = [];
  const fit = (text: string, max: number): string => fitRendered(text, max, escapeMrkdwn);
  if (options.showQuestion) head.push(context(`*Q:* ${fit(answer.question, SLACK_LIMITS.textObject - 10)}`));
  head.push(section(fitCited(answer.answer, SLACK_LIMITS.textObject, (t) => renderCitedText(t, answer.citations))));
  if (answer.interpretedAs) {
    head.push(context(`Understood as: ${fit(answer.interpretedAs, SLACK_LIMITS.textObject - 20)}`));
  }
  const confidence = confidenceLabel(answer);
  if (confidence) head.push(context(confidence));
  if (options.note) head.push(context(fit(options.note, SLACK_LIMITS.textObject)));
  // Abstention texts often quote the examples already; list only those they don't, and skip the heading if none are
  // left.
  const examples = answer.abstained ? answer.examples.filter((e) => !answer.answer.includes(e)) : [];
  if (examples.length > 0) head.push(section(examplesText(examples)));
  const suggestions = suggestionsBlock(answer.suggestions, options.suggestionRoute ?? 'thread');
  const tail = [suggestions, feedbackBlock(answer)].filter((b) => b !== null);
  const sources = sourceBlocks(answer.citations, SLACK_LIMITS.blocks - head.length - tail.length);
  return { text: fallbackText(answer.answer), blocks: [...head, ...sources, ...tail] };
}

/** "Try asking:" and up to three example questions, as mrkdwn bullets. */
function examplesText(examples: string[]): string {
  const bullets = examples.slice(0, 3).map((e) => `• ${fitRendered(e, 500, escapeMrkdwn)}`);
  return `Try asking:\n${bullets.join('\n')}`;
}

/** The plain `text` Slack shows in notifications and where blocks can't be displayed. */
function fallbackText(text: string): string {
  return fitRendered(text, SLACK_LIMITS.fallbackText, escapeMrkdwn);
}

/** How to ask, and the flags `/ask` takes; shown for an empty question and for `/ask help`. */
export const USAGE =
  'Hi! Ask me a question about the news coverage and I’ll answer with numbered sources. ' +
  'Mention me with your question in a channel, send me a direct message, or use `/ask <question>`. ' +
  '`/ask` takes flags as whole words before the question: `private` (or `--private`) shows the answer only to you, ' +
  'and `/ask help` shows this.';

/** The friendly reply to an empty question: how to ask, with examples from the coverage, and any note. */
export function renderUsage(examples: string[], note?: string): SlackMessage {
  const how = escapeMrkdwn(USAGE);
  const blocks: types.KnownBlock[] = [section(how)];
  if (examples.length > 0) blocks.push(section(examplesText(examples)));
  if (note) blocks.push(context(fitRendered(note, SLACK_LIMITS.textObject, escapeMrkdwn)));
  return { text: how, blocks };
}

/** A short note for the asker (a rate limit, a question too long, a restart): plain text, no buttons to click. */
export function renderNotice(text: string, note?: string): SlackMessage {
  const shown = fitRendered(text, SLACK_LIMITS.textObject, escapeMrkdwn);
  const blocks: types.KnownBlock[] = [section(shown)];
  if (note) blocks.push(context(fitRendered(note, SLACK_LIMITS.textObject, escapeMrkdwn)));
  return { text: shown, blocks };
}

/** What the user sees when answering failed or took too long: an apology, never silence. */
export function renderApology(): SlackMessage {
  const text = 'Sorry, something went wrong while I was answering that. Please try again in a moment.';
  return { text, blocks: [section(`:warning: ${text}`)] };
}
