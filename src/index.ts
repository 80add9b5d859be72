// The core's public API: what adapters and other callers need, and nothing of how answering works inside.

/** Builds an engine over a corpus folder (indexing it, or loading its saved index), and its options. */
export { createEngine, type EngineOptions } from './create-engine.ts';
/** Checks a raw question before it reaches the engine (empty, too long, not text), and how it is normalized. */
export {
  gateQuestion,
  normalizeQuestion,
  DEFAULT_MAX_QUESTION_CHARS,
  type GateResult,
} from './input/question-gate.ts';
/** What an engine offers callers: asking, the sources, stats; and the options of one question. */
export type { Engine, AskOptions, EngineStats } from './engine.ts';
/** Where follow-up context is kept between questions; an adapter may supply a shared store. */
export {
  DEFAULT_CONVERSATION_LIMITS,
  type ConversationStore,
  type ConversationLimits,
  type Turn,
} from './conversation/memory.ts';
/** Question budgets per user and overall; an adapter may supply a shared limiter or its budgets. */
export { QuestionRateLimiter, type BudgetFactory } from './limits/rate-limiter.ts';
export { DEFAULT_RATE_LIMITS, type RateLimiter, type RateDecision, type RateLimits } from './limits/rate-limits.ts';
/** An answer with its citations (schemas validate answers that cross a process boundary). */
export {
  AnswerSchema,
  CitationSchema,
  AbstainReasonSchema,
  type Answer,
  type Citation,
  type AbstainReason,
} from './answer/answer-schema.ts';
/** An article of the corpus as an engine lists it, and with its text. */
export type { SourceSummary, Source } from './corpus/source.ts';
/** The core's settings from the environment, and the engine options they give. */
export {
  loadCoreConfig,
  loadDotEnv,
  parseEnv,
  engineSettings,
  CoreConfigSchema,
  type CoreConfig,
} from './config.ts';
/** The bundled corpus, used when no corpus folder is given. */
export { DEFAULT_CORPUS_DIR } from './paths.ts';
/** Structured logging (pino), with secrets kept out of what is logged. */
export { createLogger, silentLogger, scrubSecrets, type Logger, type LoggerOptions } from './logger.ts';
/** The typed errors the core throws, each with a `code` and the `cause`; describeError makes any error one line. */
export {
  CoverageBotError,
  ConfigError,
  CorpusError,
  CorpusFileError,
  DeadlineError,
  ShuttingDownError,
  AddArticleError,
  SharedStateError,
  describeError,
  type ErrorCode,
  type AddErrorCode,
} from './errors.ts';
/** Text for people: a citation's "Outlet — Title, date" label, a date, and a cut at a sentence end. */
export { citationLabel, formatPublished, truncateAtSentence } from './format.ts';
/** Waits for work with a time limit, failing with a DeadlineError. */
export { withDeadline } from './reliability/deadline.ts';
/** Tracks work in flight, so a shutdown can refuse new work and drain what runs. */
export { InFlight, type DrainResult } from './reliability/in-flight.ts';
/** Questions the corpus is known to answer, for pickers and help texts. */
export { answerableQuestions, type AnswerableQuestionsOptions } from './examples/answerable-questions.ts';
