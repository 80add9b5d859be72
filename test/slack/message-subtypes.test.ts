import { describe, expect, it } from 'vitest';
import { FILES_NOT_READ } from '../../adapters/slack/messages.ts';
import { FakeEngine } from '../support/fake-engine.ts';
import { expectValidBlocks, handled, shownText, useHarness, type Harness } from './harness.ts';
import { deliver, recordedEvent } from './recorded.ts';

// Item 2 of issue 12: direct messages a person writes with a subtype are answered; the rest stay ignored.
const engine = new FakeEngine();
let h: Harness;

useHarness(engine, (started) => {
  h = started;
});

describe('direct messages with a subtype, as Slack records them', () => {
  it('answers a file shared with a question, from its text, saying that files are not read', async () => {
    const envelope = recordedEvent('event-message-im-file-share', 'Ev0FILE', { channel: 'D0FILE' });
    expect(await deliver(h, envelope)).toBe(200);
    expect((await handled(h, 'Ev0FILE'))[0]).toMatchObject({ kind: 'dm', subtype: 'file_share', outcome: 'answered' });
    expect(engine.asked.at(-1)?.question).toBe('How long is the moratorium?');
    const [post] = h.api.callsTo('chat.postMessage', 'D0FILE');
    expect(post?.args.thread_ts).toBe('1700000003.000300');
    expectValidBlocks(post?.args.blocks);
    expect(shownText(post?.args ?? {})).toContain(FILES_NOT_READ);
    expect(shownText(post?.args ?? {})).toContain('one-year moratorium');
  });

  it('answers a file shared without text with the usage, also saying that files are not read', async () => {
    const asked = engine.asked.length;
    await deliver(h, recordedEvent('event-message-im-file-share', 'Ev0FILEONLY', { channel: 'D0FILEONLY', text: '' }));
    expect((await handled(h, 'Ev0FILEONLY'))[0]).toMatchObject({ outcome: 'usage' });
    expect(engine.asked).toHaveLength(asked);
    const shown = shownText(h.api.callsTo('chat.postMessage', 'D0FILEONLY')[0]?.args ?? {});
    expect(shown).toContain('Ask me a question about the news coverage');
    expect(shown).toContain(FILES_NOT_READ);
  });

  it('answers a thread reply also sent to the conversation, in its thread', async () => {
    await deliver(h, recordedEvent('event-message-im-thread-broadcast', 'Ev0BROADCAST', { channel: 'D0BROADCAST' }));
    expect((await handled(h, 'Ev0BROADCAST'))[0]).toMatchObject({ subtype: 'thread_broadcast', outcome: 'answered' });
    expect(engine.asked.at(-1)?.question).toBe('Which groups can still use Rekognition?');
    const [post] = h.api.callsTo('chat.postMessage', 'D0BROADCAST');
    expect(post?.args.thread_ts).toBe('1700000002.000200');
    expect(shownText(post?.args ?? {})).not.toContain(FILES_NOT_READ);
  });

  it.each([
    ['another app’s message', 'event-message-im-bot', 'subtype bot_message'],
    ['an edit', 'event-message-im-changed', 'subtype message_changed'],
    ['a deletion', 'event-message-im-deleted', 'subtype message_deleted'],
  ])('ignores %s: no reply, no question to the core', async (_what, name, reason) => {
    const asked = engine.asked.length;
    const eventId = `Ev0${name.toUpperCase()}`;
    expect(await deliver(h, recordedEvent(name, eventId, { channel: 'D0IGNORED' }))).toBe(200);
    expect((await handled(h, eventId))[0]).toMatchObject({ outcome: 'ignored', reason });
    expect(engine.asked).toHaveLength(asked);
    expect(h.api.callsTo('chat.postMessage', 'D0IGNORED')).toHaveLength(0);
  });

  it('ignores a file its own bot user shared', async () => {
    const own = recordedEvent('event-message-im-file-share', 'Ev0OWNFILE', { channel: 'D0IGNORED', user: 'UBOT' });
    await deliver(h, own);
    expect((await handled(h, 'Ev0OWNFILE'))[0]).toMatchObject({ outcome: 'ignored', reason: 'bot message' });
  });
});
