/**
 * Slack's text markup in both directions: escaping what the bot sends (so corpus and user text can never
 * become links, pings or broadcasts) and reading what users send (so the core sees a plain question).
 */

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

/**
 * Turns Slack's markup in a user's message into plain text for the core: `<@U1|ann>` → "@ann", `<#C1|news>` →
 * "#news", `<!here>` → "@here", `<https://x|label>` → "label", entities decoded.
 */
export function plainFromSlack(text: string): string {
  const plain = text.replace(/<([^<>|]*)(?:\|([^<>]*))?>/gu, (_whole, target: string, label: string | undefined) => {
    if (target.startsWith('@') || target.startsWith('#')) return label ? `${target[0]}${label.replace(/^[@#]/u, '')}` : target;
    if (target.startsWith('!')) return label ?? `@${target.slice(1).split('^')[0]}`;
    return label ?? target;
  });
  return plain.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');
}

/** The question in a message addressed to the bot: its mentions removed, markup made plain, whitespace collapsed. */
export function questionFromMessage(text: string, botUserId: string | undefined): string {
  const withoutBot = botUserId ? text.replaceAll(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'gu'), ' ') : text;
  return plainFromSlack(withoutBot).replace(/\s+/gu, ' ').trim();
}
