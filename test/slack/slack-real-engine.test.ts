import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../adapters/slack/mrkdwn.ts';
import type { Engine } from '../../src/engine.ts';
import { citationLabel } from '../../src/format.ts';
import { BOT } from './fake-slack-api.ts';
import { expectValidBlocks, handled, sendEvent, shownText, type Harness, useRealEngine } from './harness.ts';

// The real core on the bundled corpus, behind the real Bolt app: what a user in Slack would actually see.
let engine: Engine;
let h: Harness;
useRealEngine((started, harness) => {
  engine = started;
  h = harness;
});

const mention = (channel: string, question: string) => ({
  type: 'app_mention',
  user: 'U0ASKER',
  text: `<@${BOT.userId}> ${question}`,
  ts: '1700000001.000100',
  channel,
});

describe('Slack adapter with the real engine', () => {
  it('answers a question about the coverage with linked citations and the sources listed', async () => {
    const question = 'How long is the moratorium?';
    await sendEvent(h.url, 'EvREAL1', mention('C0REAL1', question));
    expect((await handled(h, 'EvREAL1'))[0]?.outcome).toBe('answered');
    const [post] = h.api.callsTo('chat.postMessage', 'C0REAL1');
    expectValidBlocks(post?.args.blocks);
    const shown = shownText(post?.args ?? {});

    const expected = await engine.ask(question);
    expect(expected.citations.length).toBeGreaterThan(0);
    for (const citation of expected.citations) {
      expect(shown).toContain(escapeMrkdwn(citationLabel(citation)));
      if (citation.url) expect(shown).toContain(`<${citation.url}|[${citation.n}]>`);
    }
  });

  it('abstains on an off-topic question with a friendly message and example questions, no sources', async () => {
    await sendEvent(h.url, 'EvREAL2', mention('C0REAL2', 'What is the weather in Paris?'));
    expect((await handled(h, 'EvREAL2'))[0]?.outcome).toBe('abstained');
    const [post] = h.api.callsTo('chat.postMessage', 'C0REAL2');
    const blocks = post?.args.blocks as Array<{ type: string }>;
    expectValidBlocks(blocks);
    expect(blocks.map((b) => b.type)).not.toContain('context');
    for (const example of engine.examples.slice(0, 2))
      expect(shownText(post?.args ?? {})).toContain(escapeMrkdwn(example));
  });
});
