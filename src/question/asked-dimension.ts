import type { QuestionToken } from './tag-question.ts';
import type { Dimension, WordKnowledge } from './word-knowledge.ts';

const GRADED = new Set(['ADJ', 'ADV']);

/**
 * The dimension an amount is asked in: "how deep", "how fast" by the adjective; "what is the depth of …" by the
 * noun. Null when the question asks for no figure of a dimension ("how big", "how much").
 */
export function askedDimension(
  tokens: readonly QuestionToken[],
  noun: QuestionToken | undefined,
  knowledge: WordKnowledge,
): Dimension | null {
  const how = tokens.findIndex((t, i) => t.lower === 'how' && GRADED.has(tokens[i + 1]?.pos ?? ''));
  const graded = how >= 0 ? tokens[how + 1] : undefined;
  // "How fast" is tagged an adverb as often as an adjective; "how often" has no adjective but the one it is made from.
  if (graded) return knowledge.dimension(graded.lemma, 'a') ?? knowledge.dimension(graded.lemma, 'r');
  return noun?.pos === 'NOUN' ? knowledge.dimension(noun.lemma, 'n') : null;
}
