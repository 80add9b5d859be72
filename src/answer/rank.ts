import type { Source } from '../corpus/source.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { SearchHit } from '../retrieval/search-index.ts';
import type { Vocabulary } from '../retrieval/vocabulary.ts';
import { alternativesOf } from '../text/aliases.ts';
import { terms } from '../text/analyzer.ts';
import { MONTH_PATTERN, WEEKDAY_NAMES } from '../text/calendar.ts';
import { memoized } from '../text/memoize.ts';
import type { AnalyzedQuestion, AnswerType } from './question.ts';

/** A passage the search found, scored for how well it answers this question. */
export interface Candidate {
  passage: Passage;
  source: Source;
  /** Share of the question's (idf-weighted) terms the sentence covers, its paragraph counting for less. */
  coverage: number;
  /** 1 when the sentence holds the kind of thing asked for (a date for "when", a figure for "how many"). */
  typeFit: number;
  /** The answer the sentence gives to a typed question ("1 year", "1300"), so outlets agreeing can be grouped. */
  value: string | null;
  score: number;
}

// Words that introduce a cause or purpose (temporal "after" and "since" are left out: they rarely explain).
const WHY_CUES = /\b(?:because|due to|so that|in order to|to give|to allow|hope[sd]?|hoping|reasons?|amid|concerns?|fears?|aims?|intended|in response to|decrying|citing|potential to)\b/iu;
/** Answer types whose answer is a specific kind of thing (a date, a figure, a definition, a reason); holding one matters more. */
const TYPED: ReadonlySet<AnswerType> = new Set(['when', 'how-many', 'how-much', 'how-long', 'define', 'why']);

/** The pattern of a sentence saying what the subject is: "Ring, which …", "Rekognition, the company's …", "X is a system …". */
const definitionOf = memoized((subject: string): RegExp => {
  const escaped = subject.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/['’]/gu, "['’]");
  return new RegExp(`\\b${escaped}(?:['’]s)?(?: [\\p{L}-]+){0,3}(?:, (?:the|an?|which|who|its|their)\\b| (?:is|are|was|were) (?:an?|the)\\b| — )`, 'iu');
}, 1_000);

function definesSubject(text: string, subject: string): boolean {
  return subject !== '' && definitionOf(subject).test(text);
}
const SPEECH = /\b(?:said|says|told|tells|added|tweeted|wrote|stated|announced|declared|urged|warned|argued|statement)\b/iu;
const PERSON_NAME = /^\p{L}+ \p{L}+$/u;
const PEOPLE_NOUNS = /^(?:people|persons|officials|activists|executives|leaders|critics|advocates|experts|lawmakers|researchers)$/iu;
const PERSONAL_PRONOUN = /\b(?:she|he|her|his|him)\b/iu;
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'decad', 'hour']);
const YEAR = /^(?:1[89]|20)\d\d$/u;

// A figure followed within a few words by something the question asks about: "1,300 police departments".
const FIGURE_PHRASE = /(?<![\p{L}\d])(?:\$?\d[\d,.]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands))(?:\s+(?:million|billion|thousand|hundred|percent))?\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/giu;

function countsAskedThing(passage: Passage, questionTerms: readonly string[]): boolean {
  for (const match of passage.text.matchAll(FIGURE_PHRASE)) {
    if (terms(match[1]!).some((t) => questionTerms.includes(t))) return true;
  }
  return false;
}

