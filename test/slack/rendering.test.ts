import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderAnswer, renderNotice, renderUsage } from '../../adapters/slack/blocks.ts';
import { markFeedbackRecorded } from '../../adapters/slack/feedback.ts';
import { parseAskText } from '../../adapters/slack/ask-command.ts';
import { fitCited } from '../../adapters/shared/fit-answer.ts';
import { escapeMrkdwn, plainFromSlack, questionFromMessage, slackLink } from '../../adapters/slack/mrkdwn.ts';
import type { Answer, Citation } from '../../src/answer/answer-schema.ts';
import { cannedAnswer } from '../support/fake-engine.ts';
import { hostileOrHuge, hostileText, MASS_PING } from '../support/hostile-text.ts';
import { expectValidBlocks, shownText } from './harness.ts';

describe('mrkdwn', () => {
  it('escapes &, < and > and defuses broadcast words', () => {
    expect(escapeMrkdwn('a & b <!here> <@U1> @channel @Everyone x@heretic')).toBe(
      'a &amp; b &lt;!here&gt; &lt;@U1&gt; @\u2060channel @\u2060Everyone x@\u2060heretic',
    );
  });

  it('builds links whose URL cannot end the link early', () => {
    expect(slackLink('https://x.test/a?b=1&c=<2>|3', '[1]')).toBe('<https://x.test/a?b=1&amp;c=&lt;2&gt;%7C3|[1]>');
  });

  it('reads links and entities as plain text, leaving mentions for the core gate, which removes them all', () => {
    const mentions = '<@U1|ann> in <#C1|news> <!here> <!subteam^S1|@eds>';
    const text = `${mentions} <https://a.test|site> <https://b.test> &lt;tag&gt; &amp;`;
    expect(plainFromSlack(text)).toBe(`${mentions} site https://b.test <tag> &`);
    const message = '<@UBOT>  what did <@U2> say?\n <@UBOT|bot> <!date^1392734382^{date}|Feb 18>';
    expect(questionFromMessage(message)).toBe('what did say? Feb 18');
  });

  it('reads /ask flags as whole words at the start only', () => {
    const asked = (question: string, ephemeral = false) => ({ question, ephemeral, help: false });
    expect(parseAskText(' private how long?')).toEqual(asked('how long?', true));
    expect(parseAskText('--PRIVATE how long?')).toEqual(asked('how long?', true));
    expect(parseAskText('Private')).toEqual(asked('', true));
    expect(parseAskText('privately owned firms?')).toEqual(asked('privately owned firms?'));
    const equity = 'private-equity firms and face recognition';
    expect(parseAskText(equity)).toEqual(asked(equity));
    expect(parseAskText('how private is it? --private')).toEqual(asked('how private is it? --private'));
    expect(parseAskText(' --help ')).toEqual({ question: '', ephemeral: true, help: true });
    expect(parseAskText('help me with the moratorium')).toEqual(asked('help me with the moratorium'));
  });
});

describe('fitCited', () => {
  it('cuts after a sentence and its markers, never between them', () => {
    const text = 'First claim. [1] Second claim. [2][3] Third claim. [4]';
    expect(fitCited(text, 45, (t) => t)).toBe('First claim. [1] Second claim. [2][3] …');
    expect(fitCited(text, 100, (t) => t)).toBe(text);
  });
});

describe('renderAnswer', () => {
  it('renders an abstention as a short message listing only the examples its text does not already quote', () => {
    const answer = cannedAnswer('weather?', {
      answer: 'The coverage doesn’t mention the weather. You could ask “How long is the moratorium?”.',
      abstained: true,
      abstainReason: 'unknown-subject',
      confidence: 0,
      citations: [],
      examples: ['How long is the moratorium?', 'Which groups can still use Rekognition?'],
      suggestions: [],
    });
    const { blocks } = renderAnswer(answer);
    expectValidBlocks(blocks);
    expect(blocks.map((b) => b.type)).toEqual(['section', 'section', 'actions']);
    expect(shownText({ blocks })).toContain('Try asking:\n• Which groups can still use Rekognition?');
    expect(shownText({ blocks })).not.toContain('• How long');
  });

  it('shows the calibrated confidence under an answer, rounded, and none under an abstention', () => {
    const answered = renderAnswer(cannedAnswer('q', { confidence: 0.82 }));
    expect(shownText(answered).split('\n')).toContain('Confidence: high (80%)');
    const abstention: Partial<Answer> = {
      abstained: true,
      abstainReason: 'weak-evidence',
      confidence: 0.82,
      citations: [],
    };
    const abstained = renderAnswer(cannedAnswer('q', abstention));
    expect(shownText(abstained)).not.toMatch(/confidence|%/iu);
  });

  it('swaps only the buttons for the recorded note', () => {
    const { blocks } = renderAnswer(cannedAnswer('q'));
    const marked = markFeedbackRecorded(blocks, 'up');
    expect(marked.slice(0, -1)).toEqual(blocks.slice(0, -1));
    const recorded = { type: 'context', elements: [{ text: '👍 Feedback recorded. Thank you!' }] };
    expect(marked.at(-1)).toMatchObject(recorded);
  });

  // Text full of Slack's special characters, broadcast words, markers and long runs.
  const nasty = fc.stringMatching(
    /^(?:[a-z .,!?&<>|@[\]\d\n]|<!channel>|@here|@everyone|<@U1>|\[\d\]|Sentence\. ){0,400}$/u,
  );
  const citation = fc.record({
    n: fc.integer({ min: 1, max: 60 }),
    sourceId: fc.constant('s'),
    outlet: nasty.map((s) => `O${s}`),
    title: nasty.map((s) => `T${s}`),
    url: fc.option(fc.webUrl(), { nil: null }),
    published: fc.option(fc.constant('2020-06-10'), { nil: null }),
    quote: fc.constant('q'),
    listedBy: fc.option(nasty, { nil: null }),
  }) satisfies fc.Arbitrary<Citation>;

  it('always yields valid blocks with no markup but its own citation links, however long or hostile the input', () => {
    fc.assert(
      fc.property(
        nasty,
        nasty,
        fc.array(citation, { maxLength: 120 }),
        fc.boolean(),
        fc.boolean(),
        (question, text, citations, abstained, showQuestion) => {
          const parts = { answer: `${text}${text}${text}x`, citations, abstained, examples: [question, 'e'] };
          const answer: Answer = cannedAnswer(question, parts);
          const message = renderAnswer(answer, { showQuestion });
          expectValidBlocks(message.blocks);
          expect(message.text.length).toBeLessThanOrEqual(3000);
          const shown = shownText(message);
          const withoutLinks = shown.replace(/<[^<>|]+\|\[\d+\]>/gu, '');
          expect(withoutLinks).not.toMatch(/[<>]/u);
          expect(shown).not.toMatch(/@(here|channel|everyone)/iu);
        },
      ),
      // A fixed seed keeps the run deterministic; change it locally to explore further.
      { numRuns: 150, seed: 20200610 },
    );
  });
});

