import type { AnswerType } from './answer-type.ts';
import type { Expansion } from './word-knowledge.ts';

/**
 * A word's stand-ins without its opposites, unless the question asks yes or no: "is it legal?" is answered by "it
 * is illegal", but in "how many seats will the new stadium have?" the old stadium is another thing.
 */
export function withoutOpposites(alternatives: readonly Expansion[], type: AnswerType): Expansion[] {
  return type === 'yes-no' ? [...alternatives] : alternatives.filter((a) => a.relation !== 'antonym');
}
