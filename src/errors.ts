/** Machine-readable error codes; each names one kind of failure a caller can act on. */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'CORPUS_DIR_MISSING'
  | 'CORPUS_EMPTY'
  | 'CORPUS_FILE_INVALID'
  | 'MANIFEST_INVALID'
  | 'DEADLINE_EXCEEDED'
  | 'SHUTTING_DOWN'
  | 'ENGINE_UNAVAILABLE'
  | 'ADD_INPUT_INVALID'
  | 'FETCH_REFUSED'
  | 'FETCH_FAILED'
  | 'NO_ARTICLE'
  | 'ADD_WRITE_FAILED'
  | 'SHARED_STATE_UNAVAILABLE'
  | 'EVAL_SET_INVALID'
  | 'SCORER_INVALID';

/**
 * Base of every error the project throws: a stable `code`, a message that names the bad value and the fix, and the
 * underlying `cause`.
 */
export class CoverageBotError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
  }
}

/** Configuration (environment variables or options) failed validation. */
export class ConfigError extends CoverageBotError {
  /** One line per problem, each with its fix. */
  readonly problems: string[];

  constructor(what: string, problems: string[]) {
    super('CONFIG_INVALID', `${what} is not configured correctly:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** The corpus as a whole cannot be loaded (missing directory, nothing usable in it). */
export class CorpusError extends CoverageBotError {}

/** One corpus file could not be used; the loader reports it as a warning and goes on. */
export class CorpusFileError extends CoverageBotError {
  readonly file: string;

  constructor(file: string, problem: string, options: { cause?: unknown } = {}) {
    super('CORPUS_FILE_INVALID', `${file}: ${problem}`, options);
    this.file = file;
  }
}

/** Work did not finish within its deadline. */
export class DeadlineError extends CoverageBotError {
  constructor(what: string, ms: number) {
    const fix = 'raise ANSWER_DEADLINE_MS if answers are routinely this slow';
    super('DEADLINE_EXCEEDED', `${what} took longer than ${ms} ms; ${fix}`);
  }
}

/** New work was refused because the process is shutting down. */
export class ShuttingDownError extends CoverageBotError {
  constructor() {
    super('SHUTTING_DOWN', 'The bot is shutting down and takes no new questions; ask again once it has restarted');
  }
}

/** The engine's worker thread could not start, or stopped while questions were waiting for it. */
export class EngineUnavailableError extends CoverageBotError {
  constructor(problem: string, options: { cause?: unknown } = {}) {
    super('ENGINE_UNAVAILABLE', `The answering engine is unavailable: ${problem}`, options);
  }
}

/** Codes of the failures that adding one article (a URL or a file) can end in. */
export type AddErrorCode = Extract<
  ErrorCode,
  'ADD_INPUT_INVALID' | 'FETCH_REFUSED' | 'FETCH_FAILED' | 'NO_ARTICLE' | 'ADD_WRITE_FAILED'
>;

/** One URL or file could not be added to the corpus; the message names it, the reason and the fix. */
export class AddArticleError extends CoverageBotError {
  /** The URL or file path as the person gave it. */
  readonly input: string;

  constructor(code: AddErrorCode, input: string, problem: string, options: { cause?: unknown } = {}) {
    super(code, `${input}: ${problem}`, options);
    this.input = input;
  }
}

/**
 * The shared state store (Redis, from REDIS_URL) could not be reached or answered too slowly at start; the operator
 * asked for shared state, so running without it would quietly break deduplication across replicas.
 */
export class SharedStateError extends CoverageBotError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('SHARED_STATE_UNAVAILABLE', message, options);
  }
}

/** Renders any thrown value as one line, for logs and user-facing apologies. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
