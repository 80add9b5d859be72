import { describe, expect, it } from 'vitest';
import { defaultScorer, probability } from '../../src/answer/scorer.ts';
import { fitPlatt, rescaled, type ShownAnswer } from '../../src/eval/train/calibrate-scorer.ts';
// Seeded, so every run draws the same answers.
import { seededRandom as random } from '../../scripts/generate-corpus.ts';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const logOdds = (p: number): number => Math.log(p / (1 - p));

/** Answers shown overconfidently: one shown at p is right with the probability of half its log-odds. */
function overconfident(n: number): ShownAnswer[] {
  const next = random(11);
  return Array.from({ length: n }, () => {
    const confidence = 0.5 + 0.49 * next();
    return { confidence, right: next() < sigmoid(0.5 * logOdds(confidence)) };
  });
}

describe('calibrating the confidence shown (Platt scaling)', () => {
  it('makes an overconfident score mean how often its answers are right', () => {
    const { a, b } = fitPlatt(overconfident(20_000));
    expect(a).toBeCloseTo(0.5, 1);
    expect(sigmoid(a * logOdds(0.9) + b)).toBeCloseTo(sigmoid(0.5 * logOdds(0.9)), 1);
  });

  it('answers and abstains exactly as before: the threshold moves with the scale', () => {
    const scorer = defaultScorer();
    const calibrated = rescaled(scorer, { a: 0.7, b: 0.2 });
    const next = random(3);
    for (let i = 0; i < 2_000; i++) {
      const inputs = Object.fromEntries(scorer.confidence.inputs.map((name) => [name, 4 * next() - 1]));
      const before = probability(scorer.confidence, inputs) >= scorer.threshold;
      expect(probability(calibrated.confidence, inputs) >= calibrated.threshold).toBe(before);
    }
  });

  it('refuses a scaling that would reverse the order of confidences', () => {
    expect(() => rescaled(defaultScorer(), { a: -1, b: 0 })).toThrow(/keep the order/u);
  });
});
