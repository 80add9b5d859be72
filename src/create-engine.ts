import { randomUUID } from 'node:crypto';
import { AnswerSchema, type Answer } from './answer/answer-schema.ts';
import { DEFAULT_CORPUS_DIR } from './config.ts';
import { ConversationMemory, DEFAULT_CONVERSATION_LIMITS, type ConversationLimits } from './conversation/memory.ts';
import { respond } from './conversation/respond.ts';
import { buildCorpusIndex, type CorpusIndex } from './corpus-index.ts';
import type { SourceSummary } from './corpus/source.ts';
import type { AskOptions, Engine, EngineStats } from './engine.ts';
import { silentLogger, type Logger } from './logger.ts';

/** How to build an engine; everything is optional. */
export interface EngineOptions {
  /** Directory of articles (default: the bundled corpus). */
  corpusDir?: string;
  logger?: Logger;
  /** Milliseconds clock for timings (default: performance.now), injectable for tests. */
  clock?: () => number;
  /** Makes answer ids (default: random UUIDs). */
  newId?: () => string;
  /** Bounds on conversation memory (default: DEFAULT_CONVERSATION_LIMITS). */
  conversations?: Partial<ConversationLimits>;
}

/** Collapses whitespace and normalizes Unicode so the same question always reads the same. */
export function cleanQuestion(question: string): string {
  return question.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Loads the corpus, builds the index once, and returns the engine that answers questions from it. */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const logger = options.logger ?? silentLogger();
  const clock = options.clock ?? (() => performance.now());
  const corpusDir = options.corpusDir ?? DEFAULT_CORPUS_DIR;
  const started = clock();
  const index = await buildCorpusIndex(corpusDir);
  const buildMs = clock() - started;
  for (const warning of index.warnings) logger.warn({ event: 'corpus_warning', corpusDir }, warning);
  logger.info({ event: 'index_built', corpusDir, sources: index.sources.length, passages: index.passages.length, ms: Math.round(buildMs) }, 'corpus indexed');
  return engineFromIndex(index, { ...options, logger, clock }, buildMs);
}

/** An engine over an index that is already built (by createEngine, or by tools such as the evaluation). */
export function engineFromIndex(index: CorpusIndex, options: EngineOptions = {}, buildMs = 0): Engine {
  const logger = options.logger ?? silentLogger();
  const clock = options.clock ?? (() => performance.now());
  const newId = options.newId ?? randomUUID;
  const memory = new ConversationMemory({ ...DEFAULT_CONVERSATION_LIMITS, ...options.conversations }, clock);

  const passageCounts = new Map<number, number>();
  for (const p of index.passages) if (p.kind === 'sentence') passageCounts.set(p.sourceIndex, (passageCounts.get(p.sourceIndex) ?? 0) + 1);
  // Articles first, then the related coverage they list: the order people read a source list in.
  const summaries: SourceSummary[] = index.sources.map((s, i) => ({
    id: s.id, file: s.file, kind: s.kind, outlet: s.outlet, title: s.title, url: s.url, published: s.published, listedBy: s.listedBy,
    passages: passageCounts.get(i) ?? 0,
    inferred: Object.entries(s.origins).filter(([, origin]) => origin === 'inferred').map(([field]) => field),
  })).sort((a, b) => Number(a.kind === 'related') - Number(b.kind === 'related'));

  return {
    examples: index.examples,
    async ask(question: string, askOptions: AskOptions = {}): Promise<Answer> {
      const id = askOptions.answerId ?? newId();
      const cleaned = cleanQuestion(question);
      const t0 = clock();
      const answer = respond(index, memory, cleaned, id, askOptions.conversation);
      logger.debug({ event: 'answered', answerId: id, abstained: answer.abstained, citations: answer.citations.length, ms: clock() - t0 }, 'answered');
      return AnswerSchema.parse(answer);
    },
    sources: () => summaries.map((s) => ({ ...s, inferred: [...s.inferred] })),
    stats: (): EngineStats => ({ sources: index.sources.length, passages: index.passages.length, warnings: [...index.warnings], buildMs }),
  };
}
