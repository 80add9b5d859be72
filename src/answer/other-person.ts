import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import { EVENT_VALUE_TYPES } from '../question/answer-type.ts';
import type { QuestionName } from '../question/question-names.ts';
import type { Passage } from '../retrieval/passage.ts';
import { NONE, type RelationCheck, sameEntity } from './entity-match.ts';
import { termsOfName } from './name-terms.ts';
import { isPersonName } from './person-names.ts';
import { holdsAll } from './term-holding.ts';
import type { NameKinds } from './type-match.ts';

/**
 * "How much did Lotte Ingvaldsen win?" is not answered by "Nadia Ferrante-Okafor … will receive the winner's prize
 * of $60,000": a value in a sentence that neither names the asked person nor refers to them, and names another
 * person, is that other person's.
 */
export function anotherPersons(
  passage: Passage,
  question: AnalyzedQuestion,
  known: readonly QuestionName[],
  held: ReadonlySet<string>,
  kinds: NameKinds,
): RelationCheck {
  if (!EVENT_VALUE_TYPES.has(question.type)) return NONE;
  const person = (text: string): boolean => isPersonName(text, kinds);
  if (!known.some((n) => person(n.text) && !holdsAll(held, n.terms))) return NONE;
  const asked = (text: string): boolean => known.some((n) => sameEntity(termsOfName(text), n.terms));
  const other = passage.names.find((n) => person(n.text) && !asked(n.text));
  return other ? { link: -1, other: other.text } : NONE;
}
