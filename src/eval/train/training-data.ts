import { rankCandidates, type Candidate } from '../../answer/candidates.ts';
import { continuationOf } from '../../answer/compose.ts';
import type { Scorer } from '../../answer/scorer.ts';
import type { CorpusIndex } from '../../corpus-index.ts';
import { corpusWords } from '../../retrieval/corpus-words.ts';
import { analyzeQuestion, type AnalyzedQuestion } from '../../question/analyze-question.ts';
import type { EvalItem } from '../eval-set.ts';
import { normalize } from '../evaluate.ts';

/** One standalone question of a set, with its ranked candidates and which of them answer it. */
export interface TrainingQuestion {
  /** The corpus the question belongs to, for leave-one-corpus-out checks. */
  group: string;
  item: Extract<EvalItem, { expect: 'answer' | 'abstain' }>;
  index: CorpusIndex;
  analyzed: AnalyzedQuestion;
  candidates: Candidate[];
  /** 1 where the candidate (with the sentences it runs on into) says what a right answer must, from a right source. */
  labels: number[];
}

/** Whether a candidate alone would make a passing answer: every required mention, from an accepted source. */
function answersItem(
  item: TrainingQuestion['item'],
  candidate: Candidate,
  index: CorpusIndex,
  question: AnalyzedQuestion,
): boolean {
  if (item.expect !== 'answer') return false;
  const tail = continuationOf(candidate.passage, index.passages, candidate.source.text, question);
  const text = normalize([candidate.passage.text, ...tail.map((p) => p.text)].join(' '));
  const label = normalize(`${candidate.source.outlet} ${candidate.source.title}`);
  return (
    item.mention.every((alts) => alts.some((alt) => text.includes(normalize(alt)))) &&
    item.sources.some((s) => label.includes(normalize(s)))
  );
}

/** Analyzes and ranks each standalone question of a set and labels its candidates. */
export function trainingQuestions(
  group: string,
  index: CorpusIndex,
  items: readonly EvalItem[],
  scorer: Scorer,
): TrainingQuestion[] {
  const out: TrainingQuestion[] = [];
  for (const item of items) {
    if (item.expect === 'context' || item.conversation) continue;
    const analyzed = analyzeQuestion(item.question, corpusWords(index), index.lexicon);
    const candidates = rankCandidates(index, analyzed, scorer);
    const labels = candidates.map((c) => (answersItem(item, c, index, analyzed) ? 1 : 0));
    out.push({ group, item, index, analyzed, candidates, labels });
  }
  return out;
}
