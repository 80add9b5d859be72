import { randomUUID } from 'node:crypto';
import { AnswerSchema, type Answer } from './answer/answer-schema.ts';
import {
  ConversationMemory,
  DEFAULT_CONVERSATION_LIMITS,
  type ConversationLimits,
  type ConversationStore,
} from './conversation/memory.ts';
import { rateLimited, respond } from './conversation/respond.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { DEFAULT_MAX_QUESTION_CHARS, gateQuestion } from './input/question-gate.ts';
import type { SourceSummary } from './corpus/source.ts';
import type { AskOptions, Engine, EngineStats } from './engine.ts';
import { type CorpusFingerprint, fingerprintCorpus } from './index-cache/fingerprint.ts';
import { openIndex, type OpenedIndex, type OpenIndexOptions } from './index-cache/open-index.ts';
import { buildOffThread } from './reload/build-off-thread.ts';
import { DEFAULT_RATE_LIMITS, inMemoryRateLimiter, type RateLimiter, type RateLimits } from './limits/rate-limits.ts';
import { silentLogger, type Logger } from './logger.ts';
import { DEFAULT_CORPUS_DIR } from './paths.ts';
import { LiveIndex } from './reload/live-index.ts';

/** How to build an engine; everything is optional. */
export interface EngineOptions {
  /** Directory of articles (default: the bundled corpus). */
  corpusDir?: string;
  logger?: Logger;
  /** Milliseconds clock for timings (default: performance.now), injectable for tests. */
  clock?: () => number;
  /** Makes answer ids (default: random UUIDs). */
  newId?: () => string;
  /** Directory for the saved index (see INDEX_CACHE_DIR); unset or null: always build, save nothing. */
  cacheDir?: string | null;
  /** Watch the corpus directory and swap in a rebuilt index when its files change (stop with close()). */
  watch?: boolean;
  /** How long changes must settle before a reload starts (default 250 ms). */
  watchDebounceMs?: number;
  /** Bounds on conversation memory (default: DEFAULT_CONVERSATION_LIMITS). */
  conversations?: Partial<ConversationLimits>;
  /** Where conversations are remembered (default: this process's memory, bounded by `conversations`). */
  conversationStore?: ConversationStore;
  /** Longest question accepted (default: DEFAULT_MAX_QUESTION_CHARS). */
  maxQuestionChars?: number;
  /** Question budgets for askers who give a `user` (default: DEFAULT_RATE_LIMITS). */
  rateLimits?: RateLimits;
  /** Keeps those budgets (default: counted in this process's memory, with `rateLimits`). */
  rateLimiter?: RateLimiter;
  /** An index opened before (the start-up snapshot's): used instead of the cache while its corpus keeps its key. */
  held?: HeldIndex;
  /** Called with the index once it is open and again after each reload (an engine worker reports it across). */
  onIndex?: (index: CorpusIndex) => void;
}

/** An index opened ahead of time, and the corpus directory it was opened from. */
export interface HeldIndex {
  corpusDir: string;
  opened: OpenedIndex;
}

/**
 * The held index when it is of this corpus and the corpus still has its key (its files' hashes are reused as a
 * cache's are), else the index opened as usual. With the cache off every start builds, so nothing held is used.
 */
async function openHeldOr(open: OpenIndexOptions, held?: HeldIndex): Promise<OpenedIndex> {
  if (!held || open.cacheDir === null || held.corpusDir !== open.corpusDir) return (await openIndex(open))!;
  const started = open.clock();
  const changed = await openIndex(open, held.opened.fingerprint);
  return changed ?? { ...held.opened, ms: open.clock() - started };
}

/**
 * Opens the index again after the corpus changed. With a cache, the build happens in a worker that writes the
 * cache, and this thread only loads it; questions keep being answered meanwhile.
 */
async function reopen(open: OpenIndexOptions, unless: CorpusFingerprint): Promise<OpenedIndex | null> {
  if (open.cacheDir && (await fingerprintCorpus(open.corpusDir, unless)).key !== unless.key) {
    await buildOffThread({ corpusDir: open.corpusDir, cacheDir: open.cacheDir }, open.logger);
  }
  return openIndex(open, unless);
}

