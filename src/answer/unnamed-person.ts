import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import { EVENT_VALUE_TYPES } from '../question/answer-type.ts';
import type { Candidate } from './candidates.ts';
import { isPersonName } from './person-names.ts';
import type { NameKinds } from './type-match.ts';

/**
 * "How much does Tomas Ruell earn?" is not answered by "Senior deckhands earn $30 an hour", nor "how many boats
 * does Ruell own" by "two boats were sold": a value asked of a person, in a sentence that neither names
 * nor refers to anyone the question names, is someone else's.
 */
export function valueOfUnnamedPerson(best: Candidate, question: AnalyzedQuestion, kinds: NameKinds): boolean {
  return (
    EVENT_VALUE_TYPES.has(question.type) &&
    best.features.names === 0 &&
    question.names.some((n) => n.known && isPersonName(n.text, kinds))
  );
}
