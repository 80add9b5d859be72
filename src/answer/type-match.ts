import type { AnswerType } from '../question/answer-type.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { ValueKind } from '../text/annotate.ts';
import type { NameKind } from '../text/name-kinds.ts';

// The values that answer each typed question, with how well (a time for "when" says less than a date).
const VALUE_FITS: Partial<Record<AnswerType, Partial<Record<ValueKind, number>>>> = {
  date: { date: 1, time: 0.5 },
  time: { time: 1, date: 0.5 },
  duration: { duration: 1 },
  age: { age: 1 },
  count: { count: 1 },
  money: { money: 1, count: 0.3 },
  percent: { percent: 1 },
  amount: { money: 1, count: 0.8, percent: 0.8 },
};
const NAME_FITS: Partial<Record<AnswerType, Partial<Record<NameKind, number>>>> = {
  person: { person: 1, other: 0.4 },
  organization: { organization: 1, other: 0.5 },
  agent: { person: 1, organization: 1, other: 0.6 },
  place: { place: 1, other: 0.3 },
};

/** The kind of each of the corpus's names, by lowercased name. */
export type NameKinds = ReadonlyMap<string, NameKind>;

function givenInQuestion(text: string, question: AnalyzedQuestion): boolean {
  const lower = text.toLowerCase();
  return question.given.some((g) => g.includes(lower) || lower.includes(g))
    || question.names.some((n) => n.text.toLowerCase() === lower || lower.includes(n.text.toLowerCase()));
}

/** How well a value or name of the sentence, one the question does not already give, fits what is asked (0–1). */
export function entityFit(passage: Passage, question: AnalyzedQuestion, kinds: NameKinds): number {
  let best = 0;
  const values = VALUE_FITS[question.type];
  if (values) {
    for (const span of passage.values) {
      const fit = values[span.kind] ?? 0;
      if (fit > best && !givenInQuestion(passage.text.slice(span.start, span.end), question)) best = fit;
    }
  }
  const names = NAME_FITS[question.type];
  if (names) {
    for (const name of passage.names) {
      const fit = names[kinds.get(name.text.toLowerCase()) ?? 'other'] ?? 0;
      if (fit > best && !givenInQuestion(name.text, question)) best = fit;
    }
  }
  return best;
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Whether the sentence says what the subject is: "Thorn, a nonprofit …", "X is a system that …", "X, which …",
 * "X (the …)". The subject may be given without its article or with only its last words.
 */
export function definesSubject(text: string, subject: string | null): boolean {
  if (!subject) return false;
  const core = subject.replace(/^(?:the|a|an)\s+/iu, '');
  const name = escapeRegExp(core).replace(/['’]/gu, "['’]");
  const pattern = new RegExp(
    `\\b${name}(?:['’]s)?(?: [\\p{L}-]+){0,3}(?:,? (?:the|an?|which|who|its|their)\\b| (?:is|are|was|were) (?:an?|the)\\b| [—–(])`,
    'iu',
  );
  return pattern.test(text);
}
