import type { Source } from '../corpus/source.ts';
import { ENTITY_TYPES } from '../question/answer-type.ts';
import { attributeHead, type AnalyzedQuestion } from '../question/analyze-question.ts';
import type { QueryTerm } from '../question/query-terms.ts';
import type { QuestionName } from '../question/question-names.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { Vocabulary } from '../retrieval/vocabulary.ts';
import { terms } from '../text/analyzer.ts';
import { CAUSES, causeAt, resultAt } from '../text/cause-words.ts';
import type { ArticleSubject } from './article-subject.ts';
import { perPassage } from './per-passage.ts';
import { type RelationCheck, spellsOut } from './entity-match.ts';
import { checkRelation } from './relation.ts';
import type { SentenceContext } from './sentence-context.ts';
import { followsFromBefore } from './result-opener.ts';
import { sentenceTerms } from './sentence-terms.ts';
import { holds, holdsAll, holdsEvent } from './term-holding.ts';
import { writtenTerms } from './term-positions.ts';
import { toldAsUnreal } from './unreal-event.ts';
import { definitionFit, entityFit, type NameKinds, spelledOutFit } from './type-match.ts';

/** The measurable facts about one candidate sentence that decide how likely it answers the question. */
export const FEATURE_NAMES = [
  'coverage',
  'names',
  'retrieval',
  'fit',
  'fitNear',
  'fitCoverage',
  'typeMissing',
  'relationLink',
  'relationConflict',
  'informative',
  'lede',
  'proximity',
  'short',
  'headMatch',
  'corroboration',
  'timing',
  'keyHeld',
  'eventHeld',
  'typedRetrieval',
  'typedCoverage',
] as const;

/** A candidate's features by name (all 0–1, relation -1–1). */
export type Features = Record<(typeof FEATURE_NAMES)[number], number>;

const SET_ASIDE_SHARE = 0.5;
/** How well a quotation answers "what did the army corps say" when no army corps is written near it. */
const UNHEARD_SPEAKER = 0.2;
/** How well a value answers what was done when the sentence tells the deed only as planned or expected. */
const UNREAL_FIT = 0.5;

/** Where a sentence stands among the search results: its score relative to the best hit. */
export interface RetrievalSignal {
  relative: number;
}

/** The question-side facts every candidate is measured against, worked out once per question. */
export interface QuestionSide {
  question: AnalyzedQuestion;
  vocabulary: Vocabulary;
  kinds: NameKinds;
  /** Each term's weight times its rarity, and the total of the words other than names (with those set aside). */
  weights: Map<string, number>;
  total: number;
  /** Index terms of the question's known names, each in order, and whether each is a person's. */
  names: string[][];
  /** For each name, the index of the name it qualifies by its possessive ("the ACLU's Nicole Ozer"), or -1. */
  qualifies: number[];
  people: boolean[];
  /**
   * For each name of two or more words that is not a person's, its first word (lowercased) as a name on its own:
   * "tern" for Tern Aerospace, as news writes it after the first mention; else null.
   */
  shortNames: Array<string | null>;
  /** The index term of each name's initials as the coverage writes them ("gsa"), or null. */
  initials: Array<string | null>;
  /** The nouns each name is named again by after "the" ("avenu", "street" for Corliss Avenue). */
  referredAs: string[][];
  entityTyped: boolean;
  /** Outlets (lowercased) the question names: only their sources' outlet counts as covering a question word. */
  outlets: ReadonlySet<string>;
  /** The question as the relation check reads it: without the outlets it names ("per KRVN" owns nothing). */
  related: AnalyzedQuestion;
  /** The question's most telling word other than names (the rarest, by weight): a near miss lacks just that. */
  key: QueryTerm | null;
  /** The words other than names that count towards coverage, with their weights, in the question's order. */
  topic: Array<{ term: QueryTerm; weight: number }>;
  /** The first weighed word of the asked attribute ("executive" of "chief executive"), if any. */
  head: QueryTerm | undefined;
  /** How recent each source is among the corpus's dated sources (-1 the oldest, 1 the newest, 0 undated). */
  recency: ReadonlyMap<number, number>;
}

