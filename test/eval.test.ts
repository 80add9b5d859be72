import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../src/corpus-index.ts';
import { loadEvalSet } from '../src/eval/eval-set.ts';
import { evaluate } from '../src/eval/evaluate.ts';
import { BUNDLED_CORPUS } from './support/paths.ts';

// The bundled corpus's questions: the former project set and its held-out set, merged into one dev file.
const EVAL_SET = fileURLToPath(new URL('../eval/questions/bundled.dev.jsonl', import.meta.url));

describe('the project eval set', () => {
  it('keeps answer quality above its floor', async () => {
    const items = await loadEvalSet(EVAL_SET);
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(items.filter((i) => i.expect === 'abstain').length).toBeGreaterThanOrEqual(8);
    const report = await evaluate(await buildCorpusIndex(BUNDLED_CORPUS), items);
    const failed = report.results.filter((r) => !r.pass).map((r) => `${r.item.id}: ${r.answer.answer.slice(0, 100)}`);
    expect(report.passRate, failed.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(report.recallAt5).toBeGreaterThanOrEqual(0.9);
    // Never answer what the coverage does not cover.
    expect(report.results.filter((r) => r.item.expect === 'abstain' && !r.pass)).toEqual([]);
  });
});
