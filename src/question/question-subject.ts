import { termOf } from '../text/analyzer.ts';
import { type AnswerType, kindAskedOf } from './answer-type.ts';
import type { QuestionName } from './question-names.ts';
import { isPossessive, type QuestionToken } from './tag-question.ts';

/** The words between "what did" and the verb of saying: who is asked to have said something. */
function speakerPhrase(tokens: readonly QuestionToken[], start: number): readonly QuestionToken[] {
  const verb = tokens.findIndex((t, i) => i > start + 1 && t.pos === 'VERB');
  return tokens.slice(start + 2, verb < 0 ? tokens.length : verb);
}

/** A speaker named by common words ("the army corps of engineers"): its nouns before any "of", as index terms. */
export function speakerWords(tokens: readonly QuestionToken[], start: number): string[] {
  const phrase = speakerPhrase(tokens, start);
  if (phrase.some((t) => t.name)) return [];
  const ends = phrase.findIndex((t) => t.pos === 'ADP');
  const head = phrase.slice(0, ends < 0 ? phrase.length : ends).filter((t) => t.pos === 'NOUN');
  return head.map((t) => termOf(t.lower)).filter((t): t is string => t !== null);
}

/** What a definition, statement or yes/no question is about: the thing defined, the speaker, or the name asked of. */
export function subjectOf(
  tokens: readonly QuestionToken[],
  { start, bodyStart, end }: { start: number; bodyStart: number; end: number },
  type: AnswerType,
  names: readonly QuestionName[],
): string | null {
  if (type === 'definition') {
    // "What counts as X" and "what is X" alike: X follows the verb, or its "as"; in "what is the job of X", its "of"
    // (where the question's body starts).
    const kindOf = kindAskedOf(tokens, start);
    const after = kindOf > 0 ? kindOf + 1 : tokens[start + 2]?.lower === 'as' ? start + 3 : start + 2;
    const from = Math.max(bodyStart, after);
    const rest = tokens.slice(from, end).filter((t) => !t.afterFirstSentence && t.pos !== 'DET' && t.pos !== 'ADV');
    // "What is Marchetti's job?" is about Marchetti (the type noun ends the subject, leaving the possessive).
    if (isPossessive(rest.at(-1))) rest.pop();
    return rest.map((t) => t.raw).join(' ') || null;
  }
  // The speaker is the person, not the body a possessive ties them to ("the ACLU's Nicole Ozer"), and is named before
  // the verb: in "what did the army corps say about Port Merrow", Port Merrow is what was spoken of.
  if (type === 'statement') {
    const first = speakerPhrase(tokens, start).find((t) => t.name);
    const speaker = first ? names.find((n) => n.text.split(/\s+/u).includes(first.raw)) : undefined;
    return speaker?.qualifies ?? speaker?.text ?? null;
  }
  // "Did Microsoft also donate …?" is about Microsoft, whoever else it names.
  if (type === 'yes-no') {
    const first = tokens.slice(start + 1).find((t) => t.pos !== 'DET');
    return first?.name ? (names.find((n) => n.text.split(' ').includes(first.raw))?.text ?? null) : null;
  }
  return null;
}
