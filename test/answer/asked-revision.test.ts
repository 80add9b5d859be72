import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/answer/candidates.ts';
import { askedRevisionFirst } from '../../src/answer/latest-outcome.ts';
import type { AnalyzedQuestion } from '../../src/question/analyze-question.ts';

// Sentences giving the repair bill as it stood when each article went out, the best-ranked first.
const candidate = (published: string, value: string, fit = 1): Candidate =>
  ({
    source: { published },
    value,
    score: 0.99,
    features: { fit, keyHeld: 1, names: 1 },
    passage: { text: `The repair will cost ${value}.` },
  }) as unknown as Candidate;
// The analysis says whether a question asks for the latest state ("now", "over the whole freeze"): timing 1.
const question = (text: string, type = 'money', timing = /\bnow\b/u.test(text) ? 1 : 0): AnalyzedQuestion =>
  ({ text, type, timing }) as unknown as AnalyzedQuestion;

const first = candidate('2026-10-10', '€14,200');
const middle = candidate('2026-10-20', '€16,000');
const latest = candidate('2026-10-28', '€17,800');

describe('a figure asked "now" or "first" leads with the latest or the earliest article that gives it', () => {
  it('"how much will the repair cost now" leads with the latest figure', () => {
    expect(askedRevisionFirst([middle, first, latest], question('how much will the repair cost now?'))[0]).toBe(latest);
  });

  it('any question the analysis reads as asking for the latest state leads with the latest figure', () => {
    const asked = question('how much did the repair cost over the whole job?', 'money', 1);
    expect(askedRevisionFirst([middle, first, latest], asked)[0]).toBe(latest);
  });

  it('"how much was the repair first said to cost" leads with the earliest figure', () => {
    const asked = question('how much was the repair first said to cost?');
    expect(askedRevisionFirst([middle, latest, first], asked)[0]).toBe(first);
  });

  it('leaves the order alone without such a word, for other kinds of answer, and for a worse fit', () => {
    expect(askedRevisionFirst([middle, latest], question('how much will the repair cost?'))[0]).toBe(middle);
    expect(askedRevisionFirst([middle, latest], question('who will do the repair now?', 'person'))[0]).toBe(middle);
    const looser = candidate('2026-10-28', '17,800 visitors', 0.5);
    expect(askedRevisionFirst([middle, looser], question('how much will the repair cost now?'))[0]).toBe(middle);
  });
});
