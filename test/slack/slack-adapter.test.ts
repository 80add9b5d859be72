import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/answer/answer-schema.ts';
import { cannedAnswer, FakeEngine } from '../support/fake-engine.ts';
import { BOT } from './fake-slack-api.ts';
import {
  clickButton,
  expectValidBlocks,
  handled,
  SIGNING_SECRET,
  sendCommand,
  sendEvent,
  shownText,
  useHarness,
  type Harness,
} from './harness.ts';

type Json = Record<string, unknown>;
type Element = { text?: string | { text: string }; value?: string; action_id?: string };
type Block = { type: string; block_id?: string; text?: { text: string }; elements?: Element[] };

const engine = new FakeEngine();
let h: Harness;

useHarness(engine, (started) => {
  h = started;
});

const TS = '1700000001.000100';
const mention = (channel: string, text: string, extra: Json = {}): Json => ({
  type: 'app_mention',
  user: 'U0ASKER',
  text,
  ts: TS,
  channel,
  ...extra,
});
const directMessage = (channel: string, text: string, extra: Json = {}): Json => ({
  type: 'message',
  channel_type: 'im',
  user: 'U0ASKER',
  text,
  ts: TS,
  channel,
  ...extra,
});
const blocksOf = (call: { args: Json } | undefined): Block[] => (call?.args.blocks ?? []) as Block[];
const contextText = (block: Block | undefined): string =>
  (block?.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : '')).join('\n');

