import { rankFor } from '../answer/answer-question.ts';
import type { Answer } from '../answer/answer-schema.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import { engineFromIndex } from '../create-engine.ts';
import type { EvalItem } from './eval-set.ts';

/** Folds quotes, dashes, case and spacing so that matching is about words, not typography. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** One item's outcome. */
export interface ItemResult {
  item: EvalItem;
  answer: Answer;
  pass: boolean;
  /** 1-based rank of the first passage holding the evidence, or null if not in the top 20 (answer items only). */
  evidenceRank: number | null;
}

/** The figures `npm run eval` prints. */
export interface EvalReport {
  /** Scored items (context turns are asked but not scored). */
  results: ItemResult[];
  passRate: number;
  /** Pass rate of the items asked within a conversation (follow-ups), reported apart; null when there are none. */
  conversationalPassRate: number | null;
  recallAt5: number;
  mrr: number;
  abstentionAccuracy: number;
  medianAnswerChars: number;
}

/** Whether an answer meets an item's expectation: declined when it should be, else mentions and cites what it must. */
export function passes(item: EvalItem, answer: Answer): boolean {
  if (item.expect === 'context') return true;
  if (item.expect === 'abstain') return answer.abstained;
  if (answer.abstained) return false;
  const text = normalize(answer.answer);
  const mentions = item.mention.every((alts) => alts.some((alt) => text.includes(normalize(alt))));
  const sourced = answer.citations.some((c) =>
    item.sources.some((s) => normalize(`${c.outlet} ${c.title}`).includes(normalize(s))),
  );
  return mentions && sourced;
}

function evidenceRank(index: CorpusIndex, item: EvalItem): number | null {
  if (item.expect !== 'answer' || item.evidence.length === 0) return null;
  const ranked = rankFor(index, item.question).slice(0, 20);
  const at = ranked.findIndex((c) => item.evidence.some((e) => normalize(c.passage.text).includes(normalize(e))));
  return at >= 0 ? at + 1 : null;
}

/** Runs every item through the real engine and measures answers, retrieval and abstention. */
export async function evaluate(index: CorpusIndex, items: readonly EvalItem[]): Promise<EvalReport> {
  const engine = engineFromIndex(index);
  const results: ItemResult[] = [];
  for (const item of items) {
    const answer = await engine.ask(
      item.question,
      item.conversation ? { conversation: `eval-${item.conversation}` } : {},
    );
    if (item.expect === 'context') continue;
    // Retrieval is measured on standalone questions; a follow-up's words alone do not name what it asks about.
    const rankable = item.conversation ? null : evidenceRank(index, item);
    results.push({ item, answer, pass: passes(item, answer), evidenceRank: rankable });
  }
  const conversational = results.filter((r) => r.item.conversation);
  const withEvidence = results.filter(
    (r) => r.item.expect === 'answer' && r.item.evidence.length > 0 && !r.item.conversation,
  );
  const lengths = results
    .filter((r) => r.item.expect === 'answer' && !r.answer.abstained)
    .map((r) => r.answer.answer.length)
    .sort((a, b) => a - b);
  const share = (n: number, of: number): number => (of ? n / of : 0);
  return {
    results,
    passRate: share(results.filter((r) => r.pass).length, results.length),
    conversationalPassRate: conversational.length
      ? share(conversational.filter((r) => r.pass).length, conversational.length)
      : null,
    recallAt5: share(
      withEvidence.filter((r) => r.evidenceRank !== null && r.evidenceRank <= 5).length,
      withEvidence.length,
    ),
    mrr: share(
      withEvidence.reduce((sum, r) => sum + (r.evidenceRank ? 1 / r.evidenceRank : 0), 0),
      withEvidence.length,
    ),
    // Right to abstain on unanswerable items, and right to answer the answerable ones.
    abstentionAccuracy: share(
      results.filter((r) => r.answer.abstained === (r.item.expect === 'abstain')).length,
      results.length,
    ),
    medianAnswerChars: lengths.length ? lengths[Math.floor(lengths.length / 2)]! : 0,
  };
}
