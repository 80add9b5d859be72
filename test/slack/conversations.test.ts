import { describe, expect, it } from 'vitest';
import { cannedAnswer, FakeEngine } from '../support/fake-engine.ts';
import { BOT } from './fake-slack-api.ts';
import {
  clickButton,
  expectValidBlocks,
  handled,
  sendCommand,
  sendEvent,
  shownText,
  useHarness,
  type Harness,
} from './harness.ts';

type Json = Record<string, unknown>;
type Button = { action_id: string; value: string; text: { text: string } };
type Block = { type: string; block_id?: string; elements?: Array<Button | { text: string }> };

const engine = new FakeEngine();
let h: Harness;

useHarness(engine, (started) => {
  h = started;
});

const THREAD = '1700000001.000100';
const mention = (channel: string, ts: string, text: string, threadTs?: string): Json => ({
  type: 'app_mention',
  user: 'U0ASKER',
  text: `<@${BOT.userId}> ${text}`,
  ts,
  channel,
  ...(threadTs ? { thread_ts: threadTs } : {}),
});

/** The conversation id the engine was given with the last question it was asked. */
const lastConversation = (): string | undefined => engine.asked.at(-1)?.options?.conversation;
/** The engine's record of the question asked most recently with this text. */
const askedAbout = (question: string) => engine.asked.findLast((entry) => entry.question === question);

const blocksOf = (message: Json | undefined): Block[] => (message?.blocks ?? []) as Block[];
const suggestionButtons = (message: Json | undefined): Button[] =>
  (blocksOf(message).find((b) => b.block_id === 'suggestions')?.elements ?? []) as Button[];

