import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { defaultScorer, SCORER_FILE, type Scorer } from '../answer/scorer.ts';
import { buildCorpusIndex, type CorpusIndex } from '../corpus-index.ts';
import { loadEvalSet } from './eval-set.ts';
import { corpusFolderOf, loadEvalSets } from './eval-sets.ts';
import { chooseThreshold, outcomes, thresholdUtilities, trainScorer, type Outcome } from './train/train-scorer.ts';
import { trainingQuestions, type TrainingQuestion } from './train/training-data.ts';

// `npm run train`: fits the scorer on every set's dev half, checks it on corpora left out, and writes
// src/answer/scorer-weights.json. Held-out halves are never read here.
const base = defaultScorer();
/** How many folds the corpora are left out in. */
const FOLDS = 10;
const questions: TrainingQuestion[] = [];
const indexes = new Map<string, CorpusIndex>();
for (const set of await loadEvalSets()) {
  const folder = await corpusFolderOf(set);
  const key = set.corpus.join('+');
  let index = indexes.get(key);
  if (!index) indexes.set(key, (index = await buildCorpusIndex(folder)));
  // Sets over the same articles are one corpus for the leave-one-out check.
  const group = basename(set.corpus[set.corpus.length - 1]!);
  questions.push(...trainingQuestions(group, index, await loadEvalSet(set.dev), base));
}

const summary = (results: readonly Outcome[], scorer: Scorer): string => {
  const answered = results.filter((r) => r.answered && r.confidence >= scorer.threshold);
  const pass = results.filter((r) =>
    r.answered && r.confidence >= scorer.threshold ? r.pass : r.question.item.expect === 'abstain',
  );
  const wrongAbstain = answered.filter((r) => r.question.item.expect === 'abstain').length;
  return (
    `pass ${pass.length}/${results.length} (${((pass.length / results.length) * 100).toFixed(0)}%), ` +
    `answered-unanswerable ${wrongAbstain}`
  );
};

const groups = [...new Set(questions.map((q) => q.group))].sort();
// Fitted on every corpus first: each held-out fit starts from it, on nearly the same questions.
const fitted = trainScorer(questions, base);
const loco: Record<string, string> = {};
// Each corpus answered by a scorer that never saw it, at any confidence: the threshold is chosen on these, as a
// scorer's confidence on its own training questions is higher than on a corpus it meets for the first time. With
// a hundred corpora, a fit per corpus takes hours: the corpora are left out a fold at a time, each still unseen.
const unseen: Outcome[] = [];
for (let fold = 0; fold < Math.min(FOLDS, groups.length); fold++) {
  const left = new Set(groups.filter((_, i) => i % FOLDS === fold));
  const scorer = trainScorer(
    questions.filter((q) => !left.has(q.group)),
    base,
    fitted.ranker,
  );
  for (const group of left) {
    const held = questions.filter((q) => q.group === group);
    loco[group] = summary(outcomes(held, scorer), scorer);
    unseen.push(...outcomes(held, { ...scorer, threshold: 0 }));
    process.stdout.write(`left out ${group.padEnd(24)} ${loco[group]}\n`);
  }
}
const scorer = { ...fitted, threshold: chooseThreshold(unseen) };
const positives = questions.reduce((n, q) => n + q.labels.filter((y) => y === 1).length, 0);
const trained: Scorer = {
  ...scorer,
  trainedOn: {
    questions: questions.length,
    candidates: questions.reduce((n, q) => n + q.candidates.length, 0),
    positives,
    corpora: groups,
    leaveOneCorpusOut: loco,
  },
};
await writeFile(SCORER_FILE, `${JSON.stringify(trained, null, 2)}\n`);
const final = outcomes(questions, trained);
process.stdout.write(`all corpora: ${summary(final, trained)}; threshold ${trained.threshold}\n`);
process.stdout.write(
  `threshold utility (corpora unseen) ${thresholdUtilities(unseen)
    .map(([t, u]) => `${t.toFixed(2)}:${u.toFixed(1)}`)
    .join(' ')}\n`,
);
process.stdout.write(`ranker ${trained.ranker.inputs.map((n, i) => `${n}=${trained.ranker.weights[i]}`).join(' ')}\n`);
process.stdout.write(
  `confidence ${trained.confidence.inputs.map((n, i) => `${n}=${trained.confidence.weights[i]}`).join(' ')}\n`,
);