/** Works out the question-side facts once. */
export function questionSide(
  question: AnalyzedQuestion,
  vocabulary: Vocabulary,
  kinds: NameKinds,
  outlets: ReadonlySet<string> = new Set(),
  recency: ReadonlyMap<number, number> = new Map(),
): QuestionSide {
  const weights = new Map<string, number>();
  for (const term of question.terms)
    if (term.weight > 0) weights.set(term.term, term.weight * vocabulary.idf(term.term));
  // Words set aside (the coverage never uses them) still count, at half weight, in how much of the question a
  // sentence covers: none of them decides alone, but a question mostly made of them is mostly unanswered. A filler
  // the corpus lacks ("actually") is not set aside: it was never part of what is asked.
  const setAside = new Set(question.setAside.map((w) => w.toLowerCase()));
  const unmatched = question.terms
    .filter((t) => setAside.has(t.word))
    .reduce((sum, t) => sum + SET_ASIDE_SHARE * vocabulary.idf(t.term), 0);
  const topic = question.terms.filter((t) => !t.name).reduce((sum, t) => sum + (weights.get(t.term) ?? 0), 0);
  const total = topic + unmatched;
  const known = question.names.filter((n) => n.known && n.terms.length > 0);
  const names = known.map((n) => n.terms);
  const qualifies = known.map((n) => known.findIndex((m) => m.text === n.qualifies));
  const people = known.map((n) => kinds.get(n.text.toLowerCase()) === 'person');
  const shortNames = known.map((n, k) =>
    people[k] || n.terms.length < 2 ? null : n.text.split(/\s+/u)[0]!.toLowerCase(),
  );
  let key: QueryTerm | null = null;
  for (const term of question.terms) {
    if (!term.name && (weights.get(term.term) ?? 0) > (key ? (weights.get(key.term) ?? 0) : 0)) key = term;
  }
  const topicTerms: QuestionSide['topic'] = [];
  for (const term of question.terms) {
    const weight = weights.get(term.term);
    if (weight && !term.name) topicTerms.push({ term, weight });
  }
  return {
    key,
    topic: topicTerms,
    // The attribute's head is its last word: "head office jobs" are jobs, whatever office they are in.
    head: attributeHead(question),
    question,
    vocabulary,
    kinds,
    weights,
    total,
    names,
    qualifies,
    people,
    shortNames,
    initials: known.map((n) => n.initials ?? null),
    referredAs: known.map((n) => n.referredAs ?? []),
    entityTyped: ENTITY_TYPES.has(question.type),
    outlets,
    related: withoutOutlets(question, outlets),
    recency,
  };
}

/** The question without the names that only say which outlet reported: "per KRVN" is no owner of what it asks. */
function withoutOutlets(question: AnalyzedQuestion, outlets: ReadonlySet<string>): AnalyzedQuestion {
  const outletTerms = [...outlets].map((outlet) => new Set(terms(outlet)));
  const reporter = (name: QuestionName): boolean =>
    name.terms.length > 0 && outletTerms.some((words) => name.terms.every((t) => words.has(t)));
  if (!question.names.some(reporter)) return question;
  const owner = question.owner && reporter(question.owner) ? null : question.owner;
  return { ...question, names: question.names.filter((n) => !reporter(n)), owner };
}

/**
 * "How did the attackers get in?" is answered by the means: "through a contractor's account", "by exploiting a
 * flaw", "via", "using". A passive's agent ("announced by the city") and a "by" of time or amount are none.
 */
const MEANS = /\b(?:(?:through|via|using)\s+\p{L}|by\s+\p{Ll}+ing\b)/u;
const namesMeans = perPassage((passage): boolean => MEANS.test(passage.text));
/** Where a sentence's result begins after a participle of causing (see resultAt): the sentence's alone. */
const resultOf = perPassage((passage): number => resultAt(passage.text));
/** How much a sentence naming no means answers how something was done: it may tell it otherwise. */
const NO_MEANS = 0.5;

/** How much of a cause a sentence gives whose cause is what the question asks about (see explainsOther). */
const REVERSED = 0.5;

/**
 * "What caused the beam to crack?" is not answered by "… was closed after inspectors found a crack": there the
 * crack is the cause of something else. The question's event words, all after the sentence's first word of cause, or
 * all before the result a participle of causing gives.
 */
function explainsOther(passage: Passage, question: AnalyzedQuestion): boolean {
  const at = causeAt(passage.text);
  const result = resultOf(passage);
  if (at < 0 && result < 0) return false;
  const wanted = new Set([...question.eventTerms, ...question.attributeTerms]);
  const found = writtenTerms(passage).filter((w) => wanted.has(w.term) && !CAUSES.has(w.word));
  if (found.length === 0) return false;
  // "… flowed over the spillway, prompting an emergency": the spillway's flow is the cause there, of what follows.
  if (result >= 0 && found.every((w) => w.at < result)) return true;
  return at >= 0 && found.every((w) => w.at > at);
}

function proximity(passage: Passage, side: QuestionSide): number {
  let count = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < passage.terms.length; i++) {
    if (!side.weights.has(passage.terms[i]!)) continue;
    count++;
    if (first < 0) first = i;
    last = i;
  }
  if (count < 2) return count === 1 ? 0.5 : 0;
  return Math.min(1, count / (last - first + 1) + 0.2);
}

