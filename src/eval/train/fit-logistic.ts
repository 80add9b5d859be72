import type { LogisticModel } from '../../answer/scorer.ts';

/** How to fit: L2 penalty on the weights, and how much each positive example counts. */
export interface FitOptions {
  l2: number;
  /** Weight of a positive example relative to a negative one (rare positives are counted up). */
  positiveWeight: number;
  /** Standardized weights to start from (the bias last), when a fit on nearly the same rows is at hand. */
  start?: readonly number[];
}

/** Training rows as one flat array (row k's input i at k·width + i), with their labels and weights. */
export interface RowMatrix {
  values: Float64Array;
  labels: Uint8Array;
  weights: Float64Array;
}

const DEFAULTS = { l2: 1, positiveWeight: 1 };
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

/** Named rows as a {@link RowMatrix} over `inputs` (a missing input is 0). */
function rowMatrix(
  inputs: readonly string[],
  rows: ReadonlyArray<Readonly<Record<string, number>>>,
  labels: readonly number[],
  rowWeights?: readonly number[],
): RowMatrix {
  const values = new Float64Array(rows.length * inputs.length);
  for (let k = 0; k < rows.length; k++) {
    for (let i = 0; i < inputs.length; i++) values[k * inputs.length + i] = rows[k]![inputs[i]!] ?? 0;
  }
  return {
    values,
    labels: Uint8Array.from(labels),
    weights: rowWeights ? Float64Array.from(rowWeights) : new Float64Array(rows.length).fill(1),
  };
}

/**
 * Fits an L2-regularized logistic regression on standardized inputs by Newton's method. Hand-written because the
 * models are tiny (under twenty inputs) and a numeric library would be a large dependency.
 */
export function fitLogistic(
  inputs: readonly string[],
  rows: ReadonlyArray<Readonly<Record<string, number>>>,
  labels: readonly number[],
  options: Partial<FitOptions> = {},
  rowWeights?: readonly number[],
): LogisticModel {
  return fitLogisticRows(inputs, rowMatrix(inputs, rows, labels, rowWeights), options);
}

/** {@link fitLogistic} on rows already in a flat matrix: the ranker's training fits hundreds of thousands of them. */
export function fitLogisticRows(
  inputs: readonly string[],
  matrix: RowMatrix,
  options: Partial<FitOptions> = {},
): LogisticModel {
  const { l2, positiveWeight, start } = { ...DEFAULTS, ...options };
  const width = inputs.length;
  const n = matrix.labels.length;
  const d = width + 1;
  const column = (i: number, visit: (value: number) => void): void => {
    for (let k = 0; k < n; k++) visit(matrix.values[k * width + i]!);
  };
  const mean = inputs.map((_, i) => {
    let sum = 0;
    column(i, (v) => (sum += v));
    return sum / Math.max(1, n);
  });
  const scale = inputs.map((_, i) => {
    let variance = 0;
    column(i, (v) => (variance += (v - mean[i]!) ** 2));
    return Math.sqrt(variance / Math.max(1, n)) || 1;
  });
  // The last column is the bias, which is not penalized.
  const x = new Float64Array(n * d);
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < width; i++) x[k * d + i] = (matrix.values[k * width + i]! - mean[i]!) / scale[i]!;
    x[k * d + width] = 1;
  }
  // Newton's method converges from anywhere on this convex loss, in fewer steps from a nearby fit.
  const w = start ? Float64Array.from(start) : new Float64Array(d);
  const gradient = new Float64Array(d);
  const hessian = new Float64Array(d * d);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    for (let i = 0; i < d; i++) {
      gradient[i] = i < d - 1 ? l2 * w[i]! : 0;
      for (let j = 0; j < d; j++) hessian[i * d + j] = i === j && i < d - 1 ? l2 : 1e-9;
    }
    for (let k = 0; k < n; k++) {
      const at = k * d;
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i]! * x[at + i]!;
      const p = 1 / (1 + Math.exp(-z));
      const weight = (matrix.labels[k] === 1 ? positiveWeight : 1) * matrix.weights[k]!;
      const error = (p - matrix.labels[k]!) * weight;
      const curvature = p * (1 - p) * weight;
      for (let i = 0; i < d; i++) {
        const xi = x[at + i]!;
        gradient[i]! += error * xi;
        const bent = curvature * xi;
        for (let j = 0; j <= i; j++) hessian[i * d + j]! += bent * x[at + j]!;
      }
    }
    // Only the lower triangle was summed: the upper mirrors it.
    const rows = Array.from({ length: d }, (_, i) =>
      Array.from({ length: d }, (_, j) => hessian[Math.max(i, j) * d + Math.min(i, j)]!),
    );
    const delta = solve(rows, [...gradient]);
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
    weights: [...w.slice(0, -1)].map(round),
    bias: round(w[d - 1]!),
  };
}
