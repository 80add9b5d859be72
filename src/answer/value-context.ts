import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import { TALLY_NOUNS } from '../question/answer-type.ts';
import type { Passage } from '../retrieval/passage.ts';
import { isTally, type ValueSpan } from '../text/annotate.ts';
import { YEAR_PATTERN } from '../text/calendar.ts';
import { anyOf, regex } from '../text/regex.ts';
import { describesOtherName, possessedByOtherName } from './appositive-owner.ts';
import { measuredAsOther, measureFit, sumMisfits } from './measure-fit.ts';
import { durationInContext } from './duration-context.ts';
import { modifiesOther } from './modified-noun.ts';
import { qualifiedFit } from './value-qualifiers.ts';
import { termSetOf } from './passage-term-set.ts';
import { PLAN_WORDS } from './unreal-event.ts';
import { countsSamePeople, isPeople, isPeopleWord } from './people-counts.ts';
import { holdsEvent } from './term-holding.ts';
import type { TermPositions } from './term-positions.ts';

// How the words around a value change how well it answers: a value of the asked kind may still be relative, a
// demand, history, a rate, or a count of something else.

const RELATIVE_DATE = /^(?:today|tonight|yesterday|tomorrow|now|recently|this (?:week|month|year)|these days)$/i;
const RELATIVE_DATE_FIT = 0.3;
const PAST_RELATIVE = /\b(?:last|ago|yesterday|earlier|previous)\b/i;
/** A date that is past by its own words ("last week", "yesterday", "two days ago"), not merely after "earlier". */
const GONE_BY = /^(?:last|yesterday)\b|\bago$/i;
/** A past participle or past tense right before a date ("delivered Wednesday", "filed on May 2"). */
const DONE_ON = /\b\p{Ll}+ed(?: on)? $/u;
/** How far back a "will", "due" or "to be" makes the participle one of what is to come ("due to be installed"). */
const DONE_REACH = 30;
/** What a sentence telling of something still to come says it with. */
const FUTURE_MARKER = regex(
  [String.raw`\b`, anyOf(['will', 'would', 'shall', ...PLAN_WORDS, 'set (?:to|for)', 'next', 'until']), String.raw`\b`],
  'i',
);
/** A time of day without a clock figure ("that night", "Tuesday morning"). */
const VAGUE_TIME_FIT = 0.5;
const LONE_ONE_FIT = 0.3;

/** A count answers "how many employees" when what follows it is employees, not rentals. */
const COUNTED_DISTANCE = 30;
const UNCOUNTED_FIT = 0.4;

/** A value modifying a noun the question does not ask about ("a 2023 study"). */
const OTHER_THING_FIT = 0.5;

/** A figure describing another name than the one asked about, by apposition ("Brookmere, a town of 600"). */
const OTHER_NAME_FIT = 0.3;

/** A count of a stand-in ("412,318 SUVs" for "how many cars") answers nearly as well as one of the word asked. */
const STAND_IN_COUNT_FIT = 0.8;

/**
 * How surely a count counts what is asked: "2,310 provisional ballots" surely, "226 votes" nearly, "226 votes after
 * mail ballots" no more. The noun the index saw counted decides; without one, what is written shortly after it.
 */
function counts(span: ValueSpan, positions: TermPositions, text: string, question: AnalyzedQuestion): number {
  const head = question.head;
  // "Passed 5-4" counts votes: a tally answers how a vote went, and how many voted either way ("71 to 19").
  if (isTally(text.slice(span.start, span.end))) {
    if (question.terms.some((t) => TALLY_NOUNS.has(t.word))) return 1;
    return isPeopleWord(head) || isPeople(head) ? STAND_IN_COUNT_FIT : UNCOUNTED_FIT;
  }
  // A count of nothing named ("there were 412") may count what is asked, when the sentence never names it; "three
  // of the seven" counts what a sentence before named.
  if (!span.counted && positions.head.length === 0) {
    const refersBack = /^ of\b/u.test(text.slice(span.end)) || /\bthe $/i.test(text.slice(0, span.start));
    return refersBack ? UNCOUNTED_FIT : 1;
  }
  // "Employs about 520 people" counts its staff: people are what any count of persons, or of a staff, is made of.
  // The other way round, "its 3,600 employees" counts the people who work there: persons of any kind are people.
  const countsPeople = span.counted !== undefined && countsSamePeople(text.slice(...span.counted), head);
  let sure = countsPeople ? STAND_IN_COUNT_FIT : UNCOUNTED_FIT;
  positions.head.forEach((at, i) => {
    const counted = span.counted ? at === span.counted[0] : at >= span.end && at - span.end <= COUNTED_DISTANCE;
    if (counted) sure = Math.max(sure, positions.headExact[i] ? 1 : STAND_IN_COUNT_FIT);
  });
  return sure;
}

