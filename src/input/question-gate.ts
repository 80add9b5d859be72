import { z } from 'zod';
import { withoutInvisibles } from '../text/invisible.ts';
import { regex } from '../text/regex.ts';

/** Longest question accepted by default; longer input is almost always a paste, not a question. */
export const DEFAULT_MAX_QUESTION_CHARS = 500;

/** A question that passed the gate, or why it did not, in words for the user. */
export type GateResult =
  | { ok: true; question: string }
  | { ok: false; reason: 'empty-question' | 'question-too-long'; message: string };

// Mentions as Slack and Discord encode them in a message's text. They address people, rooms or commands, never the
// coverage, so they are removed for every front end alike.
// Slack: <@U…>, <@U…|name>, <#C…|name>, <!here>, <!channel>, <!everyone>, <!subteam^S…|@team>.
// Discord: <@…>, <@!…>, <@&…> (a role), <#…>, </command:id>, <id:browse> (server guide links).
// Both: the bare broadcast words, which Discord reads as pings and Slack users paste from elsewhere. A word joined to
// the @ on its left ("mail@here.com") is not a broadcast, unless that word is a broadcast too ("@everyone@here").
const MENTION_FORMS = [
  /<[@#][!&]?[\w.-]+(?:\|[^<>]*)?>/u,
  /<!(?:here|channel|everyone|subteam\^[\w.-]+)(?:\|[^<>]*)?>/u,
  /<\/[\w -]{1,100}:\d+>/u,
  /<id:\w+>/u,
  /(?<=^|[^\w@]|@(?:here|channel|everyone))@(?:here|channel|everyone)\b/u,
];
const MENTIONS = regex([MENTION_FORMS.map((form) => form.source).join('|')], 'giu');

/**
 * Normalizes a question the same way for every front end: NFKC, invisible and control characters out, mentions of
 * either chat platform out, spaces collapsed. Mentions go after the invisible characters, so "@\u200Beveryone"
 * is recognized too.
 */
export function normalizeQuestion(raw: string): string {
  return withoutInvisibles(raw.normalize('NFKC')).replace(MENTIONS, ' ').replace(/\s+/gu, ' ').trim();
}

// Built once: constructing a zod schema costs more than parsing a question with it.
const QUESTION_TEXT = z.string().catch('').transform(normalizeQuestion);

/**
 * Validates raw input as a question (zod): anything not a string, or only mentions, is empty, and the length limit
 * is stated when exceeded.
 */
export function gateQuestion(raw: unknown, maxChars = DEFAULT_MAX_QUESTION_CHARS): GateResult {
  const question = QUESTION_TEXT.parse(raw);
  if (!question) return { ok: false, reason: 'empty-question', message: 'Ask me a question about the coverage.' };
  const length = [...question].length;
  if (length > maxChars) {
    return {
      ok: false,
      reason: 'question-too-long',
      message:
        `That question is ${length} characters long; questions can be up to ${maxChars} characters. ` +
        'Please ask something shorter.',
    };
  }
  return { ok: true, question };
}
