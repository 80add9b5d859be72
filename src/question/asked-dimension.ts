import type { QuestionToken } from './tag-question.ts';
import type { Dimension, WordKnowledge } from './word-knowledge.ts';

const GRADED = new Set(['ADJ', 'ADV']);

/** What an amount is asked in: its dimension, and the word asking it ("deep", "depth"), whose attribute it is. */
export interface AskedMeasure {
  dimension: Dimension;
  word: string;
}

/**
 * The dimension an amount is asked in: "how deep", "how fast" by the adjective; "what is the depth of …" by the
 * noun. Null when the question asks for no figure of a dimension ("how big", "how much").
 */
export function askedMeasure(
  tokens: readonly QuestionToken[],
  noun: QuestionToken | undefined,
  knowledge: WordKnowledge,
): AskedMeasure | null {
  const how = tokens.findIndex((t, i) => t.lower === 'how' && GRADED.has(tokens[i + 1]?.pos ?? ''));
  const graded = how >= 0 ? tokens[how + 1] : undefined;
  // "How fast" is tagged an adverb as often as an adjective; "how often" has no adjective but the one it is made from.
  const dimension = graded
    ? (knowledge.dimension(graded.lemma, 'a') ?? knowledge.dimension(graded.lemma, 'r'))
    : noun?.pos === 'NOUN'
      ? knowledge.dimension(noun.lemma, 'n')
      : null;
  const word = graded ?? noun;
  return dimension && word ? { dimension, word: word.lemma } : null;
}
