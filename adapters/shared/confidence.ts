import type { Answer } from '../../src/answer/answer-schema.ts';

// The core's confidence is calibrated: of the answers shown at 80%, about 80% are right. Steps of 5 points are as
// fine as such a figure deserves, and an extracted answer is never shown as certain, nor as hopeless.
const STEP = 5;
const FLOOR = 5;
const CEILING = 95;
const BANDS = [
  { from: 75, name: 'high' },
  { from: 50, name: 'medium' },
  { from: 0, name: 'low' },
] as const;

/** The confidence shown under an answer, as "Confidence: high (80%)"; null for an abstention, which claims nothing. */
export function confidenceLabel(answer: Pick<Answer, 'abstained' | 'confidence'>): string | null {
  if (answer.abstained) return null;
  const percent = Math.min(CEILING, Math.max(FLOOR, Math.round((answer.confidence * 100) / STEP) * STEP));
  const band = BANDS.find((b) => percent >= b.from)!.name;
  return `Confidence: ${band} (${percent}%)`;
}
