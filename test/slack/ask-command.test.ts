import { describe, expect, it } from 'vitest';
import { FakeEngine } from '../support/fake-engine.ts';
import { shownText, useHarness, type Harness } from './harness.ts';
import { askCommand } from './recorded.ts';

// Item 3 of issue 12: /ask flags are whole words at the start, not prefixes.
const engine = new FakeEngine();
let h: Harness;

useHarness(engine, (started) => {
  h = started;
});

/** Sends the recorded /ask with `text` and resolves with the bot's response. */
async function ask(text: string, responseId: string): Promise<Record<string, unknown>> {
  expect(await askCommand(h, text, responseId)).toBe(200);
  return (await h.api.until(() => h.api.responsesTo(responseId)[0])).body;
}

describe('/ask flags', () => {
  it.each([
    ['private-equity firms and face recognition', 'private-equity firms and face recognition'],
    ['privately held firms?', 'privately held firms?'],
    ['Is the moratorium private --private', 'Is the moratorium private --private'],
  ])('reads "%s" as a question, answered in the channel', async (text, question) => {
    const response = await ask(text, `words-${text.length}`);
    expect(response.response_type).toBe('in_channel');
    expect(engine.asked.at(-1)?.question).toBe(question);
  });

  it.each([
    ['private How long is the moratorium?'],
    ['--private How long is the moratorium?'],
    ['  PRIVATE\tHow long is the moratorium?'],
  ])('reads the flag in "%s" and answers only the asker', async (text) => {
    const response = await ask(text, `flag-${text.length}`);
    expect(response.response_type).toBe('ephemeral');
    expect(engine.asked.at(-1)?.question).toBe('How long is the moratorium?');
  });

  it('shows the usage, which documents the flags, for /ask help and /ask --help, without asking the core', async () => {
    const asked = engine.asked.length;
    for (const text of ['help', '--help']) {
      const response = await ask(text, `help-${text}`);
      expect(response.response_type).toBe('ephemeral');
      expect(shownText(response)).toContain('`private` (or `--private`) shows the answer only to you');
    }
    expect(engine.asked).toHaveLength(asked);
  });
});
