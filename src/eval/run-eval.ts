import { fileURLToPath } from 'node:url';
import { loadCoreConfig } from '../config.ts';
import { buildCorpusIndex } from '../corpus-index.ts';
import { loadEvalSet } from './eval-set.ts';
import { evaluate } from './evaluate.ts';

/** The project's own question set. */
export const DEFAULT_EVAL_SET = fileURLToPath(new URL('../../eval/questions.jsonl', import.meta.url));

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const path = args.find((a) => !a.startsWith('--')) ?? DEFAULT_EVAL_SET;
const index = await buildCorpusIndex(loadCoreConfig().CORPUS_DIR);
const report = await evaluate(index, await loadEvalSet(path));

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
if (verbose) {
  for (const r of report.results) {
    if (r.pass) continue;
    process.stdout.write(`FAIL ${r.item.id} ${r.item.question}\n     → ${r.answer.answer.slice(0, 240)}\n`);
  }
}
const passed = report.results.filter((r) => r.pass).length;
process.stdout.write([
  `questions            ${report.results.length} (${path})`,
  `pass rate            ${pct(report.passRate)} (${passed}/${report.results.length})`,
  ...(report.conversationalPassRate === null ? [] : [
    `  of which follow-ups ${pct(report.conversationalPassRate)} (${report.results.filter((r) => r.item.conversation && r.pass).length}/${report.results.filter((r) => r.item.conversation).length})`,
  ]),
  `retrieval recall@5   ${pct(report.recallAt5)}`,
  `retrieval MRR        ${report.mrr.toFixed(3)}`,
  `abstention accuracy  ${pct(report.abstentionAccuracy)}`,
  `median answer        ${report.medianAnswerChars} chars`,
].join('\n') + '\n');
