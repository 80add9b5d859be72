import type { CorpusIndex } from '../corpus-index.ts';
import { alternativesOf } from '../text/aliases.ts';
import { termOf } from '../text/analyzer.ts';
import { abstentionText } from './abstain.ts';
import type { AbstainReason, Answer } from './answer-schema.ts';
import { composeAnswer, type ComposedAnswer } from './compose.ts';
import { answerOutlets, answerOverview, answerPublished } from './meta.ts';
import { analyzeQuestion, type AnalyzedQuestion } from './question.ts';
import { rankCandidates, type Candidate } from './rank.ts';

/** Below this share of the question's weight covered by the best sentence, the evidence is too weak to answer. */
export const MIN_COVERAGE = 0.4;
const MIN_COVERAGE_WITH_UNKNOWN_NOUN = 0.6;
const SEARCH_LIMIT = 60;
const COMMON_SHARE = 0.02;
const MIN_COMMON_DF = 500;
const ALWAYS_SEARCHED = 3;
const FIGURE_TYPES = new Set(['how-many', 'how-much']);


function knownInCorpus(word: string, index: CorpusIndex, question: AnalyzedQuestion): boolean {
  const term = termOf(word);
  if (!term) return true;
  return [...alternativesOf(term), ...(question.phrases.get(term) ?? [])].some((phrase) => phrase.every((t) => index.vocabulary.frequency(t) > 0));
}

/** An answer with what produced it: the analyzed question and the ranked passages (for suggestions and memory). */
export interface Reply {
  answer: Answer;
  analyzed: AnalyzedQuestion;
  ranked: Candidate[];
}

/** An abstention for a question: why, what the coverage is about, and what to ask instead. */
export function abstention(index: CorpusIndex, id: string, question: string, reason: Exclude<AbstainReason, null>, detail: string | null = null): Answer {
  return {
    id, question, answer: abstentionText(reason, detail, index.coverage, index.examples), abstained: true, abstainReason: reason,
    confidence: 0, citations: [], examples: index.examples.slice(0, 2), suggestions: [], interpretedAs: null,
  };
}

/** Answers one cleaned, non-empty question from the index: search, rank, then compose or abstain. */
export function answerQuestion(index: CorpusIndex, question: string, id: string): Reply {
  const analyzed = analyzeQuestion(question, index.vocabulary);
  const reply = (answer: Answer, ranked: Candidate[] = []): Reply => ({ answer, analyzed, ranked });
  const answered = (text: string, citations: Answer['citations'], confidence: number): Answer => ({
    id, question, answer: text, abstained: false, abstainReason: null, confidence, citations, examples: [], suggestions: [], interpretedAs: null,
  });

  // Questions about the coverage as a whole need no words of theirs in it.
  if (analyzed.meta === 'overview') {
    const overview = answerOverview(index.sources, index.passages);
    if (overview.text) return reply(answered(overview.text, overview.citations, 0.7));
  }
  // Sources here carry outlets, titles and dates, never bylines.
  if (analyzed.meta === 'authors') return reply(abstention(index, id, question, 'unknown-subject', "who wrote the articles"));
  const missing = analyzed.required.find((word) => !knownInCorpus(word, index, analyzed));
  if (missing) return reply(abstention(index, id, question, 'unknown-subject', analyzed.names.find((n) => n.toLowerCase().includes(missing)) ?? missing));

  const ranked = rank(index, analyzed);
  if (analyzed.meta) {
    const composed = analyzed.meta === 'outlets' ? answerOutlets(ranked, index.sources, analyzed.weights.size > 0, MIN_COVERAGE) : answerPublished(analyzed, ranked);
    if (composed.text) return reply(answered(composed.text, composed.citations, 0.8), ranked);
  }

  const best = ranked[0];
  // A specific noun the coverage never mentions ("password" in "how do I reset my Ring doorbell password?") leaves
  // the rest of the question to carry the answer, so it must be covered more fully.
  const minCoverage = analyzed.specific.some((word) => !knownInCorpus(word, index, analyzed)) ? MIN_COVERAGE_WITH_UNKNOWN_NOUN : MIN_COVERAGE;
  if (!best || best.coverage < minCoverage) return reply(abstention(index, id, question, 'weak-evidence'), ranked);
  // "How many"/"how much" wants a figure: sentences about the topic that give none do not answer it.
  if (FIGURE_TYPES.has(analyzed.type) && !ranked.some((c) => c.coverage >= MIN_COVERAGE && c.typeFit > 0)) return reply(abstention(index, id, question, 'weak-evidence'), ranked);
  const composed: ComposedAnswer = composeAnswer(ranked, analyzed, index.passages, (word) => index.vocabulary.isName(word));
  const confidence = Math.min(1, Math.max(0, best.coverage * (0.8 + 0.2 * best.typeFit)));
  return reply(answered(composed.text, composed.citations, confidence), ranked);
}

/**
 * The terms worth searching on. In a large corpus a word in more than a few percent of passages barely changes the
 * ranking but costs most of the search (every passage holding it is scored), so only the rarer terms are searched;
 * the common ones still count when the candidates are reranked. Small corpora search on every term.
 */
function searchTerms(index: CorpusIndex, question: AnalyzedQuestion): Map<string, number> {
  const common = Math.max(MIN_COMMON_DF, index.passages.length * COMMON_SHARE);
  const byRarity = [...question.weights].sort(([a], [b]) => index.vocabulary.frequency(a) - index.vocabulary.frequency(b));
  return new Map(byRarity.filter(([term], i) => i < ALWAYS_SEARCHED || index.vocabulary.frequency(term) <= common));
}

/** Ranks the index's passages for an analyzed question, best first (also used to measure retrieval). */
export function rank(index: CorpusIndex, question: AnalyzedQuestion): Candidate[] {
  const hits = index.search.search(searchTerms(index, question), SEARCH_LIMIT);
  return rankCandidates(hits, question, index.passages, index.sources, index.vocabulary);
}