const informative = perPassage((passage): number => {
  const base = { body: 1, excerpt: 0.8, caption: 0.2, headline: 0.3 }[passage.role];
  const fragment = !/[.!?"”’)]$/u.test(passage.text.trim()) || passage.text.trim().endsWith('?');
  return fragment ? base * 0.5 : base;
});

/** Measures one candidate sentence against the question. */
export function featuresOf(
  passage: Passage,
  source: Source,
  context: SentenceContext,
  side: QuestionSide,
  retrieval: RetrievalSignal,
  subject: ArticleSubject | null,
  before?: Passage,
  antecedent: readonly string[] = [],
): { features: Features; relation: RelationCheck } {
  const { question } = side;
  const set = sentenceTerms(passage, source, context, side, subject, before, antecedent);
  // Names are measured apart ("names"), so coverage is of the question's other words: the two do not overlap.
  let got = 0;
  for (const { term, weight } of side.topic) {
    const inSentence = holds(set, term);
    // The context counts at most 0.4: looked up only when the sentence holds the term less.
    got += weight * (inSentence >= 0.4 ? inSentence : Math.max(inSentence, 0.4 * holds(context.terms, term)));
  }
  const held = side.names.map(
    (name, k) => holdsAll(set, name) || spellsOut(set, name, question) || set.has(side.initials[k] ?? ''),
  );
  // A qualifier ("the ACLU's" Nicole Ozer) is held wherever the name it qualifies is.
  const named = held.filter((h, k) => h || (side.qualifies[k]! >= 0 && held[side.qualifies[k]!])).length;
  // One shape for every candidate's context: its paragraph's terms and the sentence before it.
  const around = { terms: context.terms, paragraphTerms: context.paragraphTerms, paragraph: context.paragraph, before };
  const relation = checkRelation(passage, side.related, subject, set, around, side.kinds, source.published);
  const coverage = side.total > 0 ? got / side.total : named / Math.max(1, side.names.length);
  const speakerHeld = question.speakerTerms.every((t) => set.has(t) || context.terms.has(t));
  // "When did the bridge reopen?" is answered where it reopened, not where it "could reopen by early July".
  const unreal = toldAsUnreal(passage, question.doneVerbs);
  const kind = kindFit(passage, side, { speakerNamed: named > 0, speakerHeld, unreal }, source.published, set);
  const features: Features = {
    coverage,
    names: side.names.length ? named / side.names.length : 1,
    retrieval: retrieval.relative,
    fit: kind.fit,
    fitNear: kind.near,
    // A question that asks for a kind of thing is answered by its words and that thing together, not either alone.
    fitCoverage: coverage * (kind.constrained ? kind.fit : 1),
    typeMissing: side.entityTyped && kind.fit === 0 ? 1 : 0,
    relationLink: relation.link === 1 ? 1 : 0,
    relationConflict: relation.link === -1 ? 1 : 0,
    informative: informative(passage),
    lede: passage.kind === 'sentence' && passage.paragraphIndex <= 1 ? 1 : 0,
    proximity: proximity(passage, side),
    short: passage.terms.length < 6 ? 1 : 0,
    headMatch: side.head ? holds(set, side.head) : 0,
    corroboration: 0,
    timing: side.question.timing * (side.recency.get(passage.sourceIndex) ?? 0),
    keyHeld: side.key ? Math.max(holds(set, side.key), 0.5 * holds(context.terms, side.key)) : 1,
    // "What year did Pruitt become mayor?" is not answered by a year in a sentence that tells of no becoming.
    eventHeld: holdsEvent(set, question) && !unreal ? 1 : 0,
    // A typed question leans on its words differently: the answer's own word ("Wednesday", "$52m") is not one.
    typedRetrieval: side.entityTyped ? retrieval.relative : 0,
    typedCoverage: side.entityTyped ? coverage : 0,
  };
  return { features, relation };
}

/**
 * How well the sentence holds the kind of answer the question asks for, whatever kind that is: a value or name
 * for "when"/"who"/"how many", a cause for "why", reported speech for "what did X say", a definition for "what is
 * X". One measure for all kinds lets every question teach the ranker how much the kind of answer matters.
 */
function kindFit(
  passage: Passage,
  side: QuestionSide,
  facts: { speakerNamed: boolean; speakerHeld: boolean; unreal: boolean },
  published: string | null,
  says: ReadonlySet<string>,
): { fit: number; near: number; constrained: boolean } {
  const { question } = side;
  const { speakerNamed, speakerHeld: held } = facts;
  if (side.entityTyped) {
    const entity = entityFit(passage, question, side.kinds, published, says);
    const told = facts.unreal ? UNREAL_FIT : 1;
    return { fit: entity.fit * told, near: entity.near * told, constrained: true };
  }
  let fit: number | null = null;
  // "That meant no alarm sounded …" answers "why" together with its cause, the sentence before it.
  if (question.type === 'reason') {
    fit = followsFromBefore(passage.text) ? 1 : passage.causal * (explainsOther(passage, question) ? REVERSED : 1);
  } else if (question.type === 'statement') {
    // A speaker asked by common words ("the army corps") must be written in the sentence or the one before: a
    // quotation of someone else is not what they said.
    const speaker = question.subject === null || side.names.length === 0 || speakerNamed;
    fit = passage.attribution ? (!held ? UNHEARD_SPEAKER : speaker ? 1 : 0.5) : 0;
  } else if (question.type === 'definition') {
    fit = Math.max(definitionFit(passage.text, question.subject), spelledOutFit(passage, question));
  } else if (question.type === 'manner') {
    fit = namesMeans(passage) ? 1 : NO_MEANS;
  }
  return fit === null ? { fit: 0, near: 0, constrained: false } : { fit, near: fit, constrained: true };
}
