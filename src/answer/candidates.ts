import { antecedentTerms } from './antecedent.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import type { Source } from '../corpus/source.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import { NUMBER_WORDS } from '../text/stop-words.ts';
import type { ValueSpan } from '../text/annotate.ts';
import { featuresOf, questionSide, type Features } from './features.ts';
import { articleSubject } from './article-subject.ts';
import type { RelationCheck } from './entity-match.ts';
import { rankerLogit, type Scorer } from './scorer.ts';
import { contextOf } from './sentence-context.ts';
import { namedAnswer, valueFit } from './type-match.ts';
import { echoesAmong } from './similarity.ts';
import { searchTerms } from './search-terms.ts';
import { keepToOutlets, outletsNamed } from './named-outlets.ts';

/** A sentence the search found, measured and scored for how likely it answers the question. */
export interface Candidate {
  passage: Passage;
  source: Source;
  features: Features;
  relation: RelationCheck;
  /** The ranker's log-odds and probability that this sentence answers the question. */
  logit: number;
  score: number;
  /** The value a sentence gives to a typed question, normalized ("1 year"), so agreeing outlets are grouped. */
  value: string | null;
  /**
   * The name a sentence gives to a question asking for one ("where", "who"), lowercased: outlets giving the same name
   * agree on the answer, though they may tell different facts that merely name the same place.
   */
  name: string | null;
}

const SEARCH_LIMIT = 60;

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
  const { named: outlets, sources } = outletsNamed(index, question);
  const hits = index.search.search(searchTerms(index, question), SEARCH_LIMIT, outlets.size > 0);
  const side = questionSide(question, index.vocabulary, index.nameKinds, outlets, recencyOf(index));
  const top = hits[0]?.score ?? 1;
  const candidates = hits.map((hit): Candidate => {
    const passage = index.passages[hit.index]!;
    const source = index.sources[passage.sourceIndex]!;
    const previous = index.passages[passage.index - 1];
    const before =
      previous?.sourceIndex === passage.sourceIndex && previous.paragraphIndex === passage.paragraphIndex
        ? previous
        : undefined;
    const subject = articleSubject(index, passage);
    const { features, relation } = featuresOf(
      passage,
      source,
      contextOf(passage, source, index.passages),
      side,
      { relative: hit.score / top },
      subject,
      before,
      antecedentTerms(passage, index.passages),
    );
    return { passage, source, features, relation, logit: 0, score: 0, value: null, name: null };
  });
  // Only outlets named as sources keep the answer to their reports: an actor may be written of by anyone.
  keepToOutlets(index, candidates, sources);
  const echoes = echoesAmong(candidates.map((c) => ({ passage: c.passage, sourceId: c.source.id })));
  candidates.forEach((candidate, i) => {
    candidate.features.corroboration = Math.min(1, echoes[i]!.size / 2);
    candidate.value = candidateValue(candidate.passage, question, candidate.features);
    candidate.name = candidate.features.fit < 1 ? null : namedAnswer(candidate.passage, question, index.nameKinds);
  });
  return rescore(candidates, scorer);
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
