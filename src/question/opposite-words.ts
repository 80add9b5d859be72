import type { AnswerType } from './answer-type.ts';
import type { QueryTerm } from './query-terms.ts';

/**
 * The question's terms without their words' opposites, unless it asks yes or no: "is it legal?" is answered by "it
 * is illegal", but in "how many seats will the new stadium have?" the old stadium is another thing.
 */
export function withoutOpposites(terms: readonly QueryTerm[], type: AnswerType): QueryTerm[] {
  if (type === 'yes-no') return [...terms];
  return terms.map((t) => ({ ...t, alternatives: t.alternatives.filter((a) => a.relation !== 'antonym') }));
}