describe('conversation ids', () => {
  it('gives a follow-up mention in the same thread the same conversation as the first, and another thread another', async () => {
    await sendEvent(h.url, 'EvCONV1', mention('C0CONV', THREAD, 'What did IBM announce?'));
    await handled(h, 'EvCONV1');
    const first = lastConversation();
    expect(first).toBe(`slack:${BOT.teamId}:C0CONV:${THREAD}`);

    // The follow-up is a reply in the thread the bot's answer started under the first question.
    await sendEvent(h.url, 'EvCONV2', mention('C0CONV', '1700000005.000100', 'And Microsoft?', THREAD));
    await handled(h, 'EvCONV2');
    expect(askedAbout('And Microsoft?')?.options?.conversation).toBe(first);
    expect(h.api.callsTo('chat.postMessage', 'C0CONV').map((c) => c.args.thread_ts)).toEqual([THREAD, THREAD]);

    await sendEvent(h.url, 'EvCONV3', mention('C0CONV', '1700000009.000100', 'Why?'));
    await handled(h, 'EvCONV3');
    expect(askedAbout('Why?')?.options?.conversation).toBe(`slack:${BOT.teamId}:C0CONV:1700000009.000100`);
    await sendEvent(h.url, 'EvCONV4', mention('C0OTHER', '1700000010.000100', 'Why?', THREAD));
    await handled(h, 'EvCONV4');
    expect(lastConversation()).toBe(`slack:${BOT.teamId}:C0OTHER:${THREAD}`);
  });

  it('treats a direct message as one conversation, in its threads and out of them', async () => {
    const dm = (ts: string, text: string, threadTs?: string): Json => ({
      type: 'message',
      channel_type: 'im',
      user: 'U0ASKER',
      text,
      ts,
      channel: 'D0CONV',
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    await sendEvent(h.url, 'EvDM1', dm('1700000020.000100', 'What did IBM announce?'));
    await sendEvent(h.url, 'EvDM2', dm('1700000021.000100', 'And Microsoft?', '1700000020.000100'));
    await sendEvent(h.url, 'EvDM3', dm('1700000022.000100', 'Why?'));
    for (const id of ['EvDM1', 'EvDM2', 'EvDM3']) await handled(h, id);
    const conversations = engine.asked.slice(-3).map((entry) => entry.options?.conversation);
    expect(conversations).toEqual(Array(3).fill(`slack:${BOT.teamId}:D0CONV`));
    // Replies still go in a thread under each message (or in the thread it was sent in).
    expect(h.api.callsTo('chat.postMessage', 'D0CONV').map((c) => c.args.thread_ts)).toEqual([
      '1700000020.000100',
      '1700000020.000100',
      '1700000022.000100',
    ]);
  });

  it('gives /ask one conversation per person in a channel', async () => {
    await sendCommand(h, 'What did IBM announce?', 'conv-ask', 'C0ASKCONV');
    await h.api.until(() => h.api.responsesTo('conv-ask')[0]);
    expect(lastConversation()).toBe(`slack:${BOT.teamId}:C0ASKCONV:U0ASKER`);
  });
});

describe('suggested questions', () => {
  it('are buttons under the answer, within Slack’s limits, that ping no one', async () => {
    const long = `What did @here and <!channel> say about ${'the moratorium and its many consequences '.repeat(6)}?`;
    engine.respond = (question) =>
      cannedAnswer(question, { suggestions: ['Who is Jennifer Lee?', long, `x${'🎉'.repeat(60)}`, 'A fourth?'] });
    await sendEvent(h.url, 'EvSUGGEST', mention('C0SUGGEST', THREAD, 'How long is the moratorium?'));
    await handled(h, 'EvSUGGEST');
    const posted = h.api.callsTo('chat.postMessage', 'C0SUGGEST')[0]?.args;
    expectValidBlocks(posted?.blocks);
    const buttons = suggestionButtons(posted);
    expect(buttons.map((b) => b.action_id)).toEqual(['suggest_thread_0', 'suggest_thread_1', 'suggest_thread_2']);
    // The value is the whole question; the label is cut after a word, or between emoji, never inside one.
    expect(buttons.map((b) => b.value)).toEqual(['Who is Jennifer Lee?', long, `x${'🎉'.repeat(60)}`]);
    expect(buttons[1]?.text.text).toMatch(/^What did @\u2060here and <!channel> say about the moratorium .*\S…$/u);
    expect(buttons[2]?.text.text).toBe(`x${'🎉'.repeat(36)}…`);
    // The feedback buttons stay, last.
    expect(blocksOf(posted).at(-1)?.block_id).toBe('feedback');
  });

  it('a click answers the suggested question in the same thread, in the same conversation, showing the question', async () => {
    await sendEvent(h.url, 'EvCLICK', mention('C0CLICK', THREAD, 'What did IBM announce?'));
    await handled(h, 'EvCLICK');
    const original = lastConversation();
    const posted = h.api.callsTo('chat.postMessage', 'C0CLICK')[0]?.args;
    const [button] = suggestionButtons(posted);

    const message = { text: posted?.text, blocks: posted?.blocks };
    expect(
      await clickButton(
        h,
        { channel: 'C0CLICK', ts: '1700000100.000100', threadTs: THREAD, message },
        button!,
        'click',
      ),
    ).toBe(200);
    const reply = await h.api.until(() => h.api.callsTo('chat.postMessage', 'C0CLICK')[1]);
    expect(reply.args.thread_ts).toBe(THREAD);
    expect(askedAbout('Who is Jennifer Lee?')?.options?.conversation).toBe(original);
    expectValidBlocks(reply.args.blocks);
    expect(shownText(reply.args)).toContain('*Q:* Who is Jennifer Lee?');
    expect(h.api.responsesTo('click')).toEqual([]);
  });

  it('a click under a private /ask answer is answered privately through the response URL, in the same conversation', async () => {
    await sendCommand(h, 'private What did IBM announce?', 'private-ask', 'C0PRIV');
    const answer = await h.api.until(() => h.api.responsesTo('private-ask')[0]);
    const original = lastConversation();
    const [button] = suggestionButtons(answer.body);
    expect(button?.action_id).toBe('suggest_command_0');

    await clickButton(
      h,
      { channel: 'C0PRIV', ts: '1700000200.000100', ephemeral: true },
      button!,
      'private-click',
      'U0ASKER',
    );
    const reply = await h.api.until(() => h.api.responsesTo('private-click')[0]);
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(shownText(reply.body)).toContain('*Q:* Who is Jennifer Lee?');
    expect(askedAbout('Who is Jennifer Lee?')?.options?.conversation).toBe(original);
    expect(h.api.callsTo('chat.postMessage', 'C0PRIV')).toEqual([]);
  });

  it('a click under a public /ask answer is answered in the channel', async () => {
    await sendCommand(h, 'What did IBM announce?', 'public-ask', 'C0PUB');
    const answer = await h.api.until(() => h.api.responsesTo('public-ask')[0]);
    const original = lastConversation();
    const [button] = suggestionButtons(answer.body);
    await clickButton(
      h,
      { channel: 'C0PUB', ts: '1700000300.000100', message: answer.body },
      button!,
      'public-click',
      'U0ASKER',
    );
    const reply = await h.api.until(() => h.api.responsesTo('public-click')[0]);
    expect(reply.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(engine.asked.at(-1)).toEqual({
      question: 'Who is Jennifer Lee?',
      options: { conversation: original, user: `slack:${BOT.teamId}:U0ASKER` },
    });
  });
});

describe('a follow-up the core rewrote', () => {
  it('says what it was understood as, in a context line, escaped', async () => {
    engine.respond = (question) =>
      cannedAnswer(question, {
        interpretedAs: 'What did Microsoft <!here> announce?',
        answer: 'About Microsoft: it stopped selling to police. [1]',
      });
    await sendEvent(h.url, 'EvREWRITE', mention('C0REWRITE', '1700000400.000100', 'And Microsoft?'));
    await handled(h, 'EvREWRITE');
    const blocks = blocksOf(h.api.callsTo('chat.postMessage', 'C0REWRITE')[0]?.args);
    expectValidBlocks(blocks);
    expect(blocks.map((b) => b.type).slice(0, 2)).toEqual(['section', 'context']);
    expect(blocks[1]?.elements?.[0]).toMatchObject({
      text: 'Understood as: What did Microsoft &lt;!here&gt; announce?',
    });
  });
});
