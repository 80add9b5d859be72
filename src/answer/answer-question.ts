import type { CorpusIndex } from '../corpus-index.ts';
import { alternativesOf } from '../text/aliases.ts';
import { termOf } from '../text/analyzer.ts';
import { abstentionText } from './abstain.ts';
import type { AbstainReason, Answer } from './answer-schema.ts';
import { composeAnswer, type ComposedAnswer } from './compose.ts';
import { answerOutlets, answerPublished } from './meta.ts';
import { analyzeQuestion, type AnalyzedQuestion } from './question.ts';
import { rankCandidates, type Candidate } from './rank.ts';

/** Below this share of the question's weight covered by the best sentence, the evidence is too weak to answer. */
export const MIN_COVERAGE = 0.4;
const SEARCH_LIMIT = 60;
const FIGURE_TYPES = new Set(['how-many', 'how-much']);


function knownInCorpus(word: string, index: CorpusIndex): boolean {
  const term = termOf(word);
  if (!term) return true;
  return alternativesOf(term).some((phrase) => phrase.every((t) => index.vocabulary.frequency(t) > 0));
}

/** Answers one cleaned, non-empty question from the index: search, rank, then compose or abstain. */
export function answerQuestion(index: CorpusIndex, question: string, id: string): Answer {
  const analyzed = analyzeQuestion(question, index.vocabulary);
  const abstain = (reason: Exclude<AbstainReason, null>, detail: string | null = null): Answer => ({
    id, question, answer: abstentionText(reason, detail, index.coverage, index.examples), abstained: true, abstainReason: reason,
    confidence: 0, citations: [], examples: index.examples.slice(0, 2),
  });

  const missing = analyzed.required.find((word) => !knownInCorpus(word, index));
  if (missing) return abstain('unknown-subject', analyzed.names.find((n) => n.toLowerCase().includes(missing)) ?? missing);

  if (analyzed.meta) {
    const ranked = rank(index, analyzed);
    const composed = analyzed.meta === 'outlets' ? answerOutlets(ranked, index.sources, analyzed.weights.size > 0, MIN_COVERAGE) : answerPublished(analyzed, ranked);
    if (composed.text) return { id, question, answer: composed.text, abstained: false, abstainReason: null, confidence: 0.8, citations: composed.citations, examples: [] };
  }

  const ranked = rank(index, analyzed);
  const best = ranked[0];
  if (!best || best.coverage < MIN_COVERAGE) return abstain('weak-evidence');
  // "How many"/"how much" wants a figure: sentences about the topic that give none do not answer it.
  if (FIGURE_TYPES.has(analyzed.type) && !ranked.some((c) => c.coverage >= MIN_COVERAGE && c.typeFit > 0)) return abstain('weak-evidence');
  const composed: ComposedAnswer = composeAnswer(ranked, analyzed, index.passages, (word) => index.vocabulary.isName(word));
  const confidence = Math.min(1, Math.max(0, best.coverage * (0.8 + 0.2 * best.typeFit)));
  return { id, question, answer: composed.text, abstained: false, abstainReason: null, confidence, citations: composed.citations, examples: [] };
}

/** Ranks the index's passages for an analyzed question, best first (also used to measure retrieval). */
export function rank(index: CorpusIndex, question: AnalyzedQuestion): Candidate[] {
  const hits = index.search.search(question.weights, SEARCH_LIMIT);
  return rankCandidates(hits, question, index.passages, index.sources, index.vocabulary);
}
