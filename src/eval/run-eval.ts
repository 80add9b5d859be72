import { parseArgs } from 'node:util';
import { loadCoreConfig } from '../config.ts';
import { buildCorpusIndex } from '../corpus-index.ts';
import { reliabilityTable } from './calibration.ts';
import { loadEvalSet } from './eval-set.ts';
import { corpusFolderOf, loadEvalSets, type Split } from './eval-sets.ts';
import { evaluate, type EvalReport, type ItemResult } from './evaluate.ts';
import { CHAT_FRAMES } from './chat-frames.ts';
import { REPHRASINGS } from './rephrasings.ts';
import { keptUnder, type Variant, type VariantReport } from './robustness.ts';
import { SLIP_VARIANTS } from './typo-robustness.ts';

const USAGE = `Usage:
  npm run eval                          every set's dev half, one line per set, then the calibration table
  npm run eval -- --split heldout       the held-out halves (score them only at the end of a change)
  npm run eval -- --set court-ruling    one set (repeatable); --verbose lists each failure
  npm run eval -- --typos               also asks each question answered right again with one typo of each kind
  npm run eval -- --frames              … and again in each of chat's frames ("hey, …", "… thanks!")
  npm run eval -- --rephrasings         … and again in other words ("what number of" for "how many")
  npm run eval -- questions.jsonl       one question file, asked of CORPUS_DIR (default: the bundled corpus)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    split: { type: 'string', default: 'dev' },
    set: { type: 'string', multiple: true },
    verbose: { type: 'boolean', default: false },
    typos: { type: 'boolean', default: false },
    frames: { type: 'boolean', default: false },
    rephrasings: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help || !['dev', 'heldout', 'all'].includes(values.split)) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}
const splits: Split[] = values.split === 'all' ? ['dev', 'heldout'] : [values.split as Split];

const pct = (x: number): string => `${(x * 100).toFixed(0)}%`.padStart(4);

function line(name: string, report: EvalReport): string {
  const scored = report.results;
  const passed = scored.filter((r) => r.pass).length;
  const unanswerable = scored.filter((r) => r.item.expect === 'abstain');
  const answered = unanswerable.filter((r) => !r.answer.abstained).length;
  const falseAbstain = scored.filter((r) => r.item.expect === 'answer' && r.answer.abstained).length;
  return (
    `${name.padEnd(34)} pass ${`${passed}/${scored.length}`.padStart(7)} ${pct(report.passRate)}  ` +
    `answered-unanswerable ${answered}/${unanswerable.length}  false-abstain ${falseAbstain}  ` +
    `recall@5 ${pct(report.recallAt5)}  MRR ${report.mrr.toFixed(2)}`
  );
}

function failures(results: readonly ItemResult[]): string {
  return results
    .filter((r) => !r.pass)
    .map(
      (r) =>
        `  FAIL ${r.item.id} ${r.item.question}\n` +
        `       → ${r.answer.abstained ? '(abstained) ' : ''}${r.answer.answer.slice(0, 260)}\n`,
    )
    .join('');
}

const all: ItemResult[] = [];
const variants: Variant[] = [
  ...(values.typos ? SLIP_VARIANTS : []),
  ...(values.frames ? CHAT_FRAMES : []),
  ...(values.rephrasings ? REPHRASINGS : []),
];
const kept = new Map(variants.map((v): [string, VariantReport] => [v.name, { name: v.name, right: 0, kept: 0 }]));
async function score(name: string, corpusDir: string, questions: string): Promise<void> {
  const index = await buildCorpusIndex(corpusDir);
  const report = await evaluate(index, await loadEvalSet(questions));
  all.push(...report.results);
  process.stdout.write(`${line(name, report)}\n${values.verbose ? failures(report.results) : ''}`);
  for (const { name: variant, right, kept: held } of await keptUnder(index, report.results, variants)) {
    const total = kept.get(variant)!;
    total.right += right;
    total.kept += held;
  }
}

if (positionals.length > 0) {
  for (const file of positionals) await score(file, loadCoreConfig().CORPUS_DIR, file);
} else {
  const sets = (await loadEvalSets()).filter((s) => !values.set || values.set.includes(s.name));
  for (const split of splits) {
    for (const set of sets) {
      const questions = split === 'dev' ? set.dev : set.heldout;
      if (questions) await score(`${set.name} ${split}`, await corpusFolderOf(set), questions);
    }
  }
}
process.stdout.write(`\n${reliabilityTable(all)}\n`);
if (variants.length > 0) {
  process.stdout.write(
    '\nRight answers kept, written otherwise (typos: in the longest dictionary word of each question)\n',
  );
  for (const { name, right, kept: held } of kept.values()) {
    process.stdout.write(`  ${name.padEnd(18)} ${`${held}/${right}`.padStart(9)} ${pct(right ? held / right : 0)}\n`);
  }
}
