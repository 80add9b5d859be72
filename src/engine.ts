import type { Answer } from './answer/answer-schema.ts';
import type { SourceSummary } from './corpus/source.ts';

/** Per-question options. */
export interface AskOptions {
  /** Overrides the answer id (front ends that need it before answering, e.g. for idempotency). */
  answerId?: string;
  /**
   * Groups questions into a conversation so follow-ups ("And Microsoft?", "Why?") can lean on earlier turns.
   * Each front end picks it: Slack channel + thread, Discord channel or thread + user, the REPL's session.
   */
  conversation?: string;
  /** Who asks (platform and user id); questions are rate-limited per user when it is given. */
  user?: string;
  /** Whether to work out follow-up questions to an answer (default true); a front end that shows none skips them. */
  suggestions?: boolean;
}

/** Counts describing the loaded corpus and index. */
export interface EngineStats {
  sources: number;
  passages: number;
  /** One line per corpus file that was skipped or partly used. */
  warnings: string[];
  /** Milliseconds spent loading (from the cache) or building the current index. */
  buildMs: number;
}

/** The question-answering core: built once from a corpus, then asked any number of questions. */
export interface Engine {
  /**
   * Answers one question from the coverage; never throws for bad input (an empty question abstains with a usage hint).
   */
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /** Every citable source in the corpus, in a stable order. */
  sources(): SourceSummary[];
  /** Size of the index and what the loader warned about. */
  stats(): EngineStats;
  /** Example questions the coverage can answer, for help texts and abstentions. */
  readonly examples: string[];
  /** Stops watching the corpus (if the engine does) and waits for a reload in progress; needless otherwise. */
  close(): Promise<void>;
}
