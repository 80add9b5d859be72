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
  /** Whether each of those offsets writes the head itself ("ballots"), not a stand-in for it ("votes"). */
  headExact: boolean[];
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

/** A noun joined to the figure before it: "34-storey", "56-seat" (not "12-year-old"). */
const JOINED_TO_FIGURE = /^\d[\d.,]*-(\p{L}+)$/u;

/** The index terms a sentence writes, in order, with their offsets (stop words left out). */
export function writtenTerms(passage: Passage): readonly WrittenTerm[] {
  let found = written.get(passage);
  if (found) return found;
  found = [];
  for (const match of passage.text.matchAll(WRITTEN_WORD)) {
    // "A 34-storey tower": the noun joined to a figure is written in its own right.
    const joined = JOINED_TO_FIGURE.exec(match[0]);
    const [at, word] = joined
      ? [match.index + match[0].length - joined[1]!.length, joined[1]!]
      : [match.index, match[0]];
    const term = termOfWritten(word);
    if (term) found.push({ at, word: word.toLowerCase(), term });
  }
  written.set(passage, found);
  return found;
}

// The question's words are the same for each of its candidates: worked out once per analyzed question.
const wantedByQuestion = new WeakMap<AnalyzedQuestion, Wanted>();

interface Wanted {
  topic: Set<string>;
  head: Set<string>;
  /** The head as the question writes it, in any of its inflections. */
  exact: Set<string>;
}

/** The question's terms mapped to what may stand for them in a sentence (first term of each stand-in phrase). */
function wanted(question: AnalyzedQuestion): Wanted {
  const known = wantedByQuestion.get(question);
  if (known) return known;
  const topic = new Set<string>();
  const head = new Set<string>();
  const exact = new Set<string>();
  for (const term of question.terms) {
    if (term.weight <= 0 || term.name) continue;
    const all = [term.term, ...term.alternatives.map((a) => a.terms[0]!)];
    for (const t of all) topic.add(t);
    if (!question.attributeTerms.includes(term.term)) continue;
    for (const t of all) head.add(t);
    exact.add(term.term);
    for (const a of term.alternatives) if (a.relation === 'inflection') exact.add(a.terms[0]!);
  }
  const found = { topic, head, exact };
  wantedByQuestion.set(question, found);
  return found;
}

/** Finds where the question's topic words and head noun are written in a sentence, by character offset. */
export function termPositions(passage: Passage, question: AnalyzedQuestion): TermPositions {
  const { topic, head, exact } = wanted(question);
  const out: TermPositions = { topic: [], head: [], headExact: [] };
  for (const { at, term } of writtenTerms(passage)) {
    if (topic.has(term)) out.topic.push(at);
    if (!head.has(term)) continue;
    out.head.push(at);
    out.headExact.push(exact.has(term));
  }
  return out;
}

/** Characters from a span to the nearest of some offsets (Infinity when there are none). */
export function distanceTo(start: number, end: number, offsets: readonly number[]): number {
  let best = Infinity;
  for (const at of offsets) best = Math.min(best, at >= end ? at - end : at < start ? start - at : 0);
  return best;
}
