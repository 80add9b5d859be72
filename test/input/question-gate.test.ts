import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateQuestion, normalizeQuestion } from '../../src/input/question-gate.ts';

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
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 700 }), (raw) => {
      const result = gateQuestion(raw, 500);
      if (result.ok) {
        expect(result.question).toBe(normalizeQuestion(result.question));
        expect([...result.question].length).toBeLessThanOrEqual(500);
        expect(result.question).not.toMatch(/[\p{Cc}\p{Cf}]/u);
      }
    }), { numRuns: 300, seed: 7 });
  });
});
