import type { CorpusIndex } from '../corpus-index.ts';
import type { Source } from '../corpus/source.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import { terms } from '../text/analyzer.ts';
import { NUMBER_WORDS } from '../text/stop-words.ts';
import type { ValueSpan } from '../text/annotate.ts';
import { featuresOf, questionSide, type Features } from './features.ts';
import { articleSubject } from './article-subject.ts';
import type { RelationCheck } from './relation.ts';
import { rankerLogit, type Scorer } from './scorer.ts';
import { contextOf } from './sentence-context.ts';
import { valueFit } from './type-match.ts';
import { echoesAmong } from './similarity.ts';

/** A sentence the search found, measured and scored for how likely it answers the question. */
export interface Candidate {
  passage: Passage;
  source: Source;
  features: Features;
  relation: RelationCheck;
  /** The ranker's log-odds and probability that this sentence answers the question. */
  logit: number;
  score: number;
  /** The answer the sentence gives to a typed question, normalized ("1 year"), so agreeing outlets are grouped. */
  value: string | null;
}

const SEARCH_LIMIT = 60;
const COMMON_SHARE = 0.02;
const MIN_COMMON_DF = 500;
const ALWAYS_SEARCHED = 3;
/** How much a stand-in's search weight counts against the word itself. */
const STAND_IN_BOOST = 0.8;

/**
 * The terms to search on, with boosts: the question's words, and their stand-ins a little lower. In a large corpus
 * a word in more than a few percent of passages barely changes the ranking but costs most of the search, so only
 * the rarer terms are searched, and the three that tell most (weight times rarity) however common; the common ones
 * still count when the candidates are measured. A rare stand-in weighing little must not take a name's place.
 */
export function searchTerms(index: CorpusIndex, question: AnalyzedQuestion): Map<string, number> {
  const boosts = new Map<string, number>();
  const raise = (term: string, boost: number): void => {
    if (boost > (boosts.get(term) ?? 0) && index.vocabulary.frequency(term) > 0) boosts.set(term, boost);
  };
  const common = Math.max(MIN_COMMON_DF, index.passages.length * COMMON_SHARE);
  const df = (term: string): number => index.vocabulary.frequency(term);
  for (const term of question.terms) {
    if (term.weight <= 0) continue;
    raise(term.term, term.weight);
    // Stand-ins are for words the coverage may not use; a word too common to search is one it uses, and its
    // stand-ins ("fiscal" for "finance") would only pull in articles about something else.
    if (df(term.term) > common) continue;
    for (const alternative of term.alternatives) {
      for (const t of alternative.terms) raise(t, term.weight * alternative.weight * STAND_IN_BOOST);
    }
  }
  const worth = (term: string, boost: number): number => boost * Math.log(1 + index.passages.length / df(term));
  const byWorth = [...boosts].sort(([a, x], [b, y]) => worth(b, y) - worth(a, x));
  // A name counts once among the three: "Quantum Retail Group" would take every place and leave its question's
  // other words ("consultants") unsearched, so that only the sentences naming it were found.
  const nameOf = new Map<string, string>();
  question.names.forEach((name, k) => {
    for (const term of name.terms) nameOf.set(term, `name ${k}`);
  });
  const always = new Set<string>();
  return new Map(
    byWorth.filter(([term]) => {
      const unit = nameOf.get(term) ?? term;
      if (always.size < ALWAYS_SEARCHED) always.add(unit);
      return always.has(unit) || df(term) <= common;
    }),
  );
}

const UNIT = /(\d+(?:\.\d+)?)[- ]?(year|month|week|day|hour|minute)s?/u;

/** The typed value a sentence gives, normalized so "one-year" and "1 year" compare equal. */
function candidateValue(passage: Passage, question: AnalyzedQuestion, features: Features): string | null {
  if (features.fit < 1) return null;
  // The value of the kind asked: "one-year", not the "Wednesday" the same sentence gives.
  let span: ValueSpan | undefined;
  for (const v of passage.values)
    if (valueFit(question.type, v.kind) > (span ? valueFit(question.type, span.kind) : 0)) span = v;
  if (!span) return null;
  const text = passage.text
    .slice(span.start, span.end)
    .toLowerCase()
    .replace(/\b[a-z]+\b/gu, (w) => NUMBER_WORDS[w] ?? (w === 'a' || w === 'an' ? '1' : w))
    .replace(/,/gu, '');
  return UNIT.exec(text)?.slice(1).join(' ') ?? text.replace(/[^\p{L}\p{N}.$%]+/gu, ' ').trim();
}

// Each distinct outlet's terms, once per index: thousands of sources share a few dozen outlets.
const outletTerms = new WeakMap<CorpusIndex, Map<string, string>>();

/** The corpus's sentences hardly use an outlet's words but for its name ("wired" for Wired): typed in lower case,
 * they still name it. */
const OUTLET_WORD_PASSAGES = 2;

