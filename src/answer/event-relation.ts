import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { QuestionName } from '../question/question-names.ts';
import type { Passage } from '../retrieval/passage.ts';
import { termsOfName } from './name-terms.ts';
import { regex } from '../text/regex.ts';
import { NONE, type RelationCheck, sameEntity } from './entity-match.ts';
import { writtenTerms } from './term-positions.ts';

/** Questions about when, how long, how many or how much something happened: the event's doer must be the one asked. */
const EVENT_TYPES = new Set(['date', 'duration', 'count', 'money', 'amount', 'time']);
/** How far after a verb its object may be named: "founded Drummond", "bought the Drummond company". */
const OBJECT_REACH = 12;
/** How far before a verb its subject may be named: "Lumeridge, which was founded in 2014". */
const SUBJECT_REACH = 45;
const BETWEEN_SUBJECT_AND_VERB = regex([
  String.raw`^(?:['’]s)?(?:,? (?:which|who|that))?`,
  String.raw`(?:,? (?:is|was|were|are|has|had|have|been|be|being|also|then|first|later|itself))*,? ?$`,
]);

/** A form of "be" right before a verb makes it passive: "was founded", "had been quietly sold". */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;

/**
 * "When was Drummond founded?" is not answered by "Lumeridge, founded in 2014, bought Drummond": the name just
 * before the question's verb says whose event a sentence tells.
 */
export function eventRelation(passage: Passage, question: AnalyzedQuestion, asked: QuestionName): RelationCheck {
  if (!EVENT_TYPES.has(question.type) || question.eventTerms.length === 0) return NONE;
  const wanted = new Set(question.eventTerms);
  let other: string | null = null;
  for (const { at, word, term } of writtenTerms(passage)) {
    if (!wanted.has(term)) continue;
    const doer = passage.names
      .filter((n) => n.end <= at && at - n.end <= SUBJECT_REACH)
      .find((n) => BETWEEN_SUBJECT_AND_VERB.test(passage.text.slice(n.end, at).toLowerCase()));
    // "Jane Roe founded Drummond in 1998": in the active voice the asked entity is the one right after the verb.
    const end = at + word.length;
    const after = passage.names.find((n) => n.start >= end && n.start - end <= OBJECT_REACH);
    if (
      (doer && sameEntity(termsOfName(doer.text), asked.terms)) ||
      (after && sameEntity(termsOfName(after.text), asked.terms))
    ) {
      return { link: 1, other: null };
    }
    if (doer) other ??= doer.text;
    // "When was Drummond founded?" against "… before he founded Lumeridge in 2014": the one an active verb acts on
    // is the one that underwent the event.
    const active = !PASSIVE_BEFORE.test(passage.text.slice(Math.max(0, at - 16), at));
    if (question.eventPassive && active && after) other ??= after.text;
  }
  return other ? { link: -1, other } : NONE;
}
