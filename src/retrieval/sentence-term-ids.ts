import type { Passage } from './passage.ts';

/**
 * Each sentence's index terms as small integers, kept side by side in one growing array and written the first time
 * a search opens the sentence. Counting a query's terms in a sentence then reads a few numbers in a row instead of
 * looking up term strings scattered over the heap (the larger part of scoring the sentences of the best articles),
 * and start-up does no extra work.
 */
export class SentenceTermIds {
  private readonly ids = new Map<string, number>();
  /** Where each sentence's ids start in `written` (-1: not written yet) and end. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private written = new Int32Array(1 << 16);
  private used = 0;

  /** Nothing is written until a sentence is first counted. */
  constructor(private readonly passages: readonly Passage[]) {
    this.starts = new Int32Array(passages.length).fill(-1);
    this.ends = new Int32Array(passages.length);
  }

  /** The id of a term some sentence may hold; terms are numbered as first met. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) this.ids.set(term, (id = this.ids.size));
    return id;
  }

  /** Adds to counts[slot] each time the sentence holds the term numbered queryIds[slot] (-1 never matches). */
  countInto(passage: number, queryIds: Int32Array, counts: Float64Array): void {
    if (this.starts[passage] === -1) this.write(passage);
    const { written } = this;
    for (let at = this.starts[passage]!; at < this.ends[passage]!; at++) {
      const id = written[at]!;
      for (let slot = 0; slot < queryIds.length; slot++) {
        if (queryIds[slot] === id) {
          counts[slot]!++;
          break;
        }
      }
    }
  }

  private write(passage: number): void {
    const { terms } = this.passages[passage]!;
    if (this.used + terms.length > this.written.length) {
      const grown = new Int32Array(Math.max(this.written.length * 2, this.used + terms.length));
      grown.set(this.written.subarray(0, this.used));
      this.written = grown;
    }
    this.starts[passage] = this.used;
    for (const term of terms) this.written[this.used++] = this.idOf(term);
    this.ends[passage] = this.used;
  }
}
