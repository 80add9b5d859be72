import type { CorpusIndex } from '../corpus-index.ts';
import { engineFromIndex } from '../create-engine.ts';
import { passes, type ItemResult } from './evaluate.ts';

/** A way of writing a question differently that should not change its answer: a typo, a chat frame. */
export interface Variant {
  name: string;
  /** The question written this way, or null when the variant does not apply to it. */
  rewrite(question: string): string | null;
}

/** How many of the questions answered right were still answered right written one way. */
export interface VariantReport {
  name: string;
  right: number;
  kept: number;
}

/** Asks each standalone question the engine answered right again, written each way. */
export async function keptUnder(
  index: CorpusIndex,
  results: readonly ItemResult[],
  variants: readonly Variant[],
): Promise<VariantReport[]> {
  const engine = engineFromIndex(index);
  const right = results.filter((r) => r.pass && r.item.expect === 'answer' && !r.item.conversation);
  const reports: VariantReport[] = [];
  for (const variant of variants) {
    const report = { name: variant.name, right: 0, kept: 0 };
    for (const { item } of right) {
      const question = variant.rewrite(item.question);
      if (!question) continue;
      report.right++;
      if (passes(item, await engine.ask(question))) report.kept++;
    }
    reports.push(report);
  }
  return reports;
}
