import fc from 'fast-check';
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { embedLength, LIMITS } from '../../adapters/discord/embed-text.ts';
import { answerEmbed, sourcesEmbed } from '../../adapters/discord/render.ts';
import { answerMessage, notice, textMessage, type MessageBody } from '../../adapters/discord/replies.ts';
import type { Answer, Citation } from '../../src/answer/answer-schema.ts';
import type { SourceSummary } from '../../src/corpus/source.ts';
import { cannedAnswer, FakeEngine } from '../support/fake-engine.ts';
import { hostileOrHuge, hostileText, MASS_PING } from '../support/hostile-text.ts';

/** Asserts every Discord embed limit. */
function expectWithinLimits(embed: APIEmbed): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeGreaterThan(0);
    expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(field.value.length).toBeGreaterThan(0);
    expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
  expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
}

// Text with the characters that grow when escaped or linked: markdown, brackets, citation markers.
const prose = (maxLength: number) =>
  fc
    .array(
      fc.oneof(fc.constantFrom('. ', '* ', '_', '[1]', '[12]', '](', '\n', '> ', '`'), fc.string({ maxLength: 30 })),
      { maxLength },
    )
    .map((parts) => parts.join(''));
const nonEmpty = (maxLength: number) => prose(maxLength).map((text) => `x${text}`);

const citation: fc.Arbitrary<Citation> = fc.record({
  n: fc.integer({ min: 1, max: 120 }),
  sourceId: fc.constant('source'),
  outlet: nonEmpty(40),
  title: nonEmpty(60),
  url: fc.option(fc.string({ maxLength: 2000 }).map((path) => `https://example.com/${path}`)),
  published: fc.option(fc.constantFrom('2020-06-10', '1999-01-31')),
  quote: nonEmpty(100),
  listedBy: fc.option(nonEmpty(10)),
});

const answer: fc.Arbitrary<Answer> = fc
  .record({
    question: nonEmpty(40),
    answer: nonEmpty(400),
    abstained: fc.boolean(),
    citations: fc.array(citation, { maxLength: 40 }),
    examples: fc.array(nonEmpty(30), { maxLength: 8 }),
  })
  .map((parts) => cannedAnswer(parts.question, parts));

describe('answerEmbed', () => {
  it('stays within every Discord limit however long the answer, its sources and their URLs', () => {
    const withinLimits = fc.property(answer, (generated) => expectWithinLimits(answerEmbed(generated, ['Fallback?'])));
    fc.assert(withinLimits, { numRuns: 300 });
  });

  it('cuts a long answer after a whole sentence and marks the cut', () => {
    const sentence = 'Amazon paused police use of Rekognition for a year. ';
    const embed = answerEmbed(cannedAnswer('q', { answer: sentence.repeat(200), citations: [] }), []);
    expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(embed.description).toMatch(/Rekognition for a year\. …$/);
  });

  it('escapes markdown in the answer so a question cannot format or hide text', () => {
    const embed = answerEmbed(cannedAnswer('q', { answer: 'It is **one** year, ||spoiler||. [1]' }), []);
    expect(embed.description).toBe(
      'It is \\*\\*one\\*\\* year, \\|\\|spoiler\\|\\|. [[1]](https://www.buzzfeednews.com/article/example)',
    );
  });

  it('keeps parentheses in a source URL from ending the link early', () => {
    const [first, second] = cannedAnswer('q').citations;
    const url = 'https://en.wikipedia.org/wiki/Rekognition_(software)';
    const embed = answerEmbed(cannedAnswer('q', { citations: [{ ...first!, url }, second!] }), []);
    expect(embed.description).toContain('[[1]](https://en.wikipedia.org/wiki/Rekognition_%28software%29)');
  });

  it("offers the engine's examples when an abstention brings none", () => {
    const abstention = cannedAnswer('q', {
      abstained: true,
      answer: 'Nothing in the coverage says that.',
      citations: [],
      examples: [],
    });
    expect(answerEmbed(abstention, new FakeEngine().examples).description).toBe(
      'Nothing in the coverage says that.\n\n**Try asking:**\n• How long is the moratorium?\n' +
        '• Which groups can still use Rekognition?',
    );
  });
});

