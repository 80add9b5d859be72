import { termOf } from '../text/analyzer.ts';
import type { QuestionToken } from './tag-question.ts';

// "When did the bridge reopen?" asks when it happened: a sentence in which it only could or is expected to happen
// ("could reopen by early July") tells a plan, not the answer.

/** Auxiliaries that put the question's own verb in the past ("did", "were … allowed"). */
const PAST_AUXILIARIES = new Set(['did', "didn't", 'was', 'were', "wasn't", "weren't", 'had', "hadn't"]);
/** Words by which a question asks of what may or must happen ("will" asks of what is to come: `future`). */
const UNREAL_ASKED = new Set(['would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall']);

/**
 * The index terms of the question's verbs when it asks of something done ("did … reopen", "who filed", "were …
 * allowed"), the vague ones too ("make" of "make landfall"); empty when it asks of what is, may be or is to come.
 */
export function doneVerbs(tokens: readonly QuestionToken[], from: number, future: boolean): string[] {
  if (future) return [];
  const body = tokens.slice(from);
  if (body.some((t) => UNREAL_ASKED.has(t.lower))) return [];
  // "Have got" is "have" ("how long have officials got to report"): it asks of nothing done.
  const gotAsHave = (t: QuestionToken, k: number): boolean =>
    t.lemma === 'get' && body.slice(0, k).some((b) => b.lemma === 'have');
  const verbs = body.filter((t, k) => t.pos === 'VERB' && !t.name && !t.inTime && !gotAsHave(t, k));
  const pastAuxiliary = body.some((t) => PAST_AUXILIARIES.has(t.lower));
  // Without an auxiliary, the verb itself is in the past: changed from its lemma, and not "-ing" or "-s".
  const pastForm = (t: QuestionToken): boolean => t.lower !== t.lemma && !/(?:ing|s)$/u.test(t.lower);
  if (!pastAuxiliary && !verbs.some(pastForm)) return [];
  return [...new Set(verbs.map((t) => termOf(t.lower)).filter((t): t is string => t !== null))];
}
