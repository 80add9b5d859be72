import type { types } from '@slack/bolt';
import type { Answer, Citation } from '../../src/index.ts';
import { fitAnswer, fitRendered, type AnswerLimits, type FittedSource, type Markup } from '../shared/fit-answer.ts';
import { confidenceLabel } from '../shared/labels.ts';
import { feedbackBlock } from './feedback.ts';
import { escapeMrkdwn, slackLink } from './mrkdwn.ts';
import { suggestionsBlock, type SuggestionRoute } from './suggestions.ts';

/** Slack's Block Kit limits the renderer stays inside, whatever the input. */
const SLACK_LIMITS = {
  textObject: 3000,
  blocks: 50,
  sourceLabel: 300,
  fallbackText: 3000,
  linkUrl: 1000,
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
const linkUrl = (source: Pick<Citation, 'url'>): string | null =>
  source.url && source.url.length <= SLACK_LIMITS.linkUrl ? source.url : null;

/** Slack's mrkdwn: escaped text, and each `[n]` that has a source URL linked to it. */
const MRKDWN: Markup = {
  escape: escapeMrkdwn,
  cited(text, citations) {
    const urls = new Map(citations.map((c) => [c.n, linkUrl(c)]));
    return escapeMrkdwn(text).replace(/\[(\d+)\]/gu, (marker, n: string) => {
      const url = urls.get(Number(n));
      return url ? slackLink(url, marker) : marker;
    });
  },
};

/** What each part of an answer may take in Block Kit: a text object, less the words laid out around it. */
const ANSWER_LIMITS: AnswerLimits = {
  question: SLACK_LIMITS.textObject - 10,
  answer: SLACK_LIMITS.textObject,
  interpretedAs: SLACK_LIMITS.textObject - 20,
  note: SLACK_LIMITS.textObject,
  example: 500,
  examples: 3,
  sourceLabel: SLACK_LIMITS.sourceLabel,
  fallback: SLACK_LIMITS.fallbackText,
};

/** "[1] Outlet — Title, Jun 10, 2020", the marker linked to the source when it has a URL. */
function sourceLine(source: FittedSource): string {
  const url = linkUrl(source);
  return `${url ? slackLink(url, `[${source.n}]`) : `[${source.n}]`} ${source.label}`;
}

/** Packs source lines into as few context blocks as fit, at most `budget` of them; the rest become "…and N more". */
function sourceBlocks(sources: FittedSource[], budget: number): types.ContextBlock[] {
  const chunks: string[][] = [];
  let size = Infinity;
  for (const [i, source] of sources.entries()) {
    const line = sourceLine(source);
    // Leave room in the text object for the "…and N more" line the last chunk may need.
    if (size + line.length + 1 > SLACK_LIMITS.textObject - 40) {
      if (chunks.length === budget) {
        chunks.at(-1)?.push(`…and ${sources.length - i} more sources`);
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
  const fitted = fitAnswer(answer, ANSWER_LIMITS, MRKDWN, options.note);
  const head: types.KnownBlock[] = [];
  if (options.showQuestion) head.push(context(`*Q:* ${fitted.question}`));
  head.push(section(fitted.answer));
  if (fitted.interpretedAs) head.push(context(`Understood as: ${fitted.interpretedAs}`));
  const confidence = confidenceLabel(answer);
  if (confidence) head.push(context(confidence));
  if (fitted.note) head.push(context(fitted.note));
  // With no examples left to list, the heading goes too.
  if (fitted.examples.length > 0) head.push(section(examplesText(fitted.examples)));
  const suggestions = suggestionsBlock(answer.suggestions, options.suggestionRoute ?? 'thread');
  const tail = [suggestions, feedbackBlock(answer)].filter((b) => b !== null);
  const sources = sourceBlocks(fitted.sources, SLACK_LIMITS.blocks - head.length - tail.length);
  return { text: fitted.fallback, blocks: [...head, ...sources, ...tail] };
}

/** "Try asking:" and example questions (already escaped and fitted), as mrkdwn bullets. */
function examplesText(examples: string[]): string {
  return `Try asking:\n${examples.map((e) => `• ${e}`).join('\n')}`;
}

/** How to ask, and the flags `/ask` takes; shown for an empty question and for `/ask help`. */
const USAGE =
  'Hi! Ask me a question about the news coverage and I’ll answer with numbered sources. ' +
  'Mention me with your question in a channel, send me a direct message, or use `/ask <question>`. ' +
  '`/ask` takes flags as whole words before the question: `private` (or `--private`) shows the answer only to you, ' +
  'and `/ask help` shows this.';

/** The friendly reply to an empty question: how to ask, with examples from the coverage, and any note. */
export function renderUsage(examples: string[], note?: string): SlackMessage {
  const how = escapeMrkdwn(USAGE);
  const blocks: types.KnownBlock[] = [section(how)];
  const fitted = examples
    .slice(0, ANSWER_LIMITS.examples)
    .map((e) => fitRendered(e, ANSWER_LIMITS.example, escapeMrkdwn));
  if (fitted.length > 0) blocks.push(section(examplesText(fitted)));
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