describe('sourcesEmbed', () => {
  const source = (i: number): SourceSummary => ({
    ...new FakeEngine().sources()[0]!,
    id: `s${i}`,
    title: `Story number ${i} about facial recognition and the police`,
    url: `https://example.com/${'long-path/'.repeat(10)}${i}`,
  });

  it('lists as many sources as fit and counts the rest', () => {
    const sources = Array.from({ length: 200 }, (_, i) => source(i));
    const embed = sourcesEmbed(sources);
    expectWithinLimits(embed);
    const lines = embed.description!.split('\n');
    const more = /^…and (\d+) more$/.exec(lines.at(-1)!);
    expect(more).not.toBeNull();
    expect(lines.length - 1 + Number(more![1])).toBe(200);
  });

  it('says so when there are no sources', () => {
    expect(sourcesEmbed([])).toMatchObject({ title: 'Sources (0)', description: 'No sources are loaded.' });
  });
});

describe('messages from hostile input', () => {
  const hostileCitation: fc.Arbitrary<Citation> = fc.record({
    n: fc.integer({ min: 1, max: 120 }),
    sourceId: fc.constant('source'),
    outlet: hostileText(8).map((s) => `O${s}`),
    title: hostileText(8).map((s) => `T${s}`),
    url: fc.option(fc.webUrl()),
    published: fc.option(fc.constant('2020-06-10')),
    quote: fc.constant('q'),
    listedBy: fc.option(hostileText(4)),
  });
  const hostileAnswer: fc.Arbitrary<Answer> = fc
    .record({
      id: fc.uuid(),
      question: hostileOrHuge(),
      answer: hostileOrHuge().map((t) => `${t}x`),
      abstained: fc.boolean(),
      citations: fc.array(hostileCitation, { maxLength: 30 }),
      examples: fc.array(hostileText(10), { maxLength: 6 }),
      suggestions: fc.array(hostileOrHuge(10), { maxLength: 5 }),
      interpretedAs: fc.option(hostileOrHuge(), { nil: null }),
    })
    .map((parts) => cannedAnswer(parts.question, parts));

  /** Asserts a message body fits Discord's limits and mentions nobody, whatever its text says. */
  function expectSafe(body: MessageBody): void {
    // Discord pings only whom allowed_mentions lets it: nobody, and no replied-to user either.
    expect(body.allowedMentions.parse).toEqual([]);
    expect(body.allowedMentions.users ?? []).toEqual([]);
    expect(body.allowedMentions.roles ?? []).toEqual([]);
    expect(body.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
    for (const embed of body.embeds ?? []) expectWithinLimits(embed);
    expect(body.components?.length ?? 0).toBeLessThanOrEqual(5);
    const buttons = (body.components ?? []).flatMap((row) => row.components);
    for (const row of body.components ?? []) expect(row.components.length).toBeLessThanOrEqual(5);
    expect(new Set(buttons.map((b) => b.custom_id)).size).toBe(buttons.length);
    for (const button of buttons) {
      expect(button.custom_id.length).toBeLessThanOrEqual(100);
      if (button.label === undefined) continue;
      expect(button.label.length).toBeGreaterThan(0);
      expect(button.label.length).toBeLessThanOrEqual(80);
      // Labels show as plain text everywhere, but a broadcast word must not even be quoted back.
      expect(button.label).not.toMatch(MASS_PING);
    }
  }

  it('keeps answers with suggestion buttons and "Understood as" inside every limit, mentioning nobody', () => {
    fc.assert(
      fc.property(hostileAnswer, (generated) => {
        const body = answerMessage(generated, ['Fallback?']);
        expectSafe(body);
        const footer = body.embeds?.[0]?.footer?.text ?? '';
        if (generated.interpretedAs) expect(footer).toMatch(/^Understood as: /u);
      }),
      { numRuns: 200, seed: 20200613 },
    );
  });

  it('keeps plain texts and private notices (refusals, restarts) inside the content limit, mentioning nobody', () => {
    fc.assert(
      fc.property(hostileOrHuge(), (text) => {
        expectSafe(textMessage(text));
        expectSafe(notice(text));
      }),
      { numRuns: 150, seed: 20200614 },
    );
  });
});
