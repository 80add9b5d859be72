/** What both chat adapters share to answer within a deadline, refuse politely, and stop gracefully. */
import { type Answer, type AskOptions, type Engine, type InFlight, withDeadline } from '../../src/index.ts';

/** The adapter's side of issue 7: one deadline per answer, and the in-flight tracker a shutdown drains. */
export interface Reliability {
  /** Milliseconds an answer may take before the asker gets an apology (ANSWER_DEADLINE_MS). */
  answerDeadlineMs: number;
  /** Every handled question runs inside it, so a shutdown can refuse new ones and wait for these. */
  inFlight: InFlight;
}

/** What a question arriving during shutdown is told; the next instance will answer it. */
export const RESTARTING = "I'm restarting right now; please ask again in a minute.";

/** Asks the engine, rejecting with a DeadlineError if the answer takes longer than the deadline. */
export function askInTime(
  engine: Engine,
  question: string,
  options: AskOptions,
  reliability: Reliability,
): Promise<Answer> {
  return withDeadline(engine.ask(question, options), reliability.answerDeadlineMs, 'Answering a question');
}

// Replies about the asker's own input or pace: they concern nobody else in the channel.
const PERSONAL_REASONS: ReadonlySet<Answer['abstainReason']> = new Set([
  'rate-limited',
  'question-too-long',
  'empty-question',
]);

/**
 * Whether an answer is a refusal meant for the asker alone (rate limit, too long, empty), to be shown privately where
 * possible.
 */
export function isPersonalRefusal(answer: Answer): boolean {
  return PERSONAL_REASONS.has(answer.abstainReason);
}
