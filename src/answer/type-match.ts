import type { AnswerType } from '../question/answer-type.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { ValueKind, ValueSpan } from '../text/annotate.ts';
import type { NameKind } from '../text/name-kinds.ts';
import { attributeMentions } from './relation.ts';
import { subjectDescription } from './subject-description.ts';
import { distanceTo, termPositions, type TermPositions } from './term-positions.ts';

// The values that answer each typed question, with how well (a time for "when" says less than a date).
const VALUE_FITS: Partial<Record<AnswerType, Partial<Record<ValueKind, number>>>> = {
  date: { date: 1, time: 0.5 },
  time: { time: 1, date: 0.2 },
  duration: { duration: 1 },
  age: { age: 1 },
  count: { count: 1 },
  money: { money: 1, count: 0.3 },
  percent: { percent: 1 },
  amount: { money: 1, count: 0.8, percent: 0.8 },
};
const NAME_FITS: Partial<Record<AnswerType, Partial<Record<NameKind, number>>>> = {
  person: { person: 1, other: 0.4 },
  organization: { organization: 1, other: 0.5 },
  agent: { person: 1, organization: 1, other: 0.6 },
  // "Where did she work before?" is answered by an employer as much as by a town.
  place: { place: 1, organization: 0.5, other: 0.3 },
};

/** How well a kind of value answers a typed question (0 when it does not, or the question asks for no value). */
export function valueFit(type: AnswerType, kind: ValueKind): number {
  return VALUE_FITS[type]?.[kind] ?? 0;
}

/** The kind of each of the corpus's names, by lowercased name. */
export type NameKinds = ReadonlyMap<string, NameKind>;

// "U.S." is the question's "US": an initialism's dots are dropped before words are compared.
const plain = (text: string): string =>
  text
    .replace(/\b(?:\p{L}\.){2,}/gu, (initials) => initials.replaceAll('.', ''))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const words = (text: string): string[] => plain(text).split(' ').filter(Boolean);

/** Whether a run of words occurs inside another, as whole words. */
function within(outer: readonly string[], inner: readonly string[]): boolean {
  return inner.length > 0 && ` ${outer.join(' ')} `.includes(` ${inner.join(' ')} `);
}

// The figures and names a question gives, as words: the same for every value and name of every candidate.
const givenWords = new WeakMap<AnalyzedQuestion, { figures: string[][]; names: string[][] }>();

/** Whether the question already gives this value or name (then repeating it does not answer anything). */
function givenInQuestion(text: string, question: AnalyzedQuestion): boolean {
  let given = givenWords.get(question);
  if (!given) {
    const figures = question.given.filter((g) => /\d/u.test(g)).map(words);
    givenWords.set(question, (given = { figures, names: question.names.map((n) => words(n.text)) }));
  }
  const own = words(text);
  return (
    given.figures.some((figure) => within(figure, own) || within(own, figure)) ||
    given.names.some((name) => within(own, name))
  );
}

/** How well the sentence's answer to a typed question fits, and how close it sits to the question's words. */
export interface EntityFit {
  /** How well a value or name the question does not already give fits what is asked (0–1). */
  fit: number;
  /** The same, discounted by distance from the question's topic words (0 to 1): answers sit near what they answer. */
  near: number;
}

const PLURAL_BASE = 0.6;
const PLURAL_STEP = 0.2;
const RELATIVE_DATE = /^(?:today|tonight|yesterday|tomorrow|now|recently|this (?:week|month|year)|these days)$/iu;
const RELATIVE_DATE_FIT = 0.3;
/** A time of day without a clock figure ("that night", "Tuesday morning"). */
const VAGUE_TIME_FIT = 0.5;
const LONE_ONE_FIT = 0.3;

/** A count answers "how many employees" when what follows it is employees, not rentals. */
const COUNTED_DISTANCE = 30;
const UNCOUNTED_FIT = 0.4;

/** A count of a stand-in ("412,318 SUVs" for "how many cars") answers nearly as well as one of the word asked. */
const STAND_IN_COUNT_FIT = 0.8;

/**
 * How surely a count counts what is asked: "2,310 provisional ballots" surely, "226 votes" nearly, "226 votes after
 * mail ballots" no more. The noun the index saw counted decides; without one, what is written shortly after it.
 */
function counts(span: ValueSpan, positions: TermPositions, text: string): number {
  // A count of nothing named ("there were 412") may count what is asked, when the sentence never names it; "three
  // of the seven" counts what a sentence before named.
  if (!span.counted && positions.head.length === 0) {
    const refersBack = /^ of\b/u.test(text.slice(span.end)) || /\bthe $/iu.test(text.slice(0, span.start));
    return refersBack ? UNCOUNTED_FIT : 1;
  }
  let sure = UNCOUNTED_FIT;
  positions.head.forEach((at, i) => {
    const counted = span.counted ? at === span.counted[0] : at >= span.end && at - span.end <= COUNTED_DISTANCE;
    if (counted) sure = Math.max(sure, positions.headExact[i] ? 1 : STAND_IN_COUNT_FIT);
  });
  return sure;
}

const PERIOD = '(?:hour|day|week|month|year)';
const RATE = new RegExp(`^,? (?:a|an|per|each|every) ${PERIOD}\\b`, 'u');
const ASKS_RATE = new RegExp(
  `\\b(?:(?:a|an|per|each|every) ${PERIOD}|(?:hour|dai|week|month|year)ly|annual|salary|salaries|wages?|earn\\w*|rate)\\b`,
  'iu',
);
const RATE_FIT = 0.5;
const PAST_CLAUSE = /\b((?:1[89]|20)\d\d),? when\b[^;:.!?]*$/u;
const PAST_REACH = 120;
const YEAR_AFTER = /^[^;:.!?]{0,40}?\b(?:in|since|during|back in) ((?:1[89]|20)\d\d)\b/u;
const OTHER_TIME_FIT = 0.3;

