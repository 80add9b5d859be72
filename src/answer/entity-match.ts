import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { QuestionName } from '../question/question-names.ts';
import type { Passage } from '../retrieval/passage.ts';
import { termsOfName } from './name-terms.ts';
import { memoized } from '../text/memoize.ts';
import { acronymsOf } from '../text/names.ts';
import { containsRun } from '../text/word-run.ts';

// Whether a sentence names an entity, and the result of checking whose attribute a sentence gives.

/** Whether a sentence ties the attribute a question asks about to the entity it names. */
export interface RelationCheck {
  /** 1: tied to the question's entity; -1: tied to another entity instead; 0: cannot tell, or nothing to check. */
  link: -1 | 0 | 1;
  /** The other entity the attribute belongs to, when link is -1 ("IBM" in "IBM CEO Arvind Krishna"). */
  other: string | null;
  /** The sentence cannot be the answer at all: its figures count something else. */
  rulesOut?: true;
}

/** Nothing to check, or no way to tell. */
export const NONE: RelationCheck = { link: 0, other: null };

/** Whether two names refer to the same entity: one's terms run inside the other's ("Baptiste", "Louis Baptiste"). */
export function sameEntity(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return a.length <= b.length ? containsRun(b, a) : containsRun(a, b);
}

/**
 * Whether a name written in a sentence is the question's: all or part of it, its initials ("GSA"), or written out
 * where the question gives the initials ("American Civil Liberties Union" for "ACLU").
 */
export function isQuestionName(written: string, entity: QuestionName): boolean {
  const terms = termsOfName(written);
  if (sameEntity(terms, entity.terms) || (terms.length === 1 && terms[0] === entity.initials)) return true;
  return entity.terms.length === 1 && initialsOf(written).includes(entity.terms[0]!);
}

/** A written name's initials in lower case, read once per name: relation checks ask for them per candidate. */
const initialsOf = memoized((name: string): readonly string[] => acronymsOf(name).map((a) => a.toLowerCase()), 20_000);

/** Whether a sentence names the entity (by its full name, a part of it as "Lee" for "Jennifer Lee", its initials). */
export function namesEntity(passage: Passage, entity: QuestionName): boolean {
  return passage.names.some((n) => isQuestionName(n.text, entity));
}

/** A stand-in this sure for a one-word name is that name written out: "attorney general" for "AG". */
const SPELLED_OUT = 0.8;

/** Whether a sentence's terms write a one-word name out in full: "the attorney general" for the question's "AG". */
export function spellsOut(held: ReadonlySet<string>, name: readonly string[], question: AnalyzedQuestion): boolean {
  const term = name.length === 1 ? question.terms.find((t) => t.term === name[0]) : undefined;
  return !!term?.alternatives.some(
    (a) => a.weight >= SPELLED_OUT && a.terms.length > 1 && a.terms.every((t) => held.has(t)),
  );
}
