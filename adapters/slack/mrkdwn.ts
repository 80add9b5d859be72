/**
 * Slack's text markup in both directions: escaping what the bot sends (so corpus and user text can never
 * become links, pings or broadcasts) and reading what users send (so the core sees a plain question).
 */

import { normalizeQuestion } from '../../src/index.ts';
import { defuseBroadcasts } from '../shared/labels.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Escapes text for mrkdwn: `&`, `<`, `>` become entities and "@here"-style words can never notify anyone. */
export function escapeMrkdwn(text: string): string {
  return defuseBroadcasts(text.replace(/[&<>]/gu, (c) => ENTITIES[c] ?? c));
}

/** A mrkdwn link to `url` showing `label` (already escaped); `|` in the URL would end it early, so it is encoded. */
export function slackLink(url: string, label: string): string {
  return `<${url.replace(/[&<>]/gu, (c) => ENTITIES[c] ?? c).replace(/\|/gu, '%7C')}|${label}>`;
}

// Mentions Slack encodes in a message: people (<@U…>), channels (<#C…>) and broadcasts (<!here>, <!subteam^…>).
const MENTION_TARGET = /^(?:[@#]|!(?:here|channel|everyone|subteam)\b)/u;

/**
 * Turns Slack's markup in a user's message into text for the core: `<https://x|label>` → "label", `<https://b>` →
 * "https://b", entities decoded. Mentions stay as Slack wrote them, because the core's input gate removes every
 * mention form of every platform; read as "@ann" they would look like words of the question.
 */
export function plainFromSlack(text: string): string {
  const plain = text.replace(/<([^<>|]*)(?:\|([^<>]*))?>/gu, (whole, target: string, label: string | undefined) => {
    if (MENTION_TARGET.test(target)) return whole;
    // Other specials (<!date^…|label>) read as their label; without one they carry nothing to read.
    return label ?? (target.startsWith('!') ? ' ' : target);
  });
  return plain.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');
}

/** The question in a message or command: markup made plain, then normalized by the core's gate (mentions out). */
export function questionFromMessage(text: string): string {
  return normalizeQuestion(plainFromSlack(text));
}
