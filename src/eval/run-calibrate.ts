import { writeFile } from 'node:fs/promises';
import { defaultScorer, SCORER_FILE } from '../answer/scorer.ts';
import { buildCorpusIndex } from '../corpus-index.ts';
import { loadEvalSet } from './eval-set.ts';
import { corpusFolderOf, loadEvalSets } from './eval-sets.ts';
import { evaluate } from './evaluate.ts';
import { fitPlatt, rescaled, type ShownAnswer } from './train/calibrate-scorer.ts';

// `npm run calibrate`: rescales the committed scorer's confidence so that, on every set's dev half, answers shown at
// about 80% are right about 80% of the time (Platt scaling), moving the threshold with it: no answer changes.
// Held-out halves are never read here. Run it after `npm run train`.
const scorer = defaultScorer();
const answers: ShownAnswer[] = [];
for (const set of await loadEvalSets()) {
  const report = await evaluate(await buildCorpusIndex(await corpusFolderOf(set)), await loadEvalSet(set.dev));
  for (const result of report.results) {
    if (!result.answer.abstained) answers.push({ confidence: result.answer.confidence, right: result.pass });
  }
}
const scaling = fitPlatt(answers);
const calibrated = rescaled(scorer, scaling);
const trainedOn = { ...calibrated.trainedOn, calibration: { answers: answers.length, ...scaling } };
await writeFile(SCORER_FILE, `${JSON.stringify({ ...calibrated, trainedOn }, null, 2)}\n`);
process.stdout.write(
  `calibrated on ${answers.length} answers: log-odds × ${scaling.a.toFixed(3)} ${scaling.b >= 0 ? '+' : '−'} ` +
    `${Math.abs(scaling.b).toFixed(3)}; threshold ${scorer.threshold} → ${calibrated.threshold.toFixed(3)}\n`,
);
