import { describe, expect, it } from 'vitest';
import { confidenceLabel } from '../../adapters/shared/labels.ts';

describe('confidenceLabel (both adapters)', () => {
  it.each([
    [0.8, 'Confidence: high (80%)'],
    [0.774, 'Confidence: high (75%)'],
    [0.6, 'Confidence: medium (60%)'],
    [0.5, 'Confidence: medium (50%)'],
    [0.31, 'Confidence: low (30%)'],
    [1, 'Confidence: high (95%)'],
    [0, 'Confidence: low (5%)'],
  ])('labels an answer at %d as "%s": rounded to 5 points, never certain nor hopeless', (confidence, label) => {
    expect(confidenceLabel({ abstained: false, confidence })).toBe(label);
  });

  it('shows nothing for an abstention, whatever its score', () => {
    expect(confidenceLabel({ abstained: true, confidence: 0.9 })).toBeNull();
  });
});