describe('mentions and direct messages', () => {
  it('answers a mention with one threaded reply whose blocks carry the cited answer and the sources', async () => {
    const event = mention('C0MENTION', `<@${BOT.userId}> How long is the moratorium?`);
    expect(await sendEvent(h.url, 'Ev0MENTION', event)).toBe(200);
    const [record] = await handled(h, 'Ev0MENTION');
    expect(record?.outcome).toBe('answered');
    expect(engine.asked.at(-1)?.question).toBe('How long is the moratorium?');

    const posts = h.api.callsTo('chat.postMessage', 'C0MENTION');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.thread_ts).toBe(TS);
    const blocks = blocksOf(posts[0]);
    expectValidBlocks(blocks);
    const [answer, confidence, sources, suggestions, feedback] = blocks;
    expect(answer?.text?.text).toBe(
      'Amazon is imposing a one-year moratorium on police use of Rekognition. ' +
        '<https://www.buzzfeednews.com/article/example|[1]>[2]',
    );
    expect(contextText(confidence)).toBe('Confidence: high (90%)');
    expect(contextText(sources)).toBe(
      '<https://www.buzzfeednews.com/article/example|[1]> BuzzFeed News — ' +
        'Amazon Is Suspending Police Use Of Its Facial Recognition Tech For One Year, Jun 10, 2020\n' +
        '[2] KUOW — Amazon halts police use of its facial recognition technology, undated',
    );
    expect(suggestions?.elements?.map((e) => [e.action_id, e.value])).toEqual([
      ['suggest_thread_0', 'Who is Jennifer Lee?'],
      ['suggest_thread_1', 'What did IBM announce?'],
    ]);
    expect(feedback?.elements?.map((e) => e.action_id)).toEqual(['feedback_up', 'feedback_down']);
    expect(posts[0]?.args.text).toContain('one-year moratorium');
  });

  it('replies inside the thread a mention was made in', async () => {
    const event = mention('C0THREAD', `<@${BOT.userId}> and which groups?`, { thread_ts: '1699999999.000001' });
    await sendEvent(h.url, 'Ev0THREAD', event);
    await handled(h, 'Ev0THREAD');
    expect(h.api.callsTo('chat.postMessage', 'C0THREAD').map((c) => c.args.thread_ts)).toEqual(['1699999999.000001']);
  });

  it('answers a direct message with a reply in a thread under it', async () => {
    await sendEvent(h.url, 'Ev0DM', directMessage('D0DM', 'How long is the moratorium?'));
    const [record] = await handled(h, 'Ev0DM');
    expect(record).toMatchObject({ kind: 'dm', outcome: 'answered' });
    const posts = h.api.callsTo('chat.postMessage', 'D0DM');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.thread_ts).toBe(TS);
    expect(blocksOf(posts[0])[0]?.text?.text).toContain('one-year moratorium');
  });

  it('answers an empty mention with a friendly usage reply only the asker sees, without asking the core', async () => {
    const asked = engine.asked.length;
    await sendEvent(h.url, 'Ev0EMPTY', mention('C0EMPTY', `<@${BOT.userId}>  `));
    const [record] = await handled(h, 'Ev0EMPTY');
    expect(record).toMatchObject({ outcome: 'usage', ephemeral: true });
    expect(engine.asked).toHaveLength(asked);
    expect(h.api.callsTo('chat.postMessage', 'C0EMPTY')).toHaveLength(0);
    const [post] = h.api.callsTo('chat.postEphemeral', 'C0EMPTY');
    expect(post?.args).toMatchObject({ thread_ts: TS, user: 'U0ASKER' });
    expectValidBlocks(post?.args.blocks);
    const shown = shownText(post?.args ?? {});
    expect(shown).toContain('Ask me a question about the news coverage');
    expect(shown).toContain('`private` (or `--private`) shows the answer only to you');
    expect(shown).toContain('• How long is the moratorium?');
  });

  it('ignores bot messages, its own messages and edits: no reply, no question to the core', async () => {
    const asked = engine.asked.length;
    const skipped: Array<[string, Json]> = [
      ['Ev0BOTDM', directMessage('D0BOTS', 'hello', { subtype: 'bot_message', bot_id: 'B0OTHER', user: undefined })],
      ['Ev0SELF', directMessage('D0BOTS', 'Amazon…', { user: BOT.userId, bot_id: BOT.botId, ts: '1700000002.1' })],
      [
        'Ev0EDIT',
        {
          type: 'message',
          subtype: 'message_changed',
          channel_type: 'im',
          channel: 'D0BOTS',
          ts: '1700000003.000100',
          hidden: true,
          message: { type: 'message', user: 'U0ASKER', text: 'edited question?', ts: TS },
          previous_message: { type: 'message', user: 'U0ASKER', text: 'question?', ts: TS },
        },
      ],
      ['Ev0BOTMENTION', mention('C0BOTS', `<@${BOT.userId}> ping`, { bot_id: 'B0OTHER', user: 'U0OTHERBOT' })],
      ['Ev0EDITMENTION', mention('C0BOTS', `<@${BOT.userId}> edited`, { edited: { user: 'U0ASKER', ts: '4.1' } })],
    ];
    for (const [id, event] of skipped) expect(await sendEvent(h.url, id, event)).toBe(200);
    for (const [id] of skipped) expect((await handled(h, id))[0]?.outcome).toBe('ignored');
    expect(h.api.callsTo('chat.postMessage', 'D0BOTS')).toHaveLength(0);
    expect(h.api.callsTo('chat.postMessage', 'C0BOTS')).toHaveLength(0);
    expect(engine.asked).toHaveLength(asked);
  });

  it('never turns <!channel>, @here or user ids in a question into pings', async () => {
    // The coverage itself may quote a broadcast word; it is shown defused.
    engine.respond = (question) =>
      cannedAnswer(question, { answer: `You asked: ${question} A memo said @channel. [1]` });
    const pings = '<!everyone> <!subteam^S0TEAM|@editors> <#C0NEWS|news>';
    const text = `<@${BOT.userId}> does <!channel> know? @here <@U0SOMEONE> ${pings}`;
    await sendEvent(h.url, 'Ev0PINGS', mention('C0PINGS', text));
    await handled(h, 'Ev0PINGS');
    // Every mention is gone before the core sees the question, so no answer can echo one.
    expect(engine.asked.at(-1)?.question).toBe('does know?');
    await sendCommand(h, 'private <!here> and @channel?', 'pings');
    const response = await h.api.until(() => h.api.responsesTo('pings')[0]);

    for (const message of [h.api.callsTo('chat.postMessage', 'C0PINGS')[0]?.args ?? {}, response.body]) {
      const shown = shownText(message);
      expect(shown).toContain('You asked: ');
      // The only markup left is the citation link: no <!…> broadcasts, <@…> pings or <#…> links, no bare "@here".
      expect(shown.replaceAll('<https://www.buzzfeednews.com/article/example|[1]>', '')).not.toMatch(/[<>]/u);
      expect(shown).not.toMatch(/@(here|channel|everyone)/iu);
      expect(shown).toContain('@\u2060channel');
    }
  });

  it('keeps an answer far longer than Slack allows inside its limits', async () => {
    const citations: Citation[] = Array.from({ length: 400 }, (_, i) => ({
      n: i + 1,
      sourceId: `s${i}`,
      outlet: `Outlet ${i} & <Co>`,
      title: `A very long title ${'that goes on '.repeat(40)}`,
      url: `https://example.com/${'x'.repeat(200)}/${i}`,
      published: '2020-06-11',
      quote: 'q',
      listedBy: null,
    }));
    const answer = Array.from({ length: 400 }, (_, i) => `Sentence ${i} says <something> & more. [${i + 1}]`).join(' ');
    engine.respond = (question) =>
      cannedAnswer(question, { answer, citations, question: `${question} ${'why? '.repeat(2000)}` });
    await sendEvent(h.url, 'Ev0LONG', mention('C0LONG', `<@${BOT.userId}> tell me everything`));
    await sendCommand(h, 'tell me everything', 'long');
    await handled(h, 'Ev0LONG');
    const response = await h.api.until(() => h.api.responsesTo('long')[0]);

    for (const message of [h.api.callsTo('chat.postMessage', 'C0LONG')[0]?.args ?? {}, response.body]) {
      expectValidBlocks(message.blocks);
      const blocks = message.blocks as Block[];
      const section = blocks.find((b) => b.type === 'section')?.text?.text ?? '';
      // Cut after a whole sentence and its marker, never between them.
      expect(section).toMatch(/more\. <https:\/\/example\.com\/x+\/\d+\|\[\d+\]> …$/u);
      expect(shownText(message)).toContain('more sources');
    }
  });
});

