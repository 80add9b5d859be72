import { defaultScorer, type Scorer } from '../../src/answer/scorer.ts';

/** The shipped scorer, sure of every answer: only the rules before the confidence threshold can decline. */
export const sureScorer = (): Scorer => ({ ...defaultScorer(), threshold: 0 });
