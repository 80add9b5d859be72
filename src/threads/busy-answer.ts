import { abstentionText } from '../answer/abstain.ts';
import type { Answer } from '../answer/answer-schema.ts';
import type { EngineInfo } from './engine-protocol.ts';

/** What someone hears when the answer queue is full: a moment's wait, never silence. */
export const BUSY_TEXT = "I'm busy answering other questions; please try again in a moment.";

/**
 * The reply to a question turned away because the answer queue is full. It is a rate-limited abstention, so the
 * front ends already show it privately to the asker, as they show the rate limiter's own replies.
 */
export function busyAnswer(id: string, question: string, info: EngineInfo): Answer {
  return {
    id,
    question,
    answer: abstentionText('rate-limited', BUSY_TEXT, info.coverage, info.examples),
    abstained: true,
    abstainReason: 'rate-limited',
    confidence: 0,
    citations: [],
    examples: [],
    suggestions: [],
    interpretedAs: null,
  };
}