function typeFit(passage: Passage, type: AnswerType, question: AnalyzedQuestion, paragraph: string): number {
  const has = (kind: Passage['entities'][number]): boolean => passage.entities.includes(kind);
  switch (type) {
    case 'when': return has('date') || has('time') ? 1 : 0;
    case 'how-many': if (question.asksPercent) return has('percent') ? 1 : 0;
      return countsAskedThing(passage, question.questionTerms) ? 1 : passage.numbers.some((n) => !YEAR.test(n)) ? 0.3 : 0;
    case 'how-much': return has('money') ? 1 : has('number') ? 0.4 : 0;
    case 'how-long': return has('duration') || passage.terms.some((t) => TIME_UNITS.has(t)) ? 1 : 0;
    case 'who': {
      const asked = question.names.join(' ').toLowerCase();
      const fresh = passage.names.filter((name) => !asked.includes(name));
      if (!question.plural) return fresh.length > 0 ? 1 : 0;
      // "Which companies …" is answered best by a sentence that names several of the kind asked for: a person's
      // name is two plain words ("Jennifer Lee"); organizations are most other names ("IBM", "Fight for the Future").
      const wantsPeople = PEOPLE_NOUNS.test(question.head ?? '');
      const count = fresh.filter((name) => PERSON_NAME.test(name) === wantsPeople).length;
      return count >= 3 ? 1 : count === 2 ? 0.6 : count === 1 ? 0.3 : 0;
    }
    case 'define': return definesSubject(passage.text, question.subject ?? '') ? 1 : 0;
    case 'where': return has('name') ? 0.5 : 0;
    case 'why': return WHY_CUES.test(passage.text) ? 1 : 0;
    // "What did X say?" is answered by reported speech (the verb may sit in the paragraph: "…,” she added. “…”).
    case 'what': return question.asksSpeech ? (SPEECH.test(paragraph) ? 1 : 0.3) : 0.5;
    default: return 0.5;
  }
}

