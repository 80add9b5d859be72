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

/** Words asking for a figure as the story first gave it (the question's timing says when it asks for the last). */
const EARLIEST = /\b(?:first|initial(?:ly)?|original(?:ly)?|earliest)\b/i;
/** Questions asking for a figure, which an update replaces. */
const FIGURE_TYPES: ReadonlySet<string> = new Set(['count', 'money', 'amount', 'percent']);

/**
 * "How much will the roof cost now?", "what was the first estimate?": of the best leads giving a figure of the asked
 * kind with the question's key word and names as well as the best, the one from the latest article (or the
 * earliest) comes first. News revises its figures as a story moves; the question says which it wants.
 */
export function askedRevisionFirst(leads: Candidate[], question: AnalyzedQuestion): Candidate[] {
  const best = leads[0];
  if (!best?.source.published || best.value === null || !FIGURE_TYPES.has(question.type)) return leads;
  const latest = question.timing === 1;
  if (!latest && !EARLIEST.test(question.text)) return leads;
  const comparable = leads
    .slice(0, OUTCOME_DEPTH)
    .filter(
      (c) =>
        c.source.published !== null &&
        c.value !== null &&
        c.features.fit >= best.features.fit &&
        c.features.keyHeld >= best.features.keyHeld &&
        c.features.names >= best.features.names,
    );
  const pick = comparable.reduce<Candidate | null>((chosen, c) => {
    if (!chosen) return c;
    const [a, b] = [c.source.published!, chosen.source.published!];
    return (latest ? a > b : a < b) ? c : chosen;
  }, null);
  return pick && pick !== best ? [pick, ...leads.filter((c) => c !== pick)] : leads;
}