/**
 * The earlier year a value's clause tells of, or null: "… since 1998, when a walkout lasted nine days", or "the
 * club paid £6.5m for him in 2020" in a 2025 article. Such a value is history, not the story asked about.
 */
function yearOfClause(text: string, span: ValueSpan, published: string | null): string | null {
  if (span.kind === 'date' || span.kind === 'time') return null;
  const before = PAST_CLAUSE.exec(text.slice(Math.max(0, span.start - PAST_REACH), span.start))?.[1];
  if (before) return before;
  const after = YEAR_AFTER.exec(text.slice(span.end))?.[1];
  return after && published && after < published.slice(0, 4) ? after : null;
}

/** How far back in its clause a "must" or "should" makes a value a demand. */
const DEMAND_REACH = 120;
const DEMANDED_FIT = 0.6;
const DEMANDED = /\b(?:must|should|ought to|needs to|need to)\b[^.;:!?"“”]*$/iu;

/** Characters over which nearness halves. */
const NEAR_SCALE = 40;

/** Measures how well the sentence holds the kind of thing a typed question asks for. */
export function entityFit(
  passage: Passage,
  question: AnalyzedQuestion,
  kinds: NameKinds,
  published: string | null = null,
): EntityFit {
  const positions = termPositions(passage, question);
  let best = 0;
  let near = 0;
  const consider = (fit: number, start: number, end: number): void => {
    best = Math.max(best, fit);
    const distance = distanceTo(start, end, positions.topic);
    near = Math.max(near, fit / (1 + (Number.isFinite(distance) ? distance : 4 * NEAR_SCALE) / NEAR_SCALE));
  };
  const values = VALUE_FITS[question.type];
  if (values) {
    for (const span of passage.values) {
      let fit = values[span.kind] ?? 0;
      const text = passage.text.slice(span.start, span.end);
      if (fit === 0 || givenInQuestion(text, question)) continue;
      // "Today" or "this week" says when relative to an article, not when: it answers "when" only loosely.
      if (span.kind === 'date' && RELATIVE_DATE.test(text)) fit *= RELATIVE_DATE_FIT;
      if (question.asksYear && !/\b\d{4}\b/u.test(text)) fit *= RELATIVE_DATE_FIT;
      // "The night of the explosion" says when only loosely beside "at about 2:40 a.m.".
      if (span.kind === 'time' && !/\d/u.test(text)) fit *= VAGUE_TIME_FIT;
      // "Amazon must commit to a moratorium until the dangers are addressed" says what someone demands, not what is.
      if (DEMANDED.test(passage.text.slice(Math.max(0, span.start - DEMAND_REACH), span.start))) fit *= DEMANDED_FIT;
      const pastYear = yearOfClause(passage.text, span, published);
      if (pastYear && !question.years.includes(pastYear)) fit *= OTHER_TIME_FIT;
      // "£70,000 a week" is a rate: it answers what someone earns, not what was paid for something.
      if (span.kind === 'money' && RATE.test(passage.text.slice(span.end)) && !ASKS_RATE.test(question.text)) {
        fit *= RATE_FIT;
      }
      // "One" is far more often a pronoun ("the last one") than a count in news prose.
      if (span.kind === 'count' && /^one$/iu.test(text.trim())) fit *= LONE_ONE_FIT;
      if (span.kind === 'count' && question.type === 'count' && question.attributeTerms.length > 0)
        fit *= counts(span, positions, passage.text);
      consider(fit, span.start, span.end);
    }
  }
  const names = NAME_FITS[question.type];
  if (names) {
    // "Who is the city engineer?" is answered by a person named next to the role, not anywhere in the sentence.
    const roles = question.attributeKind === 'role' ? attributeMentions(passage, question) : null;
    let fitting = 0;
    for (const name of passage.names) {
      let fit = names[kinds.get(name.text.toLowerCase()) ?? 'other'] ?? 0;
      if (roles && !roles.some((at) => Math.abs(at - name.start) <= ROLE_DISTANCE)) fit *= UNTIED_ROLE_FIT;
      if (fit > 0 && !givenInQuestion(name.text, question)) {
        consider(fit, name.start, name.end);
        if (fit >= 0.5) fitting++;
      }
    }
    // "Which companies …" is answered best by a sentence naming several: one name answers it only in part.
    if (question.plural && fitting > 0) {
      const share = Math.min(1, PLURAL_BASE + PLURAL_STEP * (fitting - 1));
      return { fit: best * share, near: near * share };
    }
  }
  return { fit: best, near };
}

/** How far (in characters) a name may sit from the role it holds ("Maria Alvarez, the city engineer"). */
const ROLE_DISTANCE = 40;
const UNTIED_ROLE_FIT = 0.3;

/** How loosely a sentence may describe its subject: a description a few words after it ("X from Y, a …"). */
const LOOSE_DEFINITION_FIT = 0.5;

/**
 * How plainly the sentence says what the subject is: 1 for "Thorn, a nonprofit …", "X is a system that …",
 * "X, which …", "X (the …)", "X — meaning …" or an abbreviation spelled out; 0.5 for a description a few words
 * after it; else 0. The subject may be given without its article or with only its last words.
 */
export function definitionFit(text: string, subject: string | null): number {
  if (!subject) return 0;
  const description = subjectDescription(text, subject);
  return description === 'plain' ? 1 : description === 'loose' ? LOOSE_DEFINITION_FIT : 0;
}
