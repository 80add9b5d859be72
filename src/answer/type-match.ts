import { englishWords } from '../lexicon/english.ts';
import type { AnswerType } from '../question/answer-type.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { ValueKind, ValueSpan } from '../text/annotate.ts';
import type { NameKind } from '../text/name-kinds.ts';
import { attributeMentions } from './attribute-mentions.ts';
import { locativeSpans } from './locative-phrases.ts';
import { subjectDescription } from './subject-description.ts';
import { distanceTo, type TermPositions, termPositions, writtenTerms } from './term-positions.ts';
import { valueInContext } from './value-context.ts';
import { valueOfOtherEvent } from './other-event-value.ts';
import { termSetOf } from './passage-term-set.ts';
import { memoized } from '../text/memoize.ts';
import { containsRun } from '../text/word-run.ts';
import { termOf } from '../text/analyzer.ts';
import { namesGroup } from './group-membership.ts';
import { isAcronym, namesWithin, standsFor } from '../text/names.ts';
import { CLOCK_TIME_PATTERN, isCalendarWord, YEAR_PATTERN } from '../text/calendar.ts';
import { regex } from '../text/regex.ts';

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
/** "How old is the water main?": a year it was built or laid answers; someone's age beside it does not. */
const THING_AGE_FITS: Partial<Record<ValueKind, number>> = { date: 1, age: 0.3 };
const BARE_YEAR = /^(?:in |since )?(?:1[6-9]|20)\d\d$/u;

const NAME_FITS: Partial<Record<AnswerType, Partial<Record<NameKind, number>>>> = {
  person: { person: 1, other: 0.4 },
  organization: { organization: 1, other: 0.5 },
  agent: { person: 1, organization: 1, other: 0.6 },
  // "Where did she work before?" is answered by an employer as much as by a town.
  place: { place: 1, organization: 0.5, other: 0.3 },
  // "What is the name of the ship?": any name.
  name: { person: 1, organization: 1, place: 1, other: 1 },
};

/** How well a kind of value answers a typed question (0 when it does not, or the question asks for no value). */
export function valueFit(type: AnswerType, kind: ValueKind): number {
  return VALUE_FITS[type]?.[kind] ?? 0;
}

/**
 * The name a sentence gives as the answer to a question asking for one ("where", "who", "which company"): the
 * first of the kind that fits best, not one the question gives. Two sentences giving the same name agree.
 */
export function namedAnswer(passage: Passage, question: AnalyzedQuestion, kinds: NameKinds): string | null {
  const fits = NAME_FITS[question.type];
  if (!fits) return null;
  let best: string | null = null;
  let bestFit = 0;
  for (const name of passage.names) {
    const fit = fits[kinds.get(name.text.toLowerCase()) ?? 'other'] ?? 0;
    if (fit > bestFit && !givenInQuestion(name.text, question)) [best, bestFit] = [name.text.toLowerCase(), fit];
  }
  return best;
}

/** The kind of each of the corpus's names, by lowercased name. */
export type NameKinds = ReadonlyMap<string, NameKind>;

const WRITTEN_YEAR = new RegExp(String.raw`\b${YEAR_PATTERN}\b`, 'u');

/**
 * Whether a span of time is told by the date it lasts until: "not … until spring 2027" says when as much as how long.
 */
const datesEnd = (span: ValueSpan, text: string): boolean =>
  span.kind === 'duration' &&
  /^until\b/i.test(text) &&
  (WRITTEN_YEAR.test(text) || text.split(' ').some(isCalendarWord));

const CLOCK_TIME = new RegExp(CLOCK_TIME_PATTERN, 'iu');

/** Whether a span of time is told by the times of day it runs between: "6 a.m. to 10 a.m." says what hours. */
const timesOfDay = (span: ValueSpan, text: string): boolean => span.kind === 'duration' && CLOCK_TIME.test(text);

/** "Every 20 minutes": a span of time that recurs, which tells how often. */
const RECURS = /\bevery\s+$/i;
const RECURS_REACH = 8;

