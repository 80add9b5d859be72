import { EventEmitter } from 'node:events';
import type { CorpusIndex } from '../corpus-index.ts';
import type { CorpusFingerprint } from '../index-cache/fingerprint.ts';
import type { OpenedIndex } from '../index-cache/open-index.ts';
import type { Logger } from '../logger.ts';
import { watchCorpus, type CorpusWatch } from './watch-corpus.ts';

/** What one reload changed, as logged and emitted. */
export interface ReloadReport {
  sources: number;
  passages: number;
  added: string[];
  changed: string[];
  removed: string[];
  /** Warnings the new index has that the old one did not (a broken new file, say). */
  newWarnings: string[];
  from: OpenedIndex['from'];
  ms: number;
}

/** Opens the corpus's index again, or returns null when it still has the given fingerprint's key. */
export type Reopen = (unless: CorpusFingerprint) => Promise<OpenedIndex | null>;

/**
 * The index questions are answered from, replaced whole when the corpus changes. A question takes `current` once
 * and answers from it synchronously, so one in flight finishes on the index it started with while the next uses the
 * new one. Emits 'reloaded' (ReloadReport) and 'reload-failed' (Error).
 */
export class LiveIndex extends EventEmitter<{ reloaded: [ReloadReport]; 'reload-failed': [Error] }> {
  private opened: OpenedIndex;
  private queued: Promise<ReloadReport | null> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private watching: CorpusWatch | null = null;

  constructor(
    opened: OpenedIndex,
    private readonly reopen: Reopen | null,
    private readonly logger: Logger,
  ) {
    super();
    this.opened = opened;
  }

  /** An index that never changes (for tools that build one themselves). */
  static fixed(index: CorpusIndex, ms: number, logger: Logger): LiveIndex {
    return new LiveIndex(
      { index, fingerprint: { key: '', files: new Map(), stats: new Map(), takenAt: 0 }, from: 'build', ms },
      null,
      logger,
    );
  }

  get current(): CorpusIndex {
    return this.opened.index;
  }

  /** Milliseconds the current index took to load or build. */
  get ms(): number {
    return this.opened.ms;
  }

  /** Rebuilds if the corpus changed and swaps the new index in; calls made while one is waiting to start share it. */
  reload(): Promise<ReloadReport | null> {
    if (!this.reopen) return Promise.resolve(null);
    if (this.queued) return this.queued;
    const run = this.chain.then(() => {
      this.queued = null;
      return this.rebuild(this.reopen!);
    });
    this.queued = run;
    this.chain = run;
    return run;
  }

  /** Reloads whenever files under the corpus directory change (debounced). */
  watch(corpusDir: string, debounceMs?: number): void {
    this.watching ??= watchCorpus(corpusDir, () => void this.reload(), this.logger, debounceMs);
  }

  /** Stops watching and waits for a reload in progress, so nothing is left running. */
  async close(): Promise<void> {
    this.watching?.close();
    this.watching = null;
    await this.chain;
  }

  private async rebuild(reopen: Reopen): Promise<ReloadReport | null> {
    let next: OpenedIndex | null;
    try {
      next = await reopen(this.opened.fingerprint);
    } catch (error) {
      // An unusable corpus (every file broken, the directory gone) keeps the last good index answering.
      const failure = error instanceof Error ? error : new Error(String(error));
      this.logger.error(
        { event: 'index_reload_failed', err: failure },
        `corpus reload failed; still answering from the previous index: ${failure.message}`,
      );
      this.emit('reload-failed', failure);
      return null;
    }
    if (!next) return null;
    const report = describe(this.opened, next);
    this.opened = next;
    for (const warning of report.newWarnings) this.logger.warn({ event: 'corpus_warning' }, warning);
    this.logger.info(
      { event: 'index_reloaded', ...report, ms: Math.round(report.ms) },
      `corpus reloaded: +${report.added.length} ~${report.changed.length} -${report.removed.length} files, ` +
        `${report.sources} sources, ${report.passages} passages`,
    );
    this.emit('reloaded', report);
    return report;
  }
}

function describe(before: OpenedIndex, after: OpenedIndex): ReloadReport {
  const old = before.fingerprint.files;
  const now = after.fingerprint.files;
  const seen = new Set(before.index.warnings);
  return {
    sources: after.index.sources.length,
    passages: after.index.passages.length,
    added: [...now.keys()].filter((f) => !old.has(f)),
    changed: [...now.keys()].filter((f) => old.has(f) && old.get(f) !== now.get(f)),
    removed: [...old.keys()].filter((f) => !now.has(f)),
    newWarnings: after.index.warnings.filter((w) => !seen.has(w)),
    from: after.from,
    ms: after.ms,
  };
}
