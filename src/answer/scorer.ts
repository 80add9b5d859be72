import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CoverageBotError } from '../errors.ts';
import { FEATURE_NAMES, type Features } from './features.ts';

/** A logistic regression over standardized inputs: p = σ(bias + Σ weight·(x − mean)/scale). */
export const LogisticModelSchema = z.object({
  inputs: z.array(z.string()).min(1),
  mean: z.array(z.number()),
  scale: z.array(z.number().positive()),
  weights: z.array(z.number()),
  bias: z.number(),
});
/** A trained logistic regression. */
export type LogisticModel = z.infer<typeof LogisticModelSchema>;

/** The trained scorer: which sentence answers (ranker), how sure to be of the answer (confidence), when to answer. */
export const ScorerSchema = z.object({
  ranker: LogisticModelSchema,
  confidence: LogisticModelSchema,
  /** Answer only when the calibrated confidence reaches this. */
  threshold: z.number().min(0).max(1),
  /** How the weights were made: sets, sizes, leave-one-corpus-out scores. */
  trainedOn: z.record(z.string(), z.unknown()),
});
/** The trained scorer, as saved by `npm run train`. */
export type Scorer = z.infer<typeof ScorerSchema>;

/** Inputs of the confidence model, measured on the best candidate and the question. */
export const CONFIDENCE_INPUTS = [
  'rankerLogit',
  'margin',
  'coverage',
  'names',
  'kind',
  'keyHeld',
  'eventHeld',
  'setAside',
  'support',
  'typed',
  'yesNo',
  'retrieval',
  'near',
] as const;
/** The confidence model's inputs by name. */
export type ConfidenceInputs = Record<(typeof CONFIDENCE_INPUTS)[number], number>;

/** Where `npm run train` writes the scorer, and where the engine reads it. */
export const SCORER_FILE = new URL('./scorer-weights.json', import.meta.url);

/** The logistic function: log-odds to a probability. */
export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The model's log-odds for named inputs. */
export function logit(model: LogisticModel, x: Readonly<Record<string, number>>): number {
  let z = model.bias;
  // A plain loop: ranking adds this up for every candidate of every question.
  for (let i = 0; i < model.inputs.length; i++) {
    z += model.weights[i]! * (((x[model.inputs[i]!] ?? 0) - model.mean[i]!) / model.scale[i]!);
  }
  return z;
}

/** The model's probability for named inputs. */
export function probability(model: LogisticModel, x: Readonly<Record<string, number>>): number {
  return sigmoid(logit(model, x));
}

let loaded: Scorer | undefined;

/** The committed scorer, read and validated once. */
export function defaultScorer(): Scorer {
  if (loaded) return loaded;
  const parsed = ScorerSchema.parse(JSON.parse(readFileSync(SCORER_FILE, 'utf8')));
  const missing = FEATURE_NAMES.filter((name) => !parsed.ranker.inputs.includes(name));
  if (missing.length > 0) {
    throw new CoverageBotError(
      'SCORER_INVALID',
      `scorer-weights.json lacks features ${missing.join(', ')}; run npm run train`,
    );
  }
  loaded = parsed;
  return loaded;
}

/** The ranker's log-odds that a candidate with these features answers its question. */
export function rankerLogit(scorer: Scorer, features: Features): number {
  return logit(scorer.ranker, features);
}
