/** Sends the recorded Slack payloads in test/fixtures/slack/ to a harness, changed only where a test says. */
import { fixture, type Json } from '../support/fixtures.ts';
import type { Harness } from './harness.ts';
import { send } from './signing.ts';

/** An Events API envelope from a fixture (e.g. `event-app-mention`) with its own event id and changed event fields. */
export function recordedEvent(name: string, eventId: string, changes: Json = {}): Json {
  const envelope = fixture(`slack/${name}.json`);
  return { ...envelope, event_id: eventId, event: { ...(envelope.event as Json), ...changes } };
}

/** Delivers an envelope as Slack does (signed JSON); resolves with the HTTP status. */
export async function deliver(h: Harness, envelope: Json): Promise<number> {
  return (await send(h.url, JSON.stringify(envelope), 'application/json')).status;
}

/** The recorded `/ask` with `text`, answering to the fake's response URL `responseId`; resolves with the status. */
export async function askCommand(h: Harness, text: string, responseId: string, changes: Json = {}): Promise<number> {
  const recorded = fixture<Record<string, string>>('slack/command-ask.json');
  const fields = { ...recorded, text, response_url: h.api.responseUrl(responseId), ...changes };
  const form = new URLSearchParams(fields as Record<string, string>);
  return (await send(h.url, form.toString(), 'application/x-www-form-urlencoded')).status;
}

/**
 * A recorded block_actions payload (e.g. `block-actions-home-example`) with its first action changed; resolves with
 * the status.
 */
export async function click(h: Harness, name: string, action: Json, changes: Json = {}): Promise<number> {
  const payload = fixture(`slack/${name}.json`);
  const [recorded] = payload.actions as Json[];
  const clicked = { ...payload, ...changes, actions: [{ ...recorded, ...action }] };
  const form = new URLSearchParams({ payload: JSON.stringify(clicked) });
  return (await send(h.url, form.toString(), 'application/x-www-form-urlencoded')).status;
}
