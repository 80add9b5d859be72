import type { LogisticModel } from '../../answer/scorer.ts';

/** How to fit: L2 penalty on the weights, and how much each positive example counts. */
export interface FitOptions {
  l2: number;
  /** Weight of a positive example relative to a negative one (rare positives are counted up). */
  positiveWeight: number;
}

const DEFAULTS: FitOptions = { l2: 1, positiveWeight: 1 };
const NEWTON_STEPS = 25;

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = col + 1; r < n; r++) {
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r]![n]!;
    for (let c = r + 1; c < n; c++) sum -= m[r]![c]! * x[c]!;
    x[r] = sum / m[r]![r]!;
  }
  return x;
}

/**
 * Fits an L2-regularized logistic regression on standardized inputs by Newton's method. Hand-written because the
 * models are tiny (a few thousand rows, under twenty inputs) and a numeric library would be a large dependency.
 */
export function fitLogistic(
  inputs: readonly string[],
  rows: ReadonlyArray<Readonly<Record<string, number>>>,
  labels: readonly number[],
  options: Partial<FitOptions> = {},
  rowWeights?: readonly number[],
): LogisticModel {
  const { l2, positiveWeight } = { ...DEFAULTS, ...options };
  const n = rows.length;
  const d = inputs.length + 1;
  const mean = inputs.map((name) => rows.reduce((sum, r) => sum + (r[name] ?? 0), 0) / Math.max(1, n));
  const scale = inputs.map((name, i) => {
    const variance = rows.reduce((sum, r) => sum + ((r[name] ?? 0) - mean[i]!) ** 2, 0) / Math.max(1, n);
    return Math.sqrt(variance) || 1;
  });
  // The last column is the bias, which is not penalized.
  const x = rows.map((r) => [...inputs.map((name, i) => ((r[name] ?? 0) - mean[i]!) / scale[i]!), 1]);
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const gradient = w.map((v, i) => (i < d - 1 ? l2 * v : 0));
    const hessian = Array.from({ length: d }, (_, i) =>
      Array.from({ length: d }, (_, j) => (i === j && i < d - 1 ? l2 : 1e-9)),
    );
    for (let k = 0; k < n; k++) {
      const row = x[k]!;
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i]! * row[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const weight = (labels[k] === 1 ? positiveWeight : 1) * (rowWeights?.[k] ?? 1);
      const error = (p - labels[k]!) * weight;
      const curvature = p * (1 - p) * weight;
      for (let i = 0; i < d; i++) {
        gradient[i]! += error * row[i]!;
        for (let j = 0; j <= i; j++) hessian[i]![j]! += curvature * row[i]! * row[j]!;
      }
    }
    for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) hessian[i]![j] = hessian[j]![i]!;
    const delta = solve(hessian, gradient);
    let moved = 0;
    for (let i = 0; i < d; i++) {
      w[i]! -= delta[i]!;
      moved = Math.max(moved, Math.abs(delta[i]!));
    }
    if (moved < 1e-6) break;
  }
  const round = (v: number): number => Math.round(v * 1e4) / 1e4;
  return {
    inputs: [...inputs],
    mean: mean.map(round),
    scale: scale.map(round),
    weights: w.slice(0, -1).map(round),
    bias: round(w[d - 1]!),
  };
}
