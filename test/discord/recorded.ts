/** Dispatches the recorded Discord payloads in test/fixtures/discord/ to a fake Discord, changed only where asked. */
import { fixture, type Json } from '../support/fixtures.ts';
import type { FakeDiscord } from './fake-discord.ts';

/** The recorded /ask with the question `question` (and `private`, when given); returns the interaction's token. */
export function recordedAsk(fake: FakeDiscord, question: string, isPrivate?: boolean): string {
  const recorded = fixture('discord/interaction-ask.json');
  const options: Json[] = [{ value: question, type: 3, name: 'question' }];
  if (isPrivate !== undefined) options.push({ value: isPrivate, type: 5, name: 'private' });
  return fake.dispatchInteraction({ ...recorded, data: { ...(recorded.data as Json), options } });
}

/** The recorded autocomplete request of /ask with `typed` in the question so far; returns the interaction's token. */
export function recordedAutocomplete(fake: FakeDiscord, typed: string): string {
  const recorded = fixture('discord/interaction-ask-autocomplete.json');
  const options = [{ value: typed, type: 3, name: 'question', focused: true }];
  return fake.dispatchInteraction({ ...recorded, data: { ...(recorded.data as Json), options } });
}

/** The recorded message mentioning the bot, with `content` (the mention included); returns the message's id. */
export function recordedMention(fake: FakeDiscord, content: string, author?: Json): string {
  const recorded = fixture('discord/message-create-mention.json');
  return fake.dispatchMessage({ ...recorded, content, ...(author ? { author } : {}) });
}
