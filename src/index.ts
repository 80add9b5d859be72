export { createEngine, type EngineOptions } from './create-engine.ts';
export { gateQuestion, normalizeQuestion, DEFAULT_MAX_QUESTION_CHARS, type GateResult } from './input/question-gate.ts';
export type { Engine, AskOptions, EngineStats } from './engine.ts';
export type { ConversationStore, Turn } from './conversation/memory.ts';
export type { RateLimiter, RateDecision } from './limits/rate-limiter.ts';
export {
  AnswerSchema, CitationSchema, AbstainReasonSchema, type Answer, type Citation, type AbstainReason,
} from './answer/answer-schema.ts';
export type { SourceSummary, Source } from './corpus/source.ts';
export { loadCoreConfig, parseEnv, CoreConfigSchema, type CoreConfig } from './config.ts';
export { DEFAULT_CORPUS_DIR } from './paths.ts';
export { createLogger, silentLogger, type Logger } from './logger.ts';
export {
  CoverageBotError, ConfigError, CorpusError, CorpusFileError, describeError, type ErrorCode,
} from './errors.ts';
export { citationLabel, formatPublished, truncateAtSentence } from './format.ts';