const NUMBER_WORD_VALUES: Record<string, string> = { a: '1', an: '1', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', ten: '10', twelve: '12' };
const DURATION = /\b(\d+|a|an|one|two|three|four|five|six|ten|twelve)[- ](year|month|week|day|hour)s?\b/iu;
const DAY = new RegExp(`\\b(${WEEKDAY_NAMES.join('|')}|${MONTH_PATTERN} \\d{1,2})\\b`, 'iu');

/** The value a sentence gives for a typed question: a duration, the figures, or a day; null for other questions. */
function answerValue(passage: Passage, type: AnswerType): string | null {
  if (type === 'how-long') {
    const match = DURATION.exec(passage.text);
    return match ? `${NUMBER_WORD_VALUES[match[1]!.toLowerCase()] ?? match[1]} ${match[2]!.toLowerCase()}` : null;
  }
  if (type === 'how-many' || type === 'how-much') {
    const figures = passage.numbers.filter((n) => !YEAR.test(n));
    return figures.length ? figures.sort().join(',') : null;
  }
  if (type === 'when') return DAY.exec(passage.text)?.[1]?.toLowerCase().replace(/\.$/u, '') ?? null;
  return null;
}

/**
 * How much of the question a sentence covers, by idf weight: its own words and the outlet that published it count
 * in full, aliases nearly so, and its paragraph and headline for less.
 */
function covered(question: AnalyzedQuestion, vocabulary: Vocabulary, sentence: ReadonlySet<string>, context: ReadonlySet<string>): number {
  let total = 0;
  let got = 0;
  for (const term of question.questionTerms) {
    const weight = (question.weights.get(term) ?? 1) * vocabulary.idf(term);
    total += weight;
    const alternatives = [...alternativesOf(term), ...(question.phrases.get(term) ?? [])];
    const inSet = (set: ReadonlySet<string>): boolean => alternatives.some((phrase) => phrase.every((t) => set.has(t)));
    if (sentence.has(term)) got += weight;
    else if (inSet(sentence)) got += 0.8 * weight;
    else if (context.has(term) || inSet(context)) got += 0.4 * weight;
  }
  return total > 0 ? got / total : 0;
}

const outletTermCache = new WeakMap<Source, string[]>();
function outletTerms(source: Source): string[] {
  let cached = outletTermCache.get(source);
  if (!cached) outletTermCache.set(source, (cached = terms(source.outlet)));
  return cached;
}

interface Context {
  terms: Set<string>;
  pronoun: boolean;
  paragraph: string;
}

// Tokenizing the paragraphs around each candidate was most of a question's cost, and the same paragraphs come up
// question after question: they are kept per source (freed with the index) up to a bound, then started over.
const CONTEXT_CACHE_LIMIT = 20_000;
let contextCache = new WeakMap<Source, Map<string, Context>>();
let contextsCached = 0;

function contextOf(source: Source, from: number, paragraph: readonly [number, number]): Context {
  const key = `${from}:${paragraph[0]}:${paragraph[1]}`;
  let forSource = contextCache.get(source);
  let context = forSource?.get(key);
  if (context) return context;
  if (contextsCached >= CONTEXT_CACHE_LIMIT) [contextCache, contextsCached, forSource] = [new WeakMap(), 0, undefined];
  if (!forSource) contextCache.set(source, (forSource = new Map()));
  const text = source.text.slice(paragraph[0], paragraph[1]);
  context = {
    terms: new Set([...terms(source.text.slice(from, paragraph[1])), ...terms(source.title)]),
    pronoun: PERSONAL_PRONOUN.test(text),
    paragraph: text,
  };
  forSource.set(key, context);
  contextsCached++;
  return context;
}

/** Scores search hits for the question: term coverage, search relevance, and fit to the expected answer type. */
export function rankCandidates(
  hits: readonly SearchHit[], question: AnalyzedQuestion, passages: readonly Passage[], sources: readonly Source[], vocabulary: Vocabulary,
): Candidate[] {
  const top = hits[0]?.score ?? 1;
  const contextTerms = new Map<string, Context>();
  const nameTerms = question.names.map((name) => terms(name)).filter((t) => t.length > 1);
  const candidates = hits.map((hit): Candidate => {
    const passage = passages[hit.index]!;
    const source = sources[passage.sourceIndex]!;
    const key = `${passage.sourceIndex}:${passage.paragraph[0]}`;
    let context = contextTerms.get(key);
    if (!context) {
      // The paragraph before often names who or what a sentence's "the move" or "she" refers to.
      const previous = source.paragraphs[passage.paragraphIndex - 1];
      const from = previous && passage.kind === 'sentence' ? previous[0] : passage.paragraph[0];
      context = contextOf(source, from, passage.paragraph);
      contextTerms.set(key, context);
    }
    const sentence = new Set([...passage.terms, ...outletTerms(source)]);
    // After first mention, news refers to a person by surname ("Lee said") or by pronoun in the quote that follows
    // ("…,” she added): such sentences are about the named person.
    for (const name of nameTerms) {
      if (sentence.has(name[name.length - 1]!) || (context.pronoun && name.every((t) => context.terms.has(t)))) for (const t of name) sentence.add(t);
    }
    // A sentence inside a quotation opened by the sentence before is spoken by whoever that sentence names.
    const opener = passages[passage.index - 1];
    if (opener?.opensQuote && opener.sourceIndex === passage.sourceIndex && opener.paragraphIndex === passage.paragraphIndex) {
      for (const name of opener.names) for (const t of terms(name)) sentence.add(t);
    }
    const coverage = covered(question, vocabulary, sentence, context.terms);
    const fit = typeFit(passage, question.type, question, passage.kind === 'sentence' ? context.paragraph : passage.text);
    // "Which companies …" is typed too: its answer is a list of names.
    const typed = TYPED.has(question.type) || (question.type === 'who' && question.plural);
    let score = 0.55 * coverage + 0.3 * (hit.score / top) + (typed ? 0.45 : 0.25) * fit;
    // Headlines and fragments make poor answers when a full sentence says the same.
    if (passage.kind === 'headline' || !/[.!?"”’)]$/u.test(passage.text)) score *= 0.85;
    if (passage.terms.length < 4) score *= 0.8;
    if (passage.text.trimEnd().endsWith('?')) score *= 0.7;
    return { passage, source, coverage, typeFit: fit, value: answerValue(passage, question.type), score };
  });
  return candidates.sort((a, b) => b.score - a.score);
}