/**
 * "Asking for 500 crowns": a count of a currency's units is a sum, though only a scale word or a figure's decimals
 * ("4.2 million crowns", "500,000 marks") make the index read it so ("12 marks out of 20" counts marks).
 */
function countedMoney(question: AnalyzedQuestion, span: ValueSpan, passage: Passage): boolean {
  if (question.type !== 'money' || span.kind !== 'count' || !span.counted) return false;
  return englishWords().isMoneyUnit(passage.text.slice(span.counted[0], span.counted[1]));
}

/**
 * How well a value the tagger read as of another kind answers: a span given by its end date or its times of day, or
 * one that recurs ("every 20 minutes") for a rate.
 */
function spanFit(question: AnalyzedQuestion, span: ValueSpan, text: string, passage: Passage): number {
  if (question.type === 'date' && datesEnd(span, text)) return 1;
  if (question.dimension === 'rate' && span.kind === 'duration') {
    return RECURS.test(passage.text.slice(Math.max(0, span.start - RECURS_REACH), span.start)) ? 1 : 0;
  }
  return question.type === 'time' && timesOfDay(span, text) ? 1 : 0;
}

// "U.S." is the question's "US": an initialism's dots are dropped before words are compared.
const plain = (text: string): string =>
  text
    .replace(/\b(?:\p{L}\.){2,}/gu, (initials) => initials.replaceAll('.', ''))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
// The same names and figures are compared for every candidate of every question: each text is split once.
const words: (text: string) => readonly string[] = memoized((text) => plain(text).split(' ').filter(Boolean), 50_000);

/** Whether a run of words occurs inside another, as whole words. */
function within(outer: readonly string[], inner: readonly string[]): boolean {
  return inner.length > 0 && containsRun(outer, inner);
}

// The figures and names a question gives, as words: the same for every value and name of every candidate.
interface Given {
  figures: Array<readonly string[]>;
  /** Months and days the question names ("what date in February"): a value no finer than one answers nothing. */
  calendar: Array<readonly string[]>;
  names: Array<readonly string[]>;
  /** Every figure and calendar word the question gives ("august", "2011"). */
  dated: ReadonlySet<string>;
}
const givenWords = new WeakMap<AnalyzedQuestion, Given>();

/** A value's figures and calendar words ("since 2011" → 2011): what it tells, apart from how it says it. */
const datedWords = (own: readonly string[]): readonly string[] => own.filter((w) => /\d/u.test(w) || isCalendarWord(w));

/** Whether the question already gives this value or name (then repeating it does not answer anything). */
function givenInQuestion(text: string, question: AnalyzedQuestion): boolean {
  let given = givenWords.get(question);
  if (!given) {
    const figures = question.given.filter((g) => /\d/u.test(g)).map(words);
    const calendar = question.given.filter((g) => words(g).every(isCalendarWord)).map(words);
    // A name's initials as the coverage writes them ("GSA") give that name too.
    const names = question.names.flatMap((n) => [words(n.text), ...(n.initials ? [[n.initials]] : [])]);
    const dated = new Set([...figures, ...calendar].flatMap((g) => datedWords(g)));
    givenWords.set(question, (given = { figures, calendar, names, dated }));
  }
  const own = words(text);
  // "Since 2011" tells nothing the question's "august 2011" does not.
  const told = datedWords(own);
  return (
    (told.length > 0 && told.every((w) => given.dated.has(w))) ||
    given.figures.some((figure) => within(figure, own) || within(own, figure)) ||
    given.calendar.some((day) => within(day, own)) ||
    given.names.some((name) => within(own, name))
  );
}

/** "Mrs Pethick" is Ros Pethick, asked about: a person's surname alone gives the person the question names. */
function surnameOfAsked(text: string, question: AnalyzedQuestion, kinds: NameKinds): boolean {
  const own = words(text);
  return (
    own.length === 1 &&
    question.names.some((n) => {
      const asked = words(n.text);
      return asked.length > 1 && asked.at(-1) === own[0] && kinds.get(n.text.toLowerCase()) === 'person';
    })
  );
}

