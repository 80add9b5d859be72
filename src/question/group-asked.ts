import type { AnswerType } from './answer-type.ts';
import type { QuestionToken } from './tag-question.ts';
import type { WordKnowledge } from './word-knowledge.ts';

const GROUP_ANSWERS: ReadonlySet<AnswerType> = new Set(['organization', 'other', 'name']);

/**
 * The kind of group a question asks someone is in: "what party is Governor Terhune", "which party does she belong
 * to" → "party". Null for anything else, as "which team does she play for", which asks what someone does.
 */
export function groupAsked(
  tokens: readonly QuestionToken[],
  typeToken: QuestionToken | undefined,
  type: AnswerType,
  knowledge: WordKnowledge,
): string | null {
  if (typeToken?.pos !== 'NOUN' || !GROUP_ANSWERS.has(type)) return null;
  if (knowledge.category(typeToken.lemma, 'n') !== 'noun.group') return null;
  // A word tagged a verb before a title or a name is part of it ("State Sen. Orrin Talbridge").
  const acts = tokens.some(
    (t, i) => t.pos === 'VERB' && t.lemma !== 'belong' && !tokens[i + 1]?.title && !tokens[i + 1]?.name,
  );
  return acts ? null : typeToken.lemma;
}
