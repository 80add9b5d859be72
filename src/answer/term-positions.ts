import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import { termOfWritten, WRITTEN_WORD } from '../text/analyzer.ts';

/** Where in a sentence the question's words (or their stand-ins) are written. */
export interface TermPositions {
  /** Offsets of the question's topic words other than names ("founded", "employees"). */
  topic: number[];
  /** Offsets of the question's head noun or its stand-ins ("employees" in "how many employees"). */
  head: number[];
}

/** The question's terms mapped to what may stand for them in a sentence (first term of each stand-in phrase). */
function wanted(question: AnalyzedQuestion): { topic: Set<string>; head: Set<string> } {
  const topic = new Set<string>();
  const head = new Set<string>();
  for (const term of question.terms) {
    if (term.weight <= 0 || term.name) continue;
    const all = [term.term, ...term.alternatives.map((a) => a.terms[0]!)];
    for (const t of all) topic.add(t);
    if (question.attributeTerms.includes(term.term)) for (const t of all) head.add(t);
  }
  return { topic, head };
}

/** Finds where the question's topic words and head noun are written in a sentence, by character offset. */
export function termPositions(passage: Passage, question: AnalyzedQuestion): TermPositions {
  const { topic, head } = wanted(question);
  const out: TermPositions = { topic: [], head: [] };
  for (const match of passage.text.matchAll(WRITTEN_WORD)) {
    const term = termOfWritten(match[0]);
    if (!term) continue;
    if (topic.has(term)) out.topic.push(match.index);
    if (head.has(term)) out.head.push(match.index);
  }
  return out;
}

/** Characters from a span to the nearest of some offsets (Infinity when there are none). */
export function distanceTo(start: number, end: number, offsets: readonly number[]): number {
  let best = Infinity;
  for (const at of offsets) best = Math.min(best, at >= end ? at - end : at < start ? start - at : 0);
  return best;
}
