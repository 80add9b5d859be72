import { answerAnalyzed, leadsOf } from '../../answer/answer-question.ts';
import { confidenceInputs } from '../../answer/confidence.ts';
import { FEATURE_NAMES } from '../../answer/features.ts';
import { rescore } from '../../answer/candidates.ts';
import { CONFIDENCE_INPUTS, type Scorer } from '../../answer/scorer.ts';
import { passes } from '../evaluate.ts';
import { fitLogistic, fitLogisticRows, type RowMatrix } from './fit-logistic.ts';
import type { TrainingQuestion } from './training-data.ts';

/**
 * What answering a question the coverage cannot answer costs, in right answers: more than a wrong pick among
 * sentences that do bear on the question (which fails just as an abstention would), since it invents an answer.
 */
const INVENTED_ANSWER_COST = 3;
const STEP = 0.05;
const THRESHOLDS = Array.from({ length: 13 }, (_, k) => 0.2 + STEP * k);

/** One question answered by a scorer: whether it answered, and whether that was right. */
export interface Outcome {
  question: TrainingQuestion;
  confidence: number;
  answered: boolean;
  pass: boolean;
}

/** Answers every question with a scorer (the engine's own pipeline) and checks each answer like the eval does. */
export function outcomes(questions: readonly TrainingQuestion[], scorer: Scorer): Outcome[] {
  return questions.map((question) => {
    const { answer } = answerAnalyzed(question.index, question.analyzed, 'train', scorer, question.candidates);
    return {
      question,
      confidence: answer.confidence,
      answered: !answer.abstained,
      pass: passes(question.item, answer),
    };
  });
}

function utility(results: readonly Outcome[], threshold: number): number {
  let total = 0;
  for (const r of results) {
    const answers = r.answered && r.confidence >= threshold;
    const expectAnswer = r.question.item.expect === 'answer';
    if (answers) total += r.pass ? 1 : expectAnswer ? 0 : -INVENTED_ANSWER_COST;
    else if (!expectAnswer) total += 1;
  }
  return total;
}

/** How many of a question's best-ranked wrong candidates each right one is compared with. */
const NEGATIVES_PER_QUESTION = 25;

/** A question's training rows: each pair of a right and a wrong candidate, then the same pair the other way. */
interface QuestionPairs {
  values: Float64Array;
  rows: number;
  weight: number;
}

// A question's pairs do not change from fold to fold: the leave-one-corpus-out checks fit a thousand rankers.
const pairsOf = new WeakMap<TrainingQuestion, QuestionPairs>();

function questionPairs(q: TrainingQuestion): QuestionPairs {
  let found = pairsOf.get(q);
  if (found) return found;
  const positives = q.candidates.filter((_, i) => q.labels[i] === 1);
  // The wrong sentences the search ranks highest, by its own score: not by the model being replaced, so that
  // training twice gives the same model.
  const negatives = q.candidates
    .filter((_, i) => q.labels[i] === 0)
    .sort((a, b) => b.features.retrieval - a.features.retrieval)
    .slice(0, NEGATIVES_PER_QUESTION);
  const width = FEATURE_NAMES.length;
  const values = new Float64Array(2 * positives.length * negatives.length * width);
  let row = 0;
  for (const p of positives) {
    for (const n of negatives) {
      FEATURE_NAMES.forEach((f, i) => {
        const diff = p.features[f] - n.features[f];
        values[row * width + i] = diff;
        values[(row + 1) * width + i] = -diff;
      });
      row += 2;
    }
  }
  // Every question counts the same, however many right and wrong sentences it has.
  found = { values, rows: row, weight: 1 / Math.max(1, positives.length * negatives.length) };
  pairsOf.set(q, found);
  return found;
}

/**
 * Pairs each right candidate of a question with its wrong ones: the ranker learns which of two sentences of the
 * same question answers it better (a pairwise logistic model), not how answerable questions are in general.
 */
function pairs(questions: readonly TrainingQuestion[]): RowMatrix {
  const all = questions.map(questionPairs);
  const total = all.reduce((sum, q) => sum + q.rows, 0);
  const matrix = {
    values: new Float64Array(total * FEATURE_NAMES.length),
    labels: new Uint8Array(total),
    weights: new Float64Array(total),
  };
  let at = 0;
  for (const q of all) {
    matrix.values.set(q.values, at * FEATURE_NAMES.length);
    for (let k = 0; k < q.rows; k++) {
      matrix.labels[at + k] = k % 2 === 0 ? 1 : 0;
      matrix.weights[at + k] = q.weight;
    }
    at += q.rows;
  }
  return matrix;
}