describe('rendering hostile input', () => {
  type Json = Record<string, unknown>;
  const buttonsOf = (blocks: unknown): Json[] =>
    (blocks as Json[]).filter((b) => b.type === 'actions').flatMap((b) => b.elements as Json[]);
  const hostileCitation = fc.record({
    n: fc.integer({ min: 1, max: 60 }),
    sourceId: fc.constant('s'),
    outlet: hostileText(8).map((s) => `O${s}`),
    title: hostileText(8).map((s) => `T${s}`),
    url: fc.option(fc.webUrl(), { nil: null }),
    published: fc.option(fc.constant('2020-06-10'), { nil: null }),
    quote: fc.constant('q'),
    listedBy: fc.option(hostileText(4), { nil: null }),
  }) satisfies fc.Arbitrary<Citation>;
  const hostileAnswer = fc
    .record({
      question: hostileOrHuge(),
      answer: hostileOrHuge().map((t) => `${t}x`),
      abstained: fc.boolean(),
      citations: fc.array(hostileCitation, { maxLength: 30 }),
      examples: fc.array(hostileText(10), { maxLength: 4 }),
      suggestions: fc.array(hostileOrHuge(10), { maxLength: 5 }),
      interpretedAs: fc.option(hostileOrHuge(), { nil: null }),
    })
    .map((parts) => cannedAnswer(parts.question, parts));

  /** Asserts a message fits Slack's limits, its buttons included, and can notify nobody. */
  function expectSafe(message: { text: string; blocks: unknown }): void {
    expectValidBlocks(message.blocks);
    expect(message.text.length).toBeLessThanOrEqual(3000);
    const shown = shownText(message);
    // Only the bot's own citation links are markup: no <!…> broadcasts, <@…> pings, <#…> or smuggled links.
    expect(shown.replace(/<[^<>|]+\|\[\d+\]>/gu, '')).not.toMatch(/[<>]/u);
    expect(shown).not.toMatch(MASS_PING);
    const buttons = buttonsOf(message.blocks);
    expect(new Set(buttons.map((b) => b.action_id)).size).toBe(buttons.length);
    for (const button of buttons) {
      const label = String((button.text as Json).text);
      expect(label.length).toBeGreaterThan(0);
      expect(label).not.toMatch(MASS_PING);
    }
  }

  it('keeps answers with suggestion buttons and "Understood as" inside the limits, pinging nobody', () => {
    const routes = fc.constantFrom('thread' as const, 'command' as const);
    fc.assert(
      fc.property(hostileAnswer, fc.boolean(), routes, (answer, showQuestion, suggestionRoute) => {
        const message = renderAnswer(answer, { showQuestion, suggestionRoute });
        expectSafe(message);
        // Every suggestion that fits a button value is offered as it is, so a click asks exactly that question.
        const offered = buttonsOf(message.blocks)
          .filter((b) => String(b.action_id).startsWith('suggest_'))
          .map((b) => b.value);
        expect(offered).toEqual(answer.suggestions.filter((q) => q.trim() !== '' && q.length <= 2000).slice(0, 3));
      }),
      { numRuns: 200, seed: 20200611 },
    );
  });

  it('keeps notices (rate limits, length, restarts) and the usage text inside the limits, pinging nobody', () => {
    fc.assert(
      fc.property(hostileOrHuge(), fc.array(hostileText(10), { maxLength: 5 }), (text, examples) => {
        expectSafe(renderNotice(`${text}x`));
        expectSafe(renderUsage(examples));
      }),
      { numRuns: 150, seed: 20200612 },
    );
  });
});