const PERIOD = '(?:hour|day|week|month|year)';
const RATE = new RegExp(`^,? (?:a|an|per|each|every) ${PERIOD}\\b`, 'u');
const ASKS_RATE = regex(
  [
    String.raw`\b(?:(?:a|an|per|each|every) ${PERIOD}|hourly|daily|weekly|monthly|yearly|annual`,
    String.raw`|salary|salaries|wages?|earn\w*|rate)\b`,
  ],
  'iu',
);
// Whether a question asks about pay by the period: the same for each of its candidates, so worked out once.
const asksRate = new WeakMap<AnalyzedQuestion, boolean>();
const ratesAsked = (question: AnalyzedQuestion): boolean => {
  let asked = asksRate.get(question);
  if (asked === undefined) asksRate.set(question, (asked = ASKS_RATE.test(question.text)));
  return asked;
};
const RATE_FIT = 0.5;
const PAST_CLAUSE = regex([String.raw`\b(${YEAR_PATTERN}),? when\b[^;:.!?]*$`]);
const PAST_REACH = 120;
// A figure between them takes the year: "21,300 students, down from 26,900 in 2012" dates the 26,900. "Paid $26.8
// million since 2020" runs up to now: it is the story's figure, not history.
const YEAR_AFTER = regex([String.raw`^[^;:.!?\d]{0,40}?\b(?:in|during|back in) (${YEAR_PATTERN})\b`]);
const OTHER_TIME_FIT = 0.3;

/**
 * The earlier year a value's clause tells of, or null: "… since 1998, when a walkout lasted nine days", or "the
 * club paid £6.5m for him in 2020" in a 2025 article. Such a value is history, not the story asked about.
 */
function yearOfClause(text: string, span: ValueSpan, published: string | null): string | null {
  if (span.kind === 'date' || span.kind === 'time') return null;
  const before = PAST_CLAUSE.exec(text.slice(Math.max(0, span.start - PAST_REACH), span.start))?.[1];
  if (before) return before;
  // "Deslauriers, 54, started Velantis in 2014": the year dates what she did; her age is her age as the article
  // went out.
  if (span.kind === 'age') return null;
  const after = YEAR_AFTER.exec(text.slice(span.end))?.[1];
  return after && published && after < published.slice(0, 4) ? after : null;
}

/** "… said Tuesday that": the day of a statement, not of the event the statement is about. */
const SAID_ON = /\b(?:said|says|told [\p{L}-]+|added|wrote)(?: on)? $/iu;
const SAID_ON_REACH = 30;
const SAID_ON_FIT = 0.4;
/** "No hearing date had been set as of Friday": the day a report speaks from, not of the event it reports. */
const AS_OF = /\bas of $/i;
const AS_OF_REACH = 7;

/** "$1.6 million … renovating the residence, including a wine room": the sum is the whole's, not the part's. */
const INCLUDING = /\b(?:including|such as|among them)\b/i;
const WHOLE_FIT = 0.4;

/** Whether the thing asked about is named only as a part listed after the value ("…, including a wine room"). */
const onlyListedAfter = (text: string, span: ValueSpan, positions: TermPositions): boolean =>
  positions.head.length > 0 && positions.head.every((at) => at > span.end && INCLUDING.test(text.slice(span.end, at)));