/**
 * Whether a name opens with a name the question gives and goes on to another ("Port Ellery Mayor Agnes Thornbury"
 * for "who is the mayor of Port Ellery"): the rest is new.
 */
function goesOnPastGiven(text: string, question: AnalyzedQuestion): boolean {
  const own = words(text);
  const asked = new Set(question.names.flatMap((n) => words(n.text)));
  const opens = question.names.some((n) => {
    const given = words(n.text);
    return given.length < own.length - 1 && given.every((w, i) => own[i] === w);
  });
  // Past its words and the question's own ("mayor"), something is left: the new name.
  return opens && own.some((w) => !asked.has(w) && !asksAbout(w, question));
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
/** Characters over which nearness halves. */
const NEAR_SCALE = 40;

/** A fit discounted by how far its span sits from the question's topic words. */
function nearness(fit: number, start: number, end: number, topic: readonly number[]): number {
  const distance = distanceTo(start, end, topic);
  return fit / (1 + (Number.isFinite(distance) ? distance : 4 * NEAR_SCALE) / NEAR_SCALE);
}

/**
 * Measures how well the sentence holds the kind of thing a typed question asks for; `held` is what the sentence
 * says (its terms, and those it refers to).
 */
export function entityFit(
  passage: Passage,
  question: AnalyzedQuestion,
  kinds: NameKinds,
  published: string | null = null,
  held: ReadonlySet<string> = termSetOf(passage),
): EntityFit {
  const positions = termPositions(passage, question);
  let best = 0;
  let near = 0;
  const values = question.agedThing ? THING_AGE_FITS : VALUE_FITS[question.type];
  if (values) {
    for (const span of passage.values) {
      const text = passage.text.slice(span.start, span.end);
      let fit = countedMoney(question, span, passage)
        ? 1
        : (values[span.kind] ?? spanFit(question, span, text, passage));
      if (fit === 0 || givenInQuestion(text, question)) continue;
      if (question.agedThing && span.kind === 'date' && !BARE_YEAR.test(text)) continue;
      fit *= valueInContext(passage, span, question, positions, published);
      // A value of another event answers nothing asked: it is no value of the asked kind at all.
      if (fit > 0 && valueOfOtherEvent(span, question, positions, held)) continue;
      best = Math.max(best, fit);
      near = Math.max(near, nearness(fit, span.start, span.end, positions.topic));
    }
  }
  // "What party is she?" is answered by a party or a member of one ("a Democrat") as fully as by a name.
  if (namesGroup(passage, question)) best = 1;
  // "What's the docket number?" is answered by a number that names its thing ("No. S-25-0418"), not by a name.
  if (question.numbered !== null) return identifierFit(passage, question.numbered, positions);
  // "Who runs the authority?" asks for its leader, a person: the body itself, or another, does not answer.
  const names = question.asksLeader ? NAME_FITS.person : NAME_FITS[question.type];
  if (names) {
    // "Who is the city engineer?" is answered by a person named next to the role, not anywhere in the sentence.
    // A role in "where did the negotiators sign" names the doers: the place need not stand beside them.
    const asksPlace = question.type === 'place';
    // A leader asked for by a verb ("who's chairing the panel?") is the one the sentence says leads it, not the
    // one named beside the body.
    const byRole = question.attributeKind === 'role' && !asksPlace && !question.asksLeader;
    const roles = byRole ? attributeMentions(passage, question) : null;
    let fitting = 0;
    for (const name of passage.names) {
      let fit = names[kinds.get(name.text.toLowerCase()) ?? 'other'] ?? 0;
      if (roles && !roles.some((at) => Math.abs(at - name.start) <= ROLE_DISTANCE)) fit *= UNTIED_ROLE_FIT;
      const given = givenInQuestion(name.text, question) || surnameOfAsked(name.text, question, kinds);
      if (fit > 0 && (!given || goesOnPastGiven(name.text, question))) {
        best = Math.max(best, fit);
        near = Math.max(near, nearness(fit, name.start, name.end, positions.topic));
        if (fit >= 0.5) fitting++;
      }
    }
    if (asksPlace) {
      for (const span of locativeSpans(passage)) {
        const kindFit = names[kinds.get(span.place.toLowerCase()) ?? 'other'] ?? 0;
        const fit = span.named ? Math.max(kindFit, LOCATIVE_NAME_FIT) : LOCATIVE_NOUN_FIT;
        if (span.named ? givenInQuestion(span.place, question) : asksAbout(span.place, question)) continue;
        best = Math.max(best, fit);
        near = Math.max(near, nearness(fit, span.start, span.end, positions.topic));
      }
    }
    // "Which companies …" is answered best by a sentence naming several: one name answers it only in part. In
    // "where did the deckhands sign", the plural is the doers', not the places'.
    if (question.plural && !asksPlace && fitting > 0) {
      const share = Math.min(1, PLURAL_BASE + PLURAL_STEP * (fitting - 1));
      return { fit: best * share, near: near * share };
    }
  }
  return { fit: best, near };
}

// A name after "in", "at", "near" is a place whatever else it names ("in Lincoln"); a common noun of a place ("in
// his cabin", "in the building's cafeteria") answers "where" too, though less exactly than a name.
const LOCATIVE_NAME_FIT = 0.8;
const LOCATIVE_NOUN_FIT = 0.6;

/** Whether the question itself names this word ("where would the stadium be built" is not "at the stadium"). */
function asksAbout(word: string, question: AnalyzedQuestion): boolean {
  const term = termOf(word);
  return term !== null && question.terms.some((t) => t.term === term);
}

/**
 * A number that names a thing, as written after what it numbers: "No. S-25-0418", "Ordinance No. 2022-117", "House
 * Bill 1187", "HB 1187", "Flight 212".
 */
const IDENTIFIER = regex(
  [
    String.raw`\b(?:(?:No|Nos|Number)\.?\s*#?\s*[A-Z]{0,3}-?\d[\w.-]*`,
    String.raw`|[A-Z]{1,3}-\d{1,4}(?:-\d{2,})+|[A-Z]\p{L}*\s\d{2,6}(?:-\d+)?)\b`,
  ],
  'gu',
);
/** How far before a number the word for what it numbers may be ("Ordinance No. 2022-117"). */
const NUMBERED_REACH = 30;
/** How well a number that names something answers when what it numbers is not written before it. */
const LOOSE_IDENTIFIER_FIT = 0.5;

/** How well a sentence answers "what's the <thing> number": fully by a number written after the thing's word. */
function identifierFit(passage: Passage, numbered: string, positions: TermPositions): EntityFit {
  const things = writtenTerms(passage).filter((w) => w.term === numbered);
  let fit = 0;
  let near = 0;
  for (const match of passage.text.matchAll(IDENTIFIER)) {
    const named = things.some((w) => w.at <= match.index && match.index - w.at <= NUMBERED_REACH);
    const found = named ? 1 : LOOSE_IDENTIFIER_FIT;
    fit = Math.max(fit, found);
    near = Math.max(near, nearness(found, match.index, match.index + match[0].length, positions.topic));
  }
  return { fit, near };
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

// "What does ACLU stand for?" is answered by the name it abbreviates ("The American Civil Liberties Union has …");
// "What is the ACLU?" only in part: the name says what the letters are, not what the body is.
const STANDS_FOR = /\b(?:stands?|stood) for\b|\bmeans?\b/i;
const SPELLED_OUT_FIT = 0.5;

/** How well a sentence answers a definition of an acronym by writing out the name it stands for. */
export function spelledOutFit(passage: Passage, question: AnalyzedQuestion): number {
  const subject = question.subject?.replace(/^the /i, '');
  if (!subject || !isAcronym(subject)) return 0;
  const spelled = passage.names.some((name) => namesWithin(name.text).some((n) => standsFor(subject, n)));
  return spelled ? (STANDS_FOR.test(question.text) ? 1 : SPELLED_OUT_FIT) : 0;
}