/** The outlets a question names ("What did Reuters report?", "how did wired describe it"), lowercased. */
function outletsNamed(index: CorpusIndex, question: AnalyzedQuestion): Set<string> {
  const asked = ` ${question.names.map((n) => n.terms.join(' ')).join(' | ')} `;
  const typed = ` ${terms(question.text).join(' ')} `;
  const onlyAName = (phrase: string): boolean =>
    phrase.split(' ').every((t) => index.vocabulary.frequency(t) <= OUTLET_WORD_PASSAGES);
  let outlets = outletTerms.get(index);
  if (!outlets) {
    outlets = new Map(
      index.sources.map((s) => [
        s.outlet,
        terms(s.outlet)
          .filter((t) => t !== 'news')
          .join(' '),
      ]),
    );
    outletTerms.set(index, outlets);
  }
  const named = new Set<string>();
  for (const [outlet, phrase] of outlets) {
    const written = asked.includes(` ${phrase} `) || (typed.includes(` ${phrase} `) && onlyAName(phrase));
    if (phrase && written) named.add(outlet.toLowerCase());
  }
  return named;
}

const recencies = new WeakMap<CorpusIndex, Map<number, number>>();

/** Each dated source's place in time among the corpus's dated sources: -1 the oldest, 1 the newest. */
function recencyOf(index: CorpusIndex): Map<number, number> {
  let recency = recencies.get(index);
  if (recency) return recency;
  const dates = [...new Set(index.sources.map((s) => s.published).filter((d): d is string => d !== null))].sort();
  recency = new Map();
  index.sources.forEach((source, i) => {
    if (source.published && dates.length > 1)
      recency!.set(i, (2 * dates.indexOf(source.published)) / (dates.length - 1) - 1);
  });
  recencies.set(index, recency);
  return recency;
}

/** Finds, measures and scores the sentences that might answer the question, best first. */
export function rankCandidates(index: CorpusIndex, question: AnalyzedQuestion, scorer: Scorer): Candidate[] {
  const outlets = outletsNamed(index, question);
  const hits = index.search.search(searchTerms(index, question), SEARCH_LIMIT, outlets.size > 0);
  const side = questionSide(question, index.vocabulary, index.nameKinds, outlets, recencyOf(index));
  const top = hits[0]?.score ?? 1;
  const candidates = hits.map((hit): Candidate => {
    const passage = index.passages[hit.index]!;
    const source = index.sources[passage.sourceIndex]!;
    const before = index.passages[passage.index - 1];
    const opener =
      before?.opensQuote &&
      before.sourceIndex === passage.sourceIndex &&
      before.paragraphIndex === passage.paragraphIndex
        ? before
        : undefined;
    const subject = articleSubject(index, passage);
    const { features, relation } = featuresOf(
      passage,
      source,
      contextOf(passage, source, index.passages),
      side,
      { relative: hit.score / top },
      subject,
      opener,
    );
    return { passage, source, features, relation, logit: 0, score: 0, value: null };
  });
  if (outlets.size > 0) keepToOutlets(candidates, outlets, outletTerms.get(index)!);
  const echoes = echoesAmong(candidates.map((c) => ({ passage: c.passage, sourceId: c.source.id })));
  candidates.forEach((candidate, i) => {
    candidate.features.corroboration = Math.min(1, echoes[i]!.size / 2);
    candidate.value = candidateValue(candidate.passage, question, candidate.features);
  });
  return rescore(candidates, scorer);
}

/**
 * "How did Wired describe it?" is answered from Wired's articles, or by a sentence that names Wired: when the
 * coverage has such sentences, the other outlets' words are not what the question asks for.
 */
function keepToOutlets(candidates: Candidate[], outlets: ReadonlySet<string>, phrases: ReadonlyMap<string, string>) {
  const named = [...phrases].filter(([outlet]) => outlets.has(outlet.toLowerCase())).map(([, phrase]) => phrase);
  const fromOutlet = (c: Candidate): boolean => {
    if (outlets.has(c.source.outlet.toLowerCase())) return true;
    const written = ` ${c.passage.terms.join(' ')} `;
    return named.some((p) => written.includes(` ${p} `));
  };
  if (!candidates.some(fromOutlet)) return;
  for (const candidate of candidates) {
    if (!fromOutlet(candidate)) candidate.relation = { ...candidate.relation, rulesOut: true };
  }
}

/**
 * What no weight should outvote: a sentence giving another entity's attribute, or lacking the kind of thing a typed
 * question asks for, is not its answer however many of its words it shares.
 */
const CONFLICT_PENALTY = 4;
const MISSING_TYPE_PENALTY = 3;

/** The ranker's log-odds for a candidate, less the penalties for breaking the question's constraints. */
export function constrainedLogit(scorer: Scorer, features: Features): number {
  return (
    rankerLogit(scorer, features) -
    CONFLICT_PENALTY * features.relationConflict -
    MISSING_TYPE_PENALTY * features.typeMissing
  );
}

/** Scores measured candidates with a scorer's ranker, best first (new objects; the input is left as it was). */
export function rescore(candidates: readonly Candidate[], scorer: Scorer): Candidate[] {
  return candidates
    .map((candidate) => {
      const logit = constrainedLogit(scorer, candidate.features);
      return { ...candidate, logit, score: 1 / (1 + Math.exp(-logit)) };
    })
    .sort((a, b) => b.logit - a.logit);
}
