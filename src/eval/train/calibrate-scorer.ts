import { sigmoid, type Scorer } from '../../answer/scorer.ts';
import { fitLogistic } from './fit-logistic.ts';

/** An answer the scorer gave: the confidence it showed, and whether it was right. */
export interface ShownAnswer {
  confidence: number;
  right: boolean;
}

/** Platt scaling: the shown confidence's log-odds z becomes a·z + b. */
export interface PlattScaling {
  a: number;
  b: number;
}

// Confidences of exactly 0 or 1 have no log-odds: they are read as this far from either end.
const EDGE = 1e-6;
const logOdds = (p: number): number => {
  const q = Math.min(1 - EDGE, Math.max(EDGE, p));
  return Math.log(q / (1 - q));
};

/** The scaling that makes the shown confidences of these answers mean how often such answers were right. */
export function fitPlatt(answers: readonly ShownAnswer[]): PlattScaling {
  const rows = answers.map((answer) => ({ z: logOdds(answer.confidence) }));
  const model = fitLogistic(
    ['z'],
    rows,
    answers.map((answer) => (answer.right ? 1 : 0)),
    { l2: 1e-3 },
  );
  const a = model.weights[0]! / model.scale[0]!;
  return { a, b: model.bias - a * model.mean[0]! };
}

/**
 * The scorer with its confidence model rescaled, its threshold moved with it: a confidence reaches the new threshold
 * exactly when it reached the old one, so every answer and abstention stays as it was; only what is shown changes.
 */
export function rescaled(scorer: Scorer, { a, b }: PlattScaling): Scorer {
  if (!(a > 0)) throw new RangeError(`Platt scaling must keep the order of confidences (a = ${a})`);
  const { confidence } = scorer;
  return {
    ...scorer,
    confidence: { ...confidence, weights: confidence.weights.map((w) => a * w), bias: a * confidence.bias + b },
    threshold: sigmoid(a * logOdds(scorer.threshold) + b),
  };
}
