/**
 * Fitting an answer to a chat platform's limits, in one place both adapters use. Each adapter fits the answer once
 * ({@link fitAnswer}: every part escaped for the platform and cut to its limit) and then only lays the fitted parts
 * out. Cuts happen at sentence ends, and a cited claim never loses its "[n]".
 * By hand: no library fits text to a length measured after a platform's escaping and linking.
 */
import { type Answer, type Citation, citationLabel, truncateAtSentence } from '../../src/index.ts';

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

/** What stands for the sentences a cut leaves out. */
const ELLIPSIS = '…';

// One claim with the citation markers that follow it: a sentence end plus any "[n]" run, or a bare "[n]" run.
const CITED_UNIT = /[\s\S]*?(?:[.!?]+["'”’)]*(?:\s*\[\d+\])*(?=\s|$)|(?:\s*\[\d+\])+(?=\s|$)|$)/gu;

/**
 * The longest start of cited text whose rendering fits in `max` characters: all of it, or whole sentences together
 * with their "[n]" markers and an ellipsis, so a cut never leaves a claim without its citation. Null when not even
 * the first sentence fits. The text comes back unrendered, so a caller can render it again more compactly.
 */
export function keepCited(text: string, max: number, render: (text: string) => string): string | null {
  // Renderings only lengthen text (escapes, links), so nothing longer than `max` can fit. Checking that first keeps
  // huge pastes away from renderers that are slow on them (discord.js's escapeMarkdown takes quadratic time).
  if (text.length <= max && render(text).length <= max) return text;
  // The only empty match is the one at the end of the text.
  const units = (text.match(CITED_UNIT) ?? []).filter((unit) => unit !== '');
  const start = (count: number): string => units.slice(0, count).join('');
  const fits = (count: number): boolean => render(`${start(count).trimEnd()} ${ELLIPSIS}`).length <= max;
  // A unit renders to about the same length alone as in its text, so adding up the units' own renderings finds the
  // likely longest start in one pass; if the whole start renders longer after all, halving below it settles the count
  // in a few more renders. `kept` only ever holds a count that was seen to fit.
  let likely = 0;
  for (let length = ELLIPSIS.length + 1; likely < units.length; likely++) {
    // biome-ignore lint/style/noNonNullAssertion: the loop condition keeps `likely` below units.length
    length += render(units[likely]!).length;
    if (length > max) break;
  }
  let [kept, tooMany] = fits(likely) ? [likely, likely + 1] : [0, likely];
  while (tooMany - kept > 1) {
    const middle = Math.floor((kept + tooMany) / 2);
    if (fits(middle)) kept = middle;
    else tooMany = middle;
  }
  return start(kept).trim() ? `${start(kept).trimEnd()} ${ELLIPSIS}` : null;
}

/**
 * Renders cited text within `max` characters, cut as {@link keepCited} cuts it; falls back to {@link fitRendered}
 * (a cut inside the sentence) when not even one sentence fits.
 */
export function fitCited(text: string, max: number, render: (text: string) => string): string {
  const kept = keepCited(text, max, render);
  return kept === null ? fitRendered(text, max, render) : render(kept);
}

/** How a platform writes text: plain text escaped, and cited answer text with its "[n]" markers linked. */
export interface Markup {
  escape(text: string): string;
  cited(text: string, citations: readonly Citation[]): string;
}

/** The most characters each part of an answer may take on a platform, once written in its markup. */
export interface AnswerLimits {
  question: number;
  answer: number;
  interpretedAs: number;
  note: number;
  /** Each example question, and how many are shown. */
  example: number;
  examples: number;
  /** Each source's "Outlet — Title, date" label. */
  sourceLabel: number;
  /** The answer as plain fallback text (notifications, previews). */
  fallback: number;
}

/** One cited source, fitted: its number, its escaped label, and its URL. */
export interface FittedSource {
  n: number;
  label: string;
  url: string | null;
}

/** An answer's parts, each written in the platform's markup and within its limit: ready to be laid out. */
export interface FittedAnswer {
  question: string;
  answer: string;
  fallback: string;
  interpretedAs: string | null;
  note: string | null;
  /** Example questions worth listing: for an abstention, those its text does not already quote. */
  examples: string[];
  sources: FittedSource[];
}

/** Fits every part of an answer to a platform's limits in one pass. */
export function fitAnswer(answer: Answer, limits: AnswerLimits, markup: Markup, note?: string): FittedAnswer {
  const fit = (text: string, max: number): string => fitRendered(text, max, markup.escape);
  // Abstention texts often quote the examples already; list only those they don't.
  const examples = answer.abstained ? answer.examples.filter((e) => !answer.answer.includes(e)) : [];
  return {
    question: fit(answer.question, limits.question),
    answer: fitCited(answer.answer, limits.answer, (text) => markup.cited(text, answer.citations)),
    fallback: fit(answer.answer, limits.fallback),
    interpretedAs: answer.interpretedAs ? fit(answer.interpretedAs, limits.interpretedAs) : null,
    note: note ? fit(note, limits.note) : null,
    examples: examples.slice(0, limits.examples).map((example) => fit(example, limits.example)),
    sources: answer.citations.map((c) => ({ n: c.n, label: fit(citationLabel(c), limits.sourceLabel), url: c.url })),
  };
}