describe('/ask', () => {
  it('answers through respond, visible in the channel and showing the question', async () => {
    expect(await sendCommand(h, 'How long is the moratorium?', 'public')).toBe(200);
    const response = await h.api.until(() => h.api.responsesTo('public')[0]);
    expect(response.body.response_type).toBe('in_channel');
    expectValidBlocks(response.body.blocks);
    const blocks = response.body.blocks as Block[];
    expect(contextText(blocks[0])).toBe('*Q:* How long is the moratorium?');
    expect(blocks[1]?.text?.text).toContain('one-year moratorium');
    expect(contextText(blocks[3])).toContain('BuzzFeed News — ');
  });

  it('answers `/ask private …` only to the asker (ephemeral), without the flag in the question', async () => {
    await sendCommand(h, 'PRIVATE   How long is the moratorium?', 'private');
    const response = await h.api.until(() => h.api.responsesTo('private')[0]);
    expect(response.body.response_type).toBe('ephemeral');
    expect(engine.asked.at(-1)?.question).toBe('How long is the moratorium?');
    expect((response.body.blocks as Block[])[1]?.text?.text).toContain('one-year moratorium');
  });

  it('shows the usage privately for an empty /ask', async () => {
    await sendCommand(h, '  ', 'empty');
    const response = await h.api.until(() => h.api.responsesTo('empty')[0]);
    expect(response.body.response_type).toBe('ephemeral');
    expect(shownText(response.body)).toContain('Ask me a question');
  });
});

describe('request verification', () => {
  const now = () => Math.floor(Date.now() / 1000);
  it.each([
    ['a bad signature', { signature: 'bad' as const }],
    ['a missing signature', { signature: 'missing' as const }],
    ['a stale timestamp', { timestamp: now() - 10 * 60 }],
  ])('answers a request with %s with 401 and posts nothing', async (_name, options) => {
    const [calls, responses, asked] = [h.api.calls.length, h.api.responses.length, engine.asked.length];
    expect(await sendEvent(h.url, 'Ev0FORGED', mention('C0FORGED', `<@${BOT.userId}> How long?`), options)).toBe(401);
    expect(h.api.calls).toHaveLength(calls);
    expect(h.api.responses).toHaveLength(responses);
    expect(engine.asked).toHaveLength(asked);
    expect(h.logs.records.filter((r) => r.eventId === 'Ev0FORGED')).toEqual([]);
  });
});

describe('exactly once', () => {
  it('answers an event delivered twice (even concurrently) once', async () => {
    const event = mention('C0TWICE', `<@${BOT.userId}> How long is the moratorium?`);
    await Promise.all([sendEvent(h.url, 'Ev0TWICE', event), sendEvent(h.url, 'Ev0TWICE', event)]);
    const records = await handled(h, 'Ev0TWICE', 2);
    expect(records.map((r) => r.outcome).sort()).toEqual(['answered', 'duplicate']);
    expect(h.api.callsTo('chat.postMessage', 'C0TWICE')).toHaveLength(1);
  });

  it('skips a retry (X-Slack-Retry-Num) of an event it already answered', async () => {
    const event = mention('C0RETRY', `<@${BOT.userId}> How long is the moratorium?`);
    await sendEvent(h.url, 'Ev0RETRY', event);
    await handled(h, 'Ev0RETRY');
    expect(await sendEvent(h.url, 'Ev0RETRY', event, { retryNum: 1 })).toBe(200);
    const records = await handled(h, 'Ev0RETRY', 2);
    expect(records[1]).toMatchObject({ outcome: 'duplicate', retryNum: 1 });
    expect(h.api.callsTo('chat.postMessage', 'C0RETRY')).toHaveLength(1);
  });

  it('answers one message once even when it arrives as two events (a mention in a DM)', async () => {
    await sendEvent(h.url, 'Ev0DMA', directMessage('D0BOTH', `<@${BOT.userId}> How long?`));
    await sendEvent(h.url, 'Ev0DMB', mention('D0BOTH', `<@${BOT.userId}> How long?`));
    expect((await handled(h, 'Ev0DMB'))[0]?.outcome).toBe('duplicate');
    expect(h.api.callsTo('chat.postMessage', 'D0BOTH')).toHaveLength(1);
  });
});

