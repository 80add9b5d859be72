import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer-schema.ts';
import { reliabilityRows, reliabilityTable } from '../../src/eval/calibration.ts';
import type { EvalItem } from '../../src/eval/eval-set.ts';
import type { ItemResult } from '../../src/eval/evaluate.ts';

let ids = 0;

/** One scored item: answered at a confidence (or abstained), right or wrong. */
function result(
  confidence: number,
  pass: boolean,
  options: { abstained?: boolean; context?: boolean } = {},
): ItemResult {
  const id = `q${++ids}`;
  const item: EvalItem = options.context
    ? { id, question: 'Earlier turn?', expect: 'context', conversation: 'c1' }
    : {
        id,
        question: 'When was Drummond founded?',
        expect: 'answer',
        mention: [['1998']],
        sources: ['Journal'],
        evidence: [],
      };
  const answer: Answer = {
    id,
    question: item.question,
    answer: 'In 1998. [1]',
    abstained: options.abstained ?? false,
    abstainReason: options.abstained ? 'weak-evidence' : null,
    confidence,
    citations: [],
    examples: [],
    suggestions: [],
    interpretedAs: null,
  };
  return { item, answer, pass, evidenceRank: null };
}

describe('reliability rows: answers shown at about p should be right about p of the time', () => {
  it('groups answers by the confidence shown and counts the right ones in each group', () => {
    const rows = reliabilityRows([
      result(0.3, false),
      result(0.55, true),
      result(0.58, false),
      result(0.85, true),
      result(0.95, true),
    ]);
    expect(rows.map((r) => [r.low, r.high, r.answers, r.right])).toEqual([
      [0, 0.5, 1, 0],
      [0.5, 0.6, 2, 1],
      [0.6, 0.7, 0, 0],
      [0.7, 0.8, 0, 0],
      [0.8, 0.9, 1, 1],
      [0.9, 1, 1, 1],
    ]);
    expect(rows[1]!.meanConfidence).toBeCloseTo(0.565);
  });

  it("a bin's low edge belongs to it, and a confidence of exactly 1 falls in the top bin", () => {
    const rows = reliabilityRows([result(0.5, true), result(0.6, true), result(0.7, true), result(1, true)]);
    expect(rows.map((r) => r.answers)).toEqual([0, 1, 1, 1, 0, 1]);
    expect(rows.at(-1)!.high).toBe(1);
  });

  it('abstentions and unscored context turns are left out: only answers shown to a user carry a confidence', () => {
    const rows = reliabilityRows([result(0, false, { abstained: true }), result(0.95, true, { context: true })]);
    expect(rows.every((r) => r.answers === 0 && r.meanConfidence === 0)).toBe(true);
  });
});

describe('the reliability table as printed by npm run eval', () => {
  it('lists only the bins holding answers, with the share right and the mean confidence shown', () => {
    const table = reliabilityTable([result(0.82, true), result(0.88, false), result(0.95, true)]);
    const lines = table.split('\n');
    expect(lines[0]).toBe('Calibration of answered questions');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^0\.8–0\.9\s+2\s+85%\s+50% \(1\)$/u);
    expect(lines[3]).toMatch(/^0\.9–1\.0\s+1\s+95%\s+100% \(1\)$/u);
  });
});
