import { answerableQuestions, describeError, type Engine, type Logger, normalizeQuestion } from '../../src/index.ts';

/** Words of a text for matching, lowercased: letters and digits only, so punctuation and case never matter. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Questions the corpus answers, computed once in the background and kept for pickers (Discord's /ask autocomplete,
 * Slack's App Home), so a keystroke or a home-tab visit never runs the answering pipeline. It is rebuilt when the
 * engine's index changes (a corpus reload), and offers the engine's examples until the first build is done.
 */
export class QuestionCatalog {
  private built: string[] = [];
  private builtFor = '';
  private building: Promise<void> | null = null;

  /** Starts the first build at once; `clock` (milliseconds) times the builds in the log. */
  constructor(
    private readonly engine: Engine,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
  ) {
    this.refresh();
  }

  /** The questions as they stand, best first; starts a rebuild in the background if the corpus changed. */
  questions(): string[] {
    this.refresh();
    return this.built.length > 0 ? this.built : this.engine.examples;
  }

  /**
   * Up to `max` questions matching what has been typed so far: each typed word must begin a word of the question.
   * Questions that begin with the typed text come first; nothing typed offers the first `max`.
   */
  match(typed: string, max: number): string[] {
    const words = wordsOf(normalizeQuestion(typed));
    const start = words.join(' ');
    const matching = this.questions().filter((question) => {
      const own = wordsOf(question);
      return words.every((word) => own.some((candidate) => candidate.startsWith(word)));
    });
    const leading = matching.filter((question) => wordsOf(question).join(' ').startsWith(start));
    return [...leading, ...matching.filter((question) => !leading.includes(question))].slice(0, max);
  }

  /** Resolves once the build in progress (if any) is done; for start-up and tests. */
  async ready(): Promise<void> {
    await this.building;
  }

  // The index's size and build time change with every reload, and reading them costs nothing.
  private indexKey(): string {
    const { sources, passages, buildMs } = this.engine.stats();
    return `${sources}/${passages}/${buildMs}`;
  }

  private refresh(): void {
    const key = this.indexKey();
    if (this.building || key === this.builtFor) return;
    const started = this.clock();
    this.building = answerableQuestions(this.engine)
      .then((questions) => {
        this.built = questions;
        this.builtFor = key;
        const fields = { event: 'question_catalog_built', questions: questions.length, ms: this.clock() - started };
        this.logger.info(fields, 'example questions ready');
      })
      .catch((error: unknown) => {
        // Tried again on the next use; meanwhile the engine's own examples are offered.
        const err = describeError(error);
        this.logger.warn({ event: 'question_catalog_failed', err }, 'could not collect example questions');
      })
      .finally(() => {
        this.building = null;
      });
  }
}
