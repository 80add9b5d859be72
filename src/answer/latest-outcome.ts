import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Candidate } from './candidates.ts';

/**
 * A status still open when its article went out: "Stroud has not conceded", "the defense has not said whether
 * Aldercott will testify", "is yet to decide".
 */
const PENDING = /\b(?:has|have|had)(?: not|n['’]t)(?: yet)? \p{L}+|\b(?:not yet|yet to)\b/iu;
/** How many of the best leads are looked through for a later outcome. */
const OUTCOME_DEPTH = 5;

/**
 * For a yes/no question, an earlier article's open status gives way to a later article's plain statement of the
 * same thing ("Stroud … conceded a few hours later"): news follows a story as it moves, and the latest word
 * answers "did he concede?". The later sentence must name the question's names and key word as well.
 */
export function latestOutcomeFirst(leads: Candidate[], question: AnalyzedQuestion): Candidate[] {
  const best = leads[0];
  if (question.type !== 'yes-no' || !best?.source.published || !PENDING.test(best.passage.text)) return leads;
  const published = best.source.published;
  const later = leads
    .slice(1, OUTCOME_DEPTH)
    .find(
      (c) =>
        c.source.published !== null &&
        c.source.published > published &&
        !PENDING.test(c.passage.text) &&
        c.features.keyHeld > 0 &&
        c.features.keyHeld >= best.features.keyHeld &&
        c.features.names >= best.features.names,
    );
  return later ? [later, ...leads.filter((c) => c !== later)] : leads;
}
