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
    question.names.some((n) => n.known && isPersonName(n.text, kinds) && !namesWork(n.text, question.text))
  );
}

/** "The hammer price on the Vallory": a painter's name after "the" names a work of hers, not her. */
function namesWork(name: string, question: string): boolean {
  const at = question.toLowerCase().indexOf(`the ${name.toLowerCase()}`);
  return (
    at >= 0 && (at === 0 || /\W/u.test(question[at - 1]!)) && !/^['’]s\b/u.test(question.slice(at + 4 + name.length))
  );
}