/** Loads the corpus's index (from the cache when it matches), optionally keeps it current, and returns the engine. */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const logger = options.logger ?? silentLogger();
  const clock = options.clock ?? (() => performance.now());
  const corpusDir = options.corpusDir ?? DEFAULT_CORPUS_DIR;
  const open = { corpusDir, cacheDir: options.cacheDir ?? null, logger, clock };
  const opened = await openHeldOr(open, options.held);
  for (const warning of opened.index.warnings) logger.warn({ event: 'corpus_warning', corpusDir }, warning);
  const live = new LiveIndex(opened, (unless) => reopen(open, unless), logger);
  if (options.watch) live.watch(corpusDir, options.watchDebounceMs);
  const engine = engineFromIndex(live, { ...options, logger, clock });
  if (options.onIndex) {
    const onIndex = options.onIndex;
    live.on('reloaded', () => onIndex(live.current));
    onIndex(live.current);
  }
  return engine;
}

// Articles first, then the related coverage they list: the order people read a source list in.
const summaryCache = new WeakMap<CorpusIndex, SourceSummary[]>();
function summariesOf(index: CorpusIndex): SourceSummary[] {
  let summaries = summaryCache.get(index);
  if (summaries) return summaries;
  const passageCounts = new Map<number, number>();
  for (const p of index.passages) {
    if (p.kind === 'sentence') passageCounts.set(p.sourceIndex, (passageCounts.get(p.sourceIndex) ?? 0) + 1);
  }
  summaries = index.sources
    .map((s, i) => ({
      id: s.id,
      file: s.file,
      kind: s.kind,
      outlet: s.outlet,
      title: s.title,
      url: s.url,
      published: s.published,
      listedBy: s.listedBy,
      passages: passageCounts.get(i) ?? 0,
      inferred: Object.entries(s.origins)
        .filter(([, origin]) => origin === 'inferred')
        .map(([field]) => field),
    }))
    .sort((a, b) => Number(a.kind === 'related') - Number(b.kind === 'related'));
  summaryCache.set(index, summaries);
  return summaries;
}

/** An engine over an index that is already built (by tools such as the evaluation), or over a live, reloading one. */
export function engineFromIndex(index: CorpusIndex | LiveIndex, options: EngineOptions = {}, buildMs = 0): Engine {
  const logger = options.logger ?? silentLogger();
  const clock = options.clock ?? (() => performance.now());
  const newId = options.newId ?? randomUUID;
  const maxQuestionChars = options.maxQuestionChars ?? DEFAULT_MAX_QUESTION_CHARS;
  const limiter = options.rateLimiter ?? inMemoryRateLimiter(options.rateLimits ?? DEFAULT_RATE_LIMITS);
  const memory =
    options.conversationStore ??
    new ConversationMemory({ ...DEFAULT_CONVERSATION_LIMITS, ...options.conversations }, clock);
  const live = index instanceof LiveIndex ? index : LiveIndex.fixed(index, buildMs, logger);

  return {
    get examples() {
      return live.current.examples;
    },
    async ask(question: string, askOptions: AskOptions = {}): Promise<Answer> {
      const id = askOptions.answerId ?? newId();
      if (askOptions.user) {
        const decision = await limiter.take(askOptions.user);
        if (!decision.allowed) {
          const { scope, retryAfterMs } = decision;
          logger.info({ event: 'rate_limited', user: askOptions.user, scope, retryAfterMs }, 'rate limited');
          return AnswerSchema.parse(rateLimited(live.current, id, question, decision.scope, decision.retryAfterMs));
        }
      }
      const t0 = clock();
      const gate = gateQuestion(question, maxQuestionChars);
      // Taken once: a reload that lands meanwhile does not change the index this question is answered from.
      const { conversation, suggestions = true } = askOptions;
      const answer = await respond(live.current, memory, gate, id, { conversation, suggestions });
      const { abstained, citations } = answer;
      const fields = { answerId: id, abstained, citations: citations.length, ms: clock() - t0 };
      logger.debug({ event: 'answered', ...fields }, 'answered');
      return AnswerSchema.parse(answer);
    },
    sources: () => summariesOf(live.current).map((s) => ({ ...s, inferred: [...s.inferred] })),
    stats: (): EngineStats => {
      const current = live.current;
      const { sources, passages, warnings } = current;
      return { sources: sources.length, passages: passages.length, warnings: [...warnings], buildMs: live.ms };
    },
    close: () => live.close(),
  };
}
