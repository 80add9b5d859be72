/** Requests signed the way Slack signs them, for the tests and the load script (no test-runner imports here). */
import { createHmac } from 'node:crypto';
import { BOT } from './fake-slack-api.ts';

/** The signing secret the test app is configured with (never a real one). */
export const SIGNING_SECRET = '0123456789abcdef0123456789abcdef';

/** How to sign a request: properly, with a wrong secret, not at all, or with a timestamp from the past. */
export interface SendOptions {
  signature?: 'valid' | 'bad' | 'missing';
  /** Seconds since the epoch for x-slack-request-timestamp (default: now). */
  timestamp?: number;
  /** Sets X-Slack-Retry-Num, as Slack does when it redelivers an event. */
  retryNum?: number;
}

/** Headers signing a raw body the way Slack signs: v0= HMAC-SHA256 of "v0:timestamp:body". */
export function signedHeaders(body: string, contentType: string, options: SendOptions = {}): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const secret = options.signature === 'bad' ? 'not-the-signing-secret' : SIGNING_SECRET;
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
  };
  if (options.signature !== 'missing') {
    headers['x-slack-signature'] = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  }
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return headers;
}

/** POSTs a raw body to the bot, signed as {@link signedHeaders} signs it. */
export async function send(
  url: string,
  body: string,
  contentType: string,
  options: SendOptions = {},
): Promise<Response> {
  return fetch(url, { method: 'POST', headers: signedHeaders(body, contentType, options), body });
}

/** An Events API envelope around `event`, as Slack delivers it. */
export function eventEnvelope(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: BOT.teamId,
    api_app_id: 'A0TEST',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    event: { event_ts: event.ts, ...event },
    authorizations: [
      { enterprise_id: null, team_id: BOT.teamId, user_id: BOT.userId, is_bot: true, is_enterprise_install: false },
    ],
  });
}

/** Sends one event; resolves with the HTTP status. */
export async function sendEvent(
  url: string,
  eventId: string,
  event: Record<string, unknown>,
  options: SendOptions = {},
): Promise<number> {
  const response = await send(url, eventEnvelope(eventId, event), 'application/json', options);
  // An unread body holds its connection until garbage collection; reading it frees the connection for the next event.
  await response.arrayBuffer();
  return response.status;
}
