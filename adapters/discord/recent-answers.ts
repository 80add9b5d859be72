import { LRUCache } from 'lru-cache';
import type { AnswerOrigin } from './conversation.ts';

/** What a button under an answer needs later: the question (for feedback logs) and the suggestions it offered. */
export interface RecentAnswer {
  question: string;
  suggestions: string[];
  origin: AnswerOrigin;
}

/**
 * Recent answers by id, so buttons can carry a short id instead of question text (Discord allows 100 characters of
 * custom id). Bounded: the least recently used are forgotten first, so memory stays flat however busy the server.
 */
export class RecentAnswers {
  private readonly answers: LRUCache<string, RecentAnswer>;

  constructor(capacity = 5000) {
    this.answers = new LRUCache({ max: capacity });
  }

  /** Remembers an answer that carries buttons. */
  remember(answerId: string, answer: RecentAnswer): void {
    this.answers.set(answerId, answer);
  }

  /** The remembered answer, or undefined when it was forgotten (or given before a restart). */
  get(answerId: string): RecentAnswer | undefined {
    return this.answers.get(answerId);
  }
}
