import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import type { Json } from '../support/fixtures.ts';
import { BOT } from './fake-slack-api.ts';
import { expectValidBlocks, handled, shownText, type Harness, useRealEngine } from './harness.ts';
import { click, deliver, recordedEvent } from './recorded.ts';

// Item 6 of issue 12: the Home tab, built from the real engine on the bundled corpus.
let engine: Engine;
let h: Harness;
useRealEngine((started, harness) => {
  engine = started;
  h = harness;
});

type Block = Json & { type: string; text?: { text: string }; elements?: Json[] };

/** Opens the Home tab as the recorded event does and resolves with the view the bot published. */
async function openHome(eventId: string, user: string): Promise<{ blocks: Block[]; private_metadata: string }> {
  expect(await deliver(h, recordedEvent('event-app-home-opened', eventId, { user }))).toBe(200);
  const publish = await h.api.until(() => h.api.callsTo('views.publish').find((call) => call.args.user_id === user));
  return publish.args.view as { blocks: Block[]; private_metadata: string };
}

describe('the App Home tab', () => {
  it('shows what the bot covers, how to ask, and three answerable example questions as buttons', async () => {
    const view = await openHome('Ev0HOME1', 'U0HOME');
    expectValidBlocks(view.blocks, 100);
    const shown = shownText({ text: '', blocks: view.blocks });
    const outlets = [...new Set(engine.sources().map((s) => s.outlet))];
    const sources = engine.sources().length;
    expect(shown).toContain(`${sources} sources from ${outlets.length} outlets, Jun 10, 2020 – Jun 13, 2020: `);
    expect(shown).toContain(outlets.slice(0, 3).join(', '));
    expect(shown).toContain(`Mention <@${BOT.userId}>`);
    expect(shown).toContain('Send me a direct message');
    expect(shown).toContain('`/ask private your question` (or `--private`)');

    const buttons = view.blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as Json[]);
    expect(buttons.map((b) => b.action_id)).toEqual(['home_example_0', 'home_example_1', 'home_example_2']);
    // Drawn from the corpus: the engine answers every one of them.
    for (const button of buttons) expect((await engine.ask(String(button.value))).abstained).toBe(false);
    expect(view.private_metadata).toBe('D0ASKER');
    expect((await handled(h, 'Ev0HOME1'))[0]).toMatchObject({ kind: 'home', outcome: 'published', user: 'U0HOME' });
  });

  it('leaves the Messages tab alone', async () => {
    const published = h.api.callsTo('views.publish').length;
    await deliver(h, recordedEvent('event-app-home-opened', 'Ev0HOMEMSG', { user: 'U0MSGTAB', tab: 'messages' }));
    await openHome('Ev0HOMEAFTER', 'U0AFTER');
    expect(h.api.callsTo('views.publish').map((call) => call.args.user_id)).not.toContain('U0MSGTAB');
    expect(h.api.callsTo('views.publish')).toHaveLength(published + 1);
  });

  it('answers a clicked example in the direct message with the bot, showing the question', async () => {
    const view = await openHome('Ev0HOME2', 'U0CLICK');
    const [first] = view.blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as Json[]);
    const question = String(first?.value);
    const changes = {
      view: { type: 'home', id: 'V0HOME', private_metadata: 'D0CLICK' },
      user: { id: 'U0CLICK', team_id: 'T0TEST' },
    };
    const action = { action_id: first?.action_id, value: question };
    expect(await click(h, 'block-actions-home-example', action, changes)).toBe(200);
    const [post] = await h.api.until(() => {
      const posts = h.api.callsTo('chat.postMessage', 'D0CLICK');
      return posts.length > 0 && posts;
    });
    expect(post?.args.thread_ts).toBeUndefined();
    expectValidBlocks(post?.args.blocks);
    const shown = shownText(post?.args ?? {});
    expect(shown).toContain(`*Q:* ${question}`);
    expect(shown).toMatch(/Confidence: (high|medium|low) \(\d+%\)/u);
    const record = await h.logs.first((r) => r.kind === 'home_example');
    expect(record).toMatchObject({ outcome: 'answered', channel: 'D0CLICK' });
  });
});
