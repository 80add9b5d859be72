import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/create-engine.ts';
import type { Engine } from '../../src/engine.ts';
import { gateQuestion, normalizeQuestion } from '../../src/input/question-gate.ts';
import { DISCORD_MENTIONS, SLACK_MENTIONS, wrapInMentions } from '../support/hostile-text.ts';

describe('the input gate every front end shares', () => {
  it('normalizes Unicode (NFKC), strips invisible and control characters, collapses whitespace', () => {
    expect(normalizeQuestion('  ﬁnd ＩＢＭ\u200b’s  \u0000plan\u202e\n\t?')).toBe('find IBM’s plan ?');
  });

  it('turns empty, blank and non-string input into a usage hint', () => {
    for (const raw of ['', '   ', '\u200b\u200d', null, 42, { question: 'x' }]) {
      expect(gateQuestion(raw)).toMatchObject({ ok: false, reason: 'empty-question' });
    }
  });

  it('refuses an over-long question with a message stating the limit', () => {
    const result = gateQuestion('why '.repeat(200), 500);
    expect(result).toMatchObject({ ok: false, reason: 'question-too-long' });
    expect(!result.ok && result.message).toMatch(/799 characters long; questions can be up to 500 characters/);
  });

  it('counts characters, not UTF-16 units, so emoji do not shorten the limit', () => {
    expect(gateQuestion('😀'.repeat(500), 500).ok).toBe(true);
  });

  it('always returns a normalized question or a reason, for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 700 }), (raw) => {
        const result = gateQuestion(raw, 500);
        if (result.ok) {
          expect(result.question).toBe(normalizeQuestion(result.question));
          expect([...result.question].length).toBeLessThanOrEqual(500);
          expect(result.question).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('mentions in questions', () => {
  it('removes every Slack and Discord mention form, wherever it is', () => {
    const slack =
      '<@U0ABC> <@W0DEF|ann> how long <!here> is <#C0NEWS|news> it? <!channel> <!everyone> ' + '<!subteam^S0T|@eds>';
    expect(normalizeQuestion(slack)).toBe('how long is it?');
    const discord =
      '@everyone @here <@123456789012345678> how <@!123456789012345678> long <@&123> is <#456> ' + '</ask:789> it?';
    expect(normalizeQuestion(discord)).toBe('how long is it?');
    const disguised = '＠everyone @\u200Bhere <id:browse> what did IBM announce?';
    expect(normalizeQuestion(disguised)).toBe('what did IBM announce?');
  });

  it('keeps what only looks like one: e-mail addresses, handles, hashtags, links and plain brackets', () => {
    const kept = 'Did press@here.com, @AmazonNews or #BlackLivesMatter say <something> about https://x.test/a?';
    expect(normalizeQuestion(kept)).toBe(kept);
  });

  it('treats a message of mentions only as an empty question, which gets the usage hint', () => {
    for (const raw of [SLACK_MENTIONS.join(' '), DISCORD_MENTIONS.join(''), '@here\n<@U1>']) {
      expect(gateQuestion(raw)).toMatchObject({ ok: false, reason: 'empty-question' });
    }
  });

  it('does not count mentions towards the length limit', () => {
    const question = `${'<!here> '.repeat(200)}How long is it?`;
    expect(gateQuestion(question, 500)).toEqual({ ok: true, question: 'How long is it?' });
  });
});

describe('the engine (REPL and CLI) on questions wrapped in mentions', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine();
  });
  afterAll(async () => {
    await engine.close();
  });

  it('answers them exactly as without the mentions, and never echoes one', async () => {
    const question = 'How long is the moratorium?';
    const plain = await engine.ask(question);
    expect(plain.abstained).toBe(false);
    for (const mentions of [SLACK_MENTIONS, DISCORD_MENTIONS]) {
      const wrapped = await engine.ask(wrapInMentions(question, mentions));
      expect({ ...wrapped, id: plain.id }).toEqual(plain);
    }
  });

  it('answers a message of mentions only with the help text', async () => {
    const answer = await engine.ask('@everyone @here <@U0BOT>');
    expect(answer).toMatchObject({ abstained: true, abstainReason: 'empty-question', question: '' });
    expect(answer.answer).toMatch(/^Ask me a question about the coverage/u);
  });
});
