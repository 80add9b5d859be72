import type { Answer } from '../answer/answer-schema.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import { escapeRegExp } from '../text/regex.ts';
import type { Turn } from './memory.ts';

/**
 * The noun phrase a question asks about: its head noun with a possessor or modifier ("Amazon's moratorium",
 * "one-year suspension").
 */
function focusPhrase(question: string, head: string | null): string | null {
  if (!head) return null;
  const escaped = escapeRegExp(head);
  const possessor = "\\p{Lu}[\\p{L}\\p{N}.&-]*(?: \\p{Lu}[\\p{L}\\p{N}.&-]*)*['’]s ";
  const modifier = '[\\p{L}\\p{N}]+-[\\p{L}\\p{N}-]+ ';
  const match = new RegExp(`(?:${possessor}|${modifier})?${escaped}`, 'u').exec(question);
  return match?.[0] ?? head;
}

/** What to remember of an answered question for the follow-ups after it. */
export function turnOf(question: string, resolved: string, analyzed: AnalyzedQuestion, answer: Answer): Turn {
  return {
    question,
    resolved,
    answerId: answer.id,
    names: analyzed.names.map((n) => n.text),
    focus: focusPhrase(resolved, analyzed.head),
    shownPassages: answer.citations.map((c) => c.quote),
  };
}
