import { describe, expect, it } from 'vitest';
import { logit } from '../../src/answer/scorer.ts';
import { fitLogistic } from '../../src/eval/train/fit-logistic.ts';
// Seeded, so every run fits the same data.
import { seededRandom as random } from '../../scripts/generate-corpus.ts';

function gaussian(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

type Row = Record<string, number>;
const INPUTS = ['signal', 'against', 'noise'];

/** Rows of three standard-normal inputs, labelled by a known logistic model: P(1) = σ(1 + 2·signal − against). */
function noisyData(n: number, seed = 7): { rows: Row[]; labels: number[] } {
  const next = random(seed);
  const rows: Row[] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = { signal: gaussian(next), against: gaussian(next), noise: gaussian(next) };
    const p = 1 / (1 + Math.exp(-(1 + 2 * row.signal - row.against)));
    rows.push(row);
    labels.push(next() < p ? 1 : 0);
  }
  return { rows, labels };
}

const weight = (model: ReturnType<typeof fitLogistic>, name: string): number =>
  model.weights[model.inputs.indexOf(name)]!;

describe('fitLogistic recovers what decides the label, so the trained scorer weighs features the right way', () => {
  it('on noisy data from a known model, the weights come back with their signs and rough sizes', () => {
    const { rows, labels } = noisyData(4000);
    const model = fitLogistic(INPUTS, rows, labels, { l2: 0.01 });
    // Inputs are standard normal, so standardized weights are close to the raw ones.
    expect(weight(model, 'signal')).toBeCloseTo(2, 0);
    expect(weight(model, 'against')).toBeCloseTo(-1, 0);
    expect(Math.abs(weight(model, 'noise'))).toBeLessThan(0.15);
    expect(model.bias).toBeCloseTo(1, 0);
  });

  it('on separable data the deciding input gets a large positive weight and the others stay small', () => {
    const next = random(3);
    const rows = Array.from({ length: 400 }, () => ({ signal: gaussian(next), against: gaussian(next), noise: 0 }));
    const labels = rows.map((r) => (r.signal > 0 ? 1 : 0));
    const model = fitLogistic(INPUTS, rows, labels);
    expect(weight(model, 'signal')).toBeGreaterThan(3);
    expect(Math.abs(weight(model, 'against'))).toBeLessThan(weight(model, 'signal') / 5);
    // A constant input is left alone rather than divided by a zero spread.
    expect(weight(model, 'noise')).toBeCloseTo(0, 9);
    expect(model.scale[model.inputs.indexOf('noise')]).toBe(1);
    const right = rows.filter((r, i) => (logit(model, r) > 0 ? 1 : 0) === labels[i]).length;
    expect(right / rows.length).toBeGreaterThan(0.97);
  });

  it('the model it returns scores raw inputs: its means and scales undo the standardization', () => {
    const rows = [{ signal: 10 }, { signal: 12 }, { signal: 14 }, { signal: 16 }, { signal: 11 }, { signal: 15 }];
    const model = fitLogistic(['signal'], rows, [0, 0, 1, 1, 1, 0]);
    expect(model.mean).toEqual([13]);
    expect(logit(model, { signal: 16 })).toBeGreaterThan(logit(model, { signal: 10 }));
  });
});

describe('row weights count a row as if it were repeated, so training can weigh questions or corpora evenly', () => {
  it('weighting every row by 2 fits the same model as giving every row twice', () => {
    const { rows, labels } = noisyData(300, 11);
    const weighted = fitLogistic(
      INPUTS,
      rows,
      labels,
      { l2: 1 },
      rows.map(() => 2),
    );
    const repeated = fitLogistic(INPUTS, [...rows, ...rows], [...labels, ...labels], { l2: 1 });
    for (const [i, w] of weighted.weights.entries()) expect(w).toBeCloseTo(repeated.weights[i]!, 3);
    expect(weighted.bias).toBeCloseTo(repeated.bias, 3);
  });

  it('rows weighted near zero barely count: contradicting rows cannot flip the sign they are outweighed on', () => {
    const next = random(5);
    const rows = Array.from({ length: 400 }, () => ({ signal: gaussian(next) }));
    // The first half says "signal up means 1", the second half the opposite.
    const labels = rows.map((r, i) => (r.signal > 0 === i < 200 ? 1 : 0));
    const trustFirst = fitLogistic(
      ['signal'],
      rows,
      labels,
      {},
      rows.map((_r, i) => (i < 200 ? 1 : 0.01)),
    );
    const trustSecond = fitLogistic(
      ['signal'],
      rows,
      labels,
      {},
      rows.map((_r, i) => (i < 200 ? 0.01 : 1)),
    );
    expect(trustFirst.weights[0]).toBeGreaterThan(1);
    expect(trustSecond.weights[0]).toBeLessThan(-1);
  });

  it('counting positives up raises the bias, so rare positives are not simply predicted away', () => {
    const { rows, labels } = noisyData(500, 13);
    const even = fitLogistic(INPUTS, rows, labels);
    const up = fitLogistic(INPUTS, rows, labels, { positiveWeight: 4 });
    expect(up.bias).toBeGreaterThan(even.bias + 0.5);
  });
});

describe('L2 shrinks the weights, never the bias, so a small training set cannot make any feature decide alone', () => {
  it('the stronger the penalty, the smaller every weight', () => {
    const { rows, labels } = noisyData(500, 17);
    const sizes = [0.01, 10, 100, 1000].map((l2) =>
      Math.abs(weight(fitLogistic(INPUTS, rows, labels, { l2 }), 'signal')),
    );
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThan(sizes[i - 1]!);
  });

  it('under a huge penalty the weights vanish and the bias alone gives the base rate of positives', () => {
    const { rows, labels } = noisyData(1000, 19);
    const model = fitLogistic(INPUTS, rows, labels, { l2: 1e7 });
    for (const w of model.weights) expect(Math.abs(w)).toBeLessThan(0.001);
    const rate = labels.filter((l) => l === 1).length / labels.length;
    expect(1 / (1 + Math.exp(-model.bias))).toBeCloseTo(rate, 2);
  });
});

describe('a fit started from a nearby fit, as the leave-one-corpus-out checks start theirs', () => {
  it('reaches the same model as a fit from zero', () => {
    const { rows, labels } = noisyData(2000, 13);
    // A fit on most of the rows is where a fit on all of them starts.
    const near = fitLogistic(INPUTS, rows.slice(0, 1800), labels.slice(0, 1800), { l2: 0.01 });
    const cold = fitLogistic(INPUTS, rows, labels, { l2: 0.01 });
    const warm = fitLogistic(INPUTS, rows, labels, { l2: 0.01, start: [...near.weights, near.bias] });
    expect(near.weights).not.toEqual(cold.weights);
    expect(warm).toEqual(cold);
  });
});
