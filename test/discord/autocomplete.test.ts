import { InteractionResponseType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/create-engine.ts';
import type { AskOptions, Engine } from '../../src/engine.ts';
import { bodyOf, route, startHarness, type Harness } from './harness.ts';
import { recordedAutocomplete } from './recorded.ts';

// Item 7 of issue 12: /ask's question is autocompleted from questions the bundled corpus answers.

/** The real engine, counting the questions it is asked (a keystroke must not be one). */
class CountingEngine implements Engine {
  asked = 0;
  constructor(readonly inner: Engine) {}
  get examples(): string[] {
    return this.inner.examples;
  }
  ask(question: string, options?: AskOptions) {
    this.asked++;
    return this.inner.ask(question, options);
  }
  sources() {
    return this.inner.sources();
  }
  stats() {
    return this.inner.stats();
  }
  close() {
    return this.inner.close();
  }
}

interface Choice {
  name: string;
  value: string;
}

let engine: CountingEngine;
let h: Harness;

beforeAll(async () => {
  engine = new CountingEngine(await createEngine());
  h = await startHarness(engine);
});
afterAll(async () => {
  await h.stop();
  await engine.close();
});

/** Sends the recorded autocomplete request with `typed`; resolves with the choices and how long they took. */
async function complete(typed: string): Promise<{ choices: Choice[]; ms: number }> {
  const started = performance.now();
  const token = recordedAutocomplete(h.fake, typed);
  const request = await h.fake.waitForRequest(route.callback(token));
  const callback = bodyOf<{ type: number; data: { choices: Choice[] } }>(request);
  expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
  return { choices: callback.data.choices, ms: performance.now() - started };
}

describe('/ask autocomplete', () => {
  it('offers up to 25 answerable questions before anything is typed, the engine’s examples first', async () => {
    const { choices } = await complete('');
    expect(choices.length).toBeGreaterThanOrEqual(engine.examples.length);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.slice(0, engine.examples.length).map((c) => c.value)).toEqual(engine.examples);
    for (const choice of choices) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.value.length).toBeLessThanOrEqual(100);
      expect((await engine.inner.ask(choice.value)).abstained).toBe(false);
    }
  });

  it('narrows the choices keystroke by keystroke, from a precomputed list, well inside Discord’s 3 s', async () => {
    const asked = engine.asked;
    let previous = Infinity;
    for (const typed of ['w', 'wh', 'who', 'who i', 'who is']) {
      const { choices, ms } = await complete(typed);
      expect(ms).toBeLessThan(1000);
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(previous);
      previous = choices.length;
      const words = new RegExp(`\\b${typed.split(' ').join('.*\\b')}`, 'u');
      for (const { value } of choices) expect(value.toLowerCase()).toMatch(words);
    }
    expect(engine.asked).toBe(asked);
  });

  it('matches words anywhere, ignoring case and mentions, and offers nothing for what it cannot match', async () => {
    const { choices } = await complete('@everyone REPORT');
    expect(choices.length).toBeGreaterThan(0);
    for (const { value } of choices) expect(value).toMatch(/\breport/iu);
    expect((await complete('zzzz qqqq')).choices).toEqual([]);
  });

  it('logs each keystroke at debug level only', async () => {
    await complete('wh');
    const [record] = await h.logs.waitFor((r) => r.event === 'discord_handled' && r.kind === 'autocomplete');
    expect(record).toMatchObject({ level: 20, outcome: 'autocomplete' });
  });
});
