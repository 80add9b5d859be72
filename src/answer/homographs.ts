import { englishUsage } from '../lexicon/dictionary.ts';
import { baseForms, irregularVerbBase } from '../lexicon/morphy.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import { writtenTerms } from './term-positions.ts';

/** How much more English must use the other verb for its past form to be read as its, not as the asked verb. */
const MORE_USED = 4;

const byQuestion = new WeakMap<AnalyzedQuestion, ReadonlyMap<string, string>>();

/**
 * The question's verbs whose bare form is mostly another verb's past: "when was Acme founded?" asks of "found", but a
 * sentence's "found" is nearly always the past of "find" (WordNet tags "find" 36 times as often). By index term, the
 * form a sentence must not be read as the asked verb in.
 */
export function homographsOf(question: AnalyzedQuestion): ReadonlyMap<string, string> {
  let found = byQuestion.get(question);
  if (found) return found;
  const out = new Map<string, string>();
  for (const term of question.terms) {
    if (!question.eventTerms.includes(term.term)) continue;
    const lemma = baseForms(term.word, 'v')[0]?.[0] ?? term.word;
    const other = irregularVerbBase(lemma);
    if (other && englishUsage(other) >= MORE_USED * englishUsage(lemma)) out.set(term.term, lemma);
  }
  byQuestion.set(question, (found = out));
  return found;
}

/** Whether a sentence writes a term only as another verb's past form ("found" the wreck, for "founded"). */
export function writesOnlyAsOther(passage: Passage, term: string, form: string): boolean {
  const written = writtenTerms(passage).filter((w) => w.term === term);
  return written.length > 0 && written.every((w) => w.word === form);
}