/** How far back in its clause a "must" or "should" makes a value a demand. */
const DEMAND_REACH = 120;
const DEMANDED_FIT = 0.6;
const DEMANDED = /\b(?:must|should|ought to|needs to|need to)\b[^.;:!?"“”]*$/iu;

/**
 * How well (0–1) a value of the asked kind answers, given what its sentence says around it: "this week" or "that
 * night" only loosely, "must … by 2026" as a demand, "in 2020" in a 2025 article as history, "£70,000 a week" as a
 * rate, "three of the seven" as a count of something else, "said Tuesday" as the day of saying it, a sum
 * "including" the part asked about as the whole's, and a span of time as its own words place it (durationInContext).
 */
export function valueInContext(
  passage: Passage,
  span: ValueSpan,
  question: AnalyzedQuestion,
  positions: TermPositions,
  published: string | null,
): number {
  const text = passage.text.slice(span.start, span.end);
  let fit = 1;
  // "Today" or "this week" says when relative to an article, not when: it answers "when" only loosely.
  if (span.kind === 'date' && RELATIVE_DATE.test(text)) fit *= RELATIVE_DATE_FIT;
  if (question.asksYear && !/\b\d{4}\b/u.test(text)) fit *= RELATIVE_DATE_FIT;
  // "When will the appeal be heard?" is not answered by "said last week", nor by a date in a sentence that tells of
  // nothing still to come.
  if (question.future && span.kind === 'date') {
    // "Last week" or "two days ago" is past whenever the article was written: it dates nothing still to come.
    if (GONE_BY.test(text)) return 0;
    // "A letter delivered Wednesday" dates what was done; "a ruling expected Wednesday" or "due to be installed on
    // May 19" what is to come.
    const before = passage.text.slice(Math.max(0, span.start - DONE_REACH), span.start);
    const past = DONE_ON.test(before) && !FUTURE_MARKER.test(before) && !/\bto be\b/i.test(before);
    if (past || PAST_RELATIVE.test(text) || !FUTURE_MARKER.test(passage.text)) fit *= OTHER_TIME_FIT;
  }
  // "The night of the explosion" says when only loosely beside "at about 2:40 a.m.".
  if (span.kind === 'time' && !/\d/u.test(text)) fit *= VAGUE_TIME_FIT;
  // "Amazon must commit to a moratorium until the dangers are addressed" says what someone demands, not what is.
  if (DEMANDED.test(passage.text.slice(Math.max(0, span.start - DEMAND_REACH), span.start))) fit *= DEMANDED_FIT;
  fit *= qualifiedFit(passage, span, question);
  const pastYear = yearOfClause(passage.text, span, published);
  if (pastYear && !question.years.includes(pastYear)) fit *= OTHER_TIME_FIT;
  // "£70,000 a week" is a rate: it answers what someone earns, not what was paid for something.
  if (span.kind === 'money' && RATE.test(passage.text.slice(span.end)) && !ratesAsked(question)) {
    fit *= RATE_FIT;
  }
  // "The Center … said Tuesday that a price …" does not date the center's founding.
  const saidOn =
    span.kind === 'date' && SAID_ON.test(passage.text.slice(Math.max(0, span.start - SAID_ON_REACH), span.start));
  if (saidOn && !holdsEvent(termSetOf(passage), question)) fit *= SAID_ON_FIT;
  const timed = span.kind === 'date' || span.kind === 'time';
  if (timed && AS_OF.test(passage.text.slice(Math.max(0, span.start - AS_OF_REACH), span.start))) fit *= SAID_ON_FIT;
  if ((span.kind === 'money' || span.kind === 'count') && onlyListedAfter(passage.text, span, positions)) {
    fit *= WHOLE_FIT;
  }
  if (span.kind === 'duration') fit *= durationInContext(passage, span, question);
  // "A 30-minute check-in" or "a 2023 study" measures or dates the noun it modifies.
  if (modifiesOther(passage, span, question)) fit *= OTHER_THING_FIT;
  // "… to Brookmere, a community of about 600 people north of Silverpine" does not count Silverpine's people, nor
  // does "the Kettle Lodge, which opened in 1994" date when the volunteers came.
  if (describesOtherName(passage, span, question)) fit *= OTHER_NAME_FIT;
  // "Mossbank High's 640 students" are not Caddon Ford High's.
  if (possessedByOtherName(passage, span, question)) return 0;
  // "How big is the fire?" is answered by a measure ("12,900 acres") before any other figure; "how deep is the
  // well" by one of a length only.
  if (span.kind === 'count' && question.type === 'amount') fit *= measureFit(passage.text, span, question);
  // "How tall is the tower?" is not answered by "£10,000 towards the purchase of the lighthouse".
  if (span.kind === 'money' && sumMisfits(passage.text, span, question)) return 0;
  // "A magnitude 5.4 earthquake" measures its magnitude: no damage, no count of anything.
  // A sum is asked as a sum ("a list price of $318,000" for what a year costs).
  if ((span.kind === 'count' || span.kind === 'percent') && measuredAsOther(passage.text, span, question)) return 0;
  // "One" is far more often a pronoun ("the last one") than a count in news prose.
  if (span.kind === 'count' && /^one$/i.test(text.trim())) fit *= LONE_ONE_FIT;
  if (span.kind === 'count' && question.type === 'count' && question.attributeTerms.length > 0) {
    fit *= counts(span, positions, passage.text, question);
  }
  return fit;
}