/** Fits the ranker on pairs of candidates of the same question, from a ranker fitted on nearly the same if given. */
function trainRanker(questions: readonly TrainingQuestion[], near?: Scorer['ranker']): Scorer['ranker'] {
  const start = near ? [...near.weights, 0] : undefined;
  // Differences are centred by construction: the model is fitted on them unscaled around zero.
  const fitted = fitLogisticRows(FEATURE_NAMES, pairs(questions), { l2: 0.01, ...(start ? { start } : {}) });
  return { ...fitted, mean: fitted.mean.map(() => 0), bias: 0 };
}

/** The confidence model's inputs for every answer a scorer gives (no threshold), and whether each passes. */
function confidenceRows(
  questions: readonly TrainingQuestion[],
  open: Scorer,
): { inputs: ConfidenceRow[]; right: number[] } {
  const inputs: ConfidenceRow[] = [];
  const right: number[] = [];
  for (const result of outcomes(questions, open)) {
    if (!result.answered) continue;
    const q = result.question;
    const x = confidenceInputs(leadsOf(rescore(q.candidates, open), q.analyzed), q.analyzed);
    if (!x) continue;
    inputs.push(x);
    right.push(result.pass ? 1 : 0);
  }
  return { inputs, right };
}
type ConfidenceRow = Record<string, number>;

/**
 * Trains the ranker on pairs of candidates, then the confidence model and threshold on whole answers. The
 * confidence model learns from answers ranked by rankers that never saw the answer's corpus: a ranker is surer of
 * the questions it was fitted on than of a new corpus's, and the confidence shown must hold for new corpora. Every
 * fit starts from `near`, a ranker fitted on nearly the same questions, when given.
 */
export function trainScorer(questions: readonly TrainingQuestion[], base: Scorer, near?: Scorer['ranker']): Scorer {
  const ranker = trainRanker(questions, near);
  const groups = [...new Set(questions.map((q) => q.group))].sort();
  const foldOf = new Map(groups.map((group, i) => [group, i % CONFIDENCE_FOLDS]));
  const foldCount = Math.min(CONFIDENCE_FOLDS, groups.length);
  const unseenBy = (fold: number): Scorer => {
    const others = questions.filter((q) => foldOf.get(q.group) !== fold);
    return { ...base, ranker: trainRanker(others, ranker), threshold: 0 };
  };
  const folds =
    groups.length > 1
      ? Array.from({ length: foldCount }, (_, fold) =>
          confidenceRows(
            questions.filter((q) => foldOf.get(q.group) === fold),
            unseenBy(fold),
          ),
        )
      : [confidenceRows(questions, { ...base, ranker, threshold: 0 })];
  const inputs = folds.flatMap((f) => f.inputs);
  const right = folds.flatMap((f) => f.right);
  const confidence = fitLogistic(CONFIDENCE_INPUTS, inputs, right, { l2: 0.1 });
  const scored: Scorer = { ...base, ranker, confidence, threshold: 0 };
  return { ...scored, threshold: chooseThreshold(outcomes(questions, scored)) };
}

/**
 * How many folds of corpora the confidence model's unseen rankers leave out in turn: a ranker per corpus left out,
 * as at thirty corpora, took hours at three hundred; each fold's corpora are still unseen by the ranker that answers
 * them.
 */
const CONFIDENCE_FOLDS = 10;

/** Each candidate threshold with its utility on the given outcomes, averaged with its neighbours'. */
export function thresholdUtilities(calibrated: readonly Outcome[]): Array<[number, number]> {
  // A single question more or less should not swing the choice.
  const smoothed = (t: number): number =>
    [-2, -1, 0, 1, 2].reduce((sum, k) => sum + utility(calibrated, t + k * STEP), 0) / 5;
  return THRESHOLDS.map((t) => [t, smoothed(t)]);
}

/** The threshold with the best smoothed utility over the outcomes of questions answered at any confidence. */
export function chooseThreshold(calibrated: readonly Outcome[]): number {
  const table = thresholdUtilities(calibrated);
  // The best on average over its neighbours (so a single question does not decide); on a tie, the higher one:
  // as many right answers for fewer wrong ones shown.
  const top = Math.max(...table.map(([, u]) => u));
  return Math.round((table.findLast(([, u]) => u === top)?.[0] ?? 0.5) * 100) / 100;
}