describe('feedback', () => {
  it('acknowledges a 👎 click, updates the message to show it was recorded, and logs the verdict', async () => {
    await sendEvent(h.url, 'Ev0FEEDBACK', mention('C0FEEDBACK', `<@${BOT.userId}> How long is the moratorium?`));
    await handled(h, 'Ev0FEEDBACK');
    const posted = h.api.callsTo('chat.postMessage', 'C0FEEDBACK')[0]?.args ?? {};
    const blocks = posted.blocks as Block[];
    const down = blocks.find((b) => b.block_id === 'feedback')?.elements?.find((e) => e.action_id === 'feedback_down');

    const where = { channel: 'C0FEEDBACK', ts: '1700000100.000100', message: { text: posted.text, blocks } };
    const status = await clickButton(h, where, down ?? {}, 'feedback');
    expect(status).toBe(200);

    const update = await h.api.until(() => h.api.responsesTo('feedback')[0]);
    expect(update.body.replace_original).toBe(true);
    const updated = update.body.blocks as Block[];
    expectValidBlocks(updated);
    // Only the feedback buttons go: the suggested questions can still be asked.
    expect(updated.filter((b) => b.type === 'actions').map((b) => b.block_id)).toEqual(['suggestions']);
    expect(contextText(updated.at(-1))).toBe('👎 Feedback recorded. Thank you!');
    expect(updated.slice(0, -1)).toEqual(blocks.slice(0, -1));

    const [logged] = await h.logs.waitFor((r) => r.event === 'feedback');
    const verdict = { question: 'How long is the moratorium?', answerId: 'ans-1', verdict: 'down', user: 'U0CLICKER' };
    expect(logged).toMatchObject(verdict);
  });

  it('thanks the clicker privately when the answer was ephemeral (Slack sends no blocks back)', async () => {
    const value = JSON.stringify({ answerId: 'ans-eph', question: 'Which groups?' });
    const button = { action_id: 'feedback_up', block_id: 'feedback', value };
    await clickButton(h, { channel: 'C0CMD', ts: '1700000200.000100', ephemeral: true }, button, 'feedback-ephemeral');
    const note = await h.api.until(() => h.api.responsesTo('feedback-ephemeral')[0]);
    const thanks = { replace_original: false, response_type: 'ephemeral', text: 'Feedback recorded. Thank you!' };
    expect(note.body).toMatchObject(thanks);
    const [logged] = await h.logs.waitFor((r) => r.answerId === 'ans-eph');
    expect(logged).toMatchObject({ event: 'feedback', verdict: 'up' });
  });
});

describe('failures', () => {
  it('apologises when the core fails, in the thread and to the /ask asker, instead of going silent', async () => {
    engine.respond = () => {
      throw new Error('index exploded');
    };
    await sendEvent(h.url, 'Ev0FAIL', mention('C0FAIL', `<@${BOT.userId}> How long is the moratorium?`));
    await sendCommand(h, 'How long is the moratorium?', 'fail');
    expect((await handled(h, 'Ev0FAIL'))[0]?.outcome).toBe('failed');
    const [post] = h.api.callsTo('chat.postMessage', 'C0FAIL');
    expect(post?.args.thread_ts).toBe(TS);
    expect(post?.args.text).toMatch(/^Sorry, something went wrong/u);
    const response = await h.api.until(() => h.api.responsesTo('fail')[0]);
    expect(response.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(response.body.text)).toMatch(/^Sorry/u);
    expect(h.logs.records.filter((r) => r.event === 'slack_core_failed').map((r) => r.err)).toContain('index exploded');
  });
});

describe('the whole session', () => {
  it('resolved its identity with one auth.test at start, and never logged a secret', () => {
    expect(h.api.callsTo('auth.test')).toHaveLength(1);
    const logged = JSON.stringify(h.logs.records);
    expect(logged).not.toContain('xoxb-test-token');
    expect(logged).not.toContain(SIGNING_SECRET);
  });
});
