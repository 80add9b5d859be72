import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { embedLength, LIMITS } from '../../adapters/discord/embed-text.ts';
import type { Citation } from '../../src/answer/answer-schema.ts';
import { cannedAnswer, FakeEngine } from '../support/fake-engine.ts';
import { bodyOf, route, useHarness, type Harness } from './harness.ts';
import { recordedAsk } from './recorded.ts';

// Item 5 of issue 12: link markup never empties the description; links and long labels go before any text does.
const engine = new FakeEngine();
let h: Harness;

useHarness(engine, (started) => {
  h = started;
});

const FIRST = 'The first sentence says what the coverage reports, plainly and in full.';

/** `count` sources whose URLs are each about `urlLength` characters long. */
function citations(count: number, urlLength: number): Citation[] {
  return Array.from({ length: count }, (_, i) => ({
    n: i + 1,
    sourceId: `s${i}`,
    outlet: `Outlet number ${i + 1}`,
    title: `A long headline about story ${i + 1} `.repeat(4),
    url: `https://example.com/${'path-segment/'.repeat(Math.ceil(urlLength / 13))}${i + 1}`,
    published: '2020-06-11',
    quote: 'q',
    listedBy: null,
  }));
}

/** An answer whose first sentence cites three sources, followed by sentences citing the rest two by two. */
function answerText(count: number): string {
  const rest = Array.from({ length: Math.ceil((count - 3) / 2) }, (_, i) => {
    const [a, b] = [4 + 2 * i, Math.min(count, 5 + 2 * i)];
    return `Sentence ${i + 2} adds another detail from the articles. [${a}]${b > a ? `[${b}]` : ''}`;
  });
  return [`${FIRST} [1][2][3]`, ...rest].join(' ');
}

/** Asks through the recorded /ask and resolves with the answer's embed as discord.js sent it. */
async function askForEmbed(): Promise<APIEmbed> {
  const token = recordedAsk(h.fake, 'What does the coverage say?');
  return bodyOf<{ embeds: APIEmbed[] }>(await h.fake.waitForRequest(route.edit(token))).embeds[0]!;
}

describe('fitting a cited answer into an embed', () => {
  it.each([
    ['25 sources with 950-character URLs', 25, 950],
    ['25 sources with 2,000-character URLs', 25, 2000],
    ['8 sources with 4,000-character URLs', 8, 4000],
  ])('keeps the first sentence and every citation number with %s', async (_name, count, urlLength) => {
    engine.respond = (question) =>
      cannedAnswer(question, { answer: answerText(count), citations: citations(count, urlLength) });
    const embed = await askForEmbed();
    expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(embed.description).toContain(FIRST);
    for (let n = 1; n <= count; n++) expect(embed.description).toContain(`[${n}]`);
    expect(embed.fields).toHaveLength(count);
    for (const field of embed.fields!) expect(field.value).toMatch(/^\[?Outlet number \d+ — A long headline/u);
  });

  it('still links the markers when the room allows, dropping the longest links first', async () => {
    const cited = citations(4, 100);
    cited[3] = { ...cited[3]!, url: `https://example.com/${'x'.repeat(3900)}` };
    engine.respond = (question) => cannedAnswer(question, { answer: `${FIRST} [1][2][3][4]`, citations: cited });
    const embed = await askForEmbed();
    for (const citation of cited.slice(0, 3)) expect(embed.description).toContain(`[[${citation.n}]](${citation.url})`);
    expect(embed.description).toMatch(/\)\[4\]$/u);
  });
});
