import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import { ENTITY_TYPES } from '../question/answer-type.ts';
import type { Candidate } from './candidates.ts';
import { probability, type ConfidenceInputs, type Scorer } from './scorer.ts';

/** How many of the best candidates are searched for one that holds the question's entity, key word and event. */
const SUPPORT_DEPTH = 20;

/** A lone candidate is as far ahead as a clear winner usually is. */
const MAX_MARGIN = 3;

/** The confidence model's inputs: how the best candidate scored, by how much it beat the next, what was set aside. */
export function confidenceInputs(leads: readonly Candidate[], question: AnalyzedQuestion): ConfidenceInputs | null {
  const best = leads[0];
  if (!best) return null;
  // The best rival: another source giving another value or name (outlets agreeing are no rivals).
  const answer = (c: Candidate): string | null => c.value ?? c.name;
  const second = leads.find((c) => c.source.id !== best.source.id && answer(c) !== answer(best)) ?? leads[1];
  const asked = question.terms.length + question.setAside.length;
  return {
    rankerLogit: best.logit,
    margin: best.logit - (second?.logit ?? best.logit - MAX_MARGIN),
    coverage: best.features.coverage,
    names: best.features.names,
    // How well it holds the kind of answer asked for (a date, a cause, a quote); 1 for questions that ask no kind.
    kind: best.features.fitCoverage / Math.max(best.features.coverage, 1e-9),
    keyHeld: best.features.keyHeld,
    eventHeld: best.features.eventHeld,
    setAside: asked ? question.setAside.length / asked : 0,
    // Whether any sentence at all names the asked entity together with the question's key word and event (and
    // does not tie them to someone else): a question about a detail the coverage never gives has none, however
    // good its best sentence looks.
    support: Math.max(
      ...leads
        .slice(0, SUPPORT_DEPTH)
        .map((c) => (c.relation.link < 0 ? 0 : c.features.names * c.features.keyHeld * c.features.eventHeld)),
    ),
    // What kind of question it is: a yes/no question is answered in other words than it asks in, a typed one
    // ("when", "how many") by a value, and each kind's evidence weighs differently.
    typed: ENTITY_TYPES.has(question.type) ? 1 : 0,
    yesNo: question.type === 'yes-no' ? 1 : 0,
    // Whether the search itself put the best sentence near the top, or only the ranking did.
    retrieval: best.features.retrieval,
    // How close the asked kind of value sits to the question's words: "1999" far from "mayor" dates something else.
    near: best.features.fitNear / Math.max(best.features.fit, 1e-9),
  };
}

/** How likely (0–1, calibrated on the project's questions) the best candidate answers the question. */
export function confidenceOf(leads: readonly Candidate[], question: AnalyzedQuestion, scorer: Scorer): number {
  const inputs = confidenceInputs(leads, question);
  return inputs ? probability(scorer.confidence, inputs) : 0;
}
