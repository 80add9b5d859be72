import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import { EVENT_VALUE_TYPES } from '../question/answer-type.ts';
import type { Candidate } from './candidates.ts';
import type { NameKinds } from './type-match.ts';

/** Whether a question names a person: by the full name the corpus knows as a person's, or by its surname. */
function namesPerson(question: AnalyzedQuestion, kinds: NameKinds): boolean {
  const asked = question.names.filter((n) => n.known).map((n) => n.text.toLowerCase());
  if (asked.length === 0) return false;
  for (const [name, kind] of kinds) {
    if (kind === 'person' && asked.some((a) => name === a || name.endsWith(` ${a}`))) return true;
  }
  return false;
}

/**
 * "How much does Maren Castellvi earn?" is not answered by "Top-scale operators earn $31.40 an hour", nor "how many
 * hens did Krajewski have" by "two hens were killed": a value asked of a person, in a sentence that neither names
 * nor refers to anyone the question names, is someone else's.
 */
export function valueOfUnnamedPerson(best: Candidate, question: AnalyzedQuestion, kinds: NameKinds): boolean {
  return EVENT_VALUE_TYPES.has(question.type) && best.features.names === 0 && namesPerson(question, kinds);
}
