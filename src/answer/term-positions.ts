import { LRUCache } from 'lru-cache';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import { termOfWritten, WRITTEN_WORD } from '../text/analyzer.ts';

/** Where in a sentence the question's words (or their stand-ins) are written. */
export interface TermPositions {
  /** Offsets of the question's topic words other than names ("founded", "employees"). */
  topic: number[];
  /** Offsets of the question's head noun or its stand-ins ("employees" in "how many employees"). */
  head: number[];
  /** How surely each of those offsets writes the head: 1 for the word itself, a stand-in's weight ("votes": 0.77). */
  headWeight: number[];
}

/** A word of a sentence as written (lowercased), its index term, and its character offset. */
export interface WrittenTerm {
  at: number;
  word: string;
  term: string;
}

// Several measures of each candidate look for the question's words in its text, and the same sentences come up
// question after question: each sentence is split once, up to a bound.
const written = new LRUCache<Passage, WrittenTerm[]>({ maxSize: 4_096, sizeCalculation: () => 1 });

/** The index terms a sentence writes, in order, with their offsets (stop words left out). */
export function writtenTerms(passage: Passage): readonly WrittenTerm[] {
  let found = written.get(passage);
  if (found) return found;
  found = [];
  for (const match of passage.text.matchAll(WRITTEN_WORD)) {
    const term = termOfWritten(match[0]);
    if (term) found.push({ at: match.index, word: match[0].toLowerCase(), term });
  }
  written.set(passage, found);
  return found;
}

// The question's words are the same for each of its candidates: worked out once per analyzed question.
const wantedByQuestion = new WeakMap<AnalyzedQuestion, { topic: Set<string>; head: Map<string, number> }>();

/** The question's terms mapped to what may stand for them in a sentence (first term of each stand-in phrase). */
function wanted(question: AnalyzedQuestion): { topic: Set<string>; head: Map<string, number> } {
  const known = wantedByQuestion.get(question);
  if (known) return known;
  const topic = new Set<string>();
  const head = new Map<string, number>();
  for (const term of question.terms) {
    if (term.weight <= 0 || term.name) continue;
    const all = [term.term, ...term.alternatives.map((a) => a.terms[0]!)];
    for (const t of all) topic.add(t);
    if (!question.attributeTerms.includes(term.term)) continue;
    const surer = (t: string, weight: number): void => void head.set(t, Math.max(weight, head.get(t) ?? 0));
    surer(term.term, 1);
    for (const alternative of term.alternatives) surer(alternative.terms[0]!, alternative.weight);
  }
  wantedByQuestion.set(question, { topic, head });
  return { topic, head };
}

/** Finds where the question's topic words and head noun are written in a sentence, by character offset. */
export function termPositions(passage: Passage, question: AnalyzedQuestion): TermPositions {
  const { topic, head } = wanted(question);
  const out: TermPositions = { topic: [], head: [], headWeight: [] };
  for (const { at, term } of writtenTerms(passage)) {
    if (topic.has(term)) out.topic.push(at);
    const weight = head.get(term);
    if (weight === undefined) continue;
    out.head.push(at);
    out.headWeight.push(weight);
  }
  return out;
}

/** Characters from a span to the nearest of some offsets (Infinity when there are none). */
export function distanceTo(start: number, end: number, offsets: readonly number[]): number {
  let best = Infinity;
  for (const at of offsets) best = Math.min(best, at >= end ? at - end : at < start ? start - at : 0);
  return best;
}
