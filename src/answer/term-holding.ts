import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { QueryTerm } from '../question/query-terms.ts';

// Plain loops rather than `every`: ranking runs these for every word of the question in every candidate.

/** How well a term set holds one question term: itself 1, a stand-in by its weight, else 0. */
export function holds(set: ReadonlySet<string>, term: QueryTerm): number {
  if (set.has(term.term)) return 1;
  let best = 0;
  for (const alternative of term.alternatives) {
    if (alternative.weight > best && holdsAll(set, alternative.terms)) best = alternative.weight;
  }
  return best;
}

/** Whether a term set tells the question's event ("founded", or a stand-in for it); true when it asks of none. */
export function holdsEvent(set: ReadonlySet<string>, question: AnalyzedQuestion): boolean {
  if (question.eventTerms.length === 0) return true;
  for (const t of question.eventTerms) if (set.has(t)) return true;
  return false;
}

/** Whether a term set holds every one of the terms. */
export function holdsAll(set: ReadonlySet<string>, terms: readonly string[]): boolean {
  for (const t of terms) if (!set.has(t)) return false;
  return true;
}
