import type MiniSearch from 'minisearch';
import { visitBestFirst } from './best-first.ts';

/** The parts of a minisearch index that ranking reads (fields minisearch keeps unexported; checked by the tests). */
interface MiniSearchInternals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
}

/** minisearch's BM25+ constants (its defaults). */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/**
 * Ranks the search documents (passage groups) for a query exactly as minisearch's OR search does (same scores, same
 * order on ties), reading its posting lists straight into typed arrays: minisearch builds an object per matching
 * document and term and sorts every match, while a search here opens only the best few dozen of thousands.
 */
export class GroupRanking {
  private readonly index: MiniSearchInternals;
  /** The group id of each of minisearch's internal document ids. */
  private readonly groupOf: Int32Array;
  /** Each field's length per internal document id, by field id. */
  private readonly fieldLengths: Float64Array[] = [];
  private readonly total: Float64Array;
  private readonly termScore: Float64Array;
  private readonly matchedTerms: Uint16Array;
  private readonly inTerm: Uint8Array;
  private readonly termDocs: Int32Array;
  private readonly matched: Int32Array;
  private readonly scores: Float64Array;
  private readonly heap: Int32Array;

  /** Reads the index's document ids and field lengths once. */
  constructor(
    engine: MiniSearch<never>,
    private readonly fields: readonly string[],
  ) {
    this.index = engine as unknown as MiniSearchInternals;
    const size = this.index._nextId;
    this.groupOf = new Int32Array(size).fill(-1);
    for (const [shortId, id] of this.index._documentIds) this.groupOf[shortId] = id as number;
    for (const fieldId of Object.values(this.index._fieldIds)) this.fieldLengths[fieldId] = new Float64Array(size);
    for (const [shortId, lengths] of this.index._fieldLength) {
      lengths.forEach((length, fieldId) => {
        this.fieldLengths[fieldId]![shortId] = length;
      });
    }
    this.total = new Float64Array(size);
    this.termScore = new Float64Array(size);
    this.matchedTerms = new Uint16Array(size);
    this.inTerm = new Uint8Array(size);
    this.termDocs = new Int32Array(size);
    this.matched = new Int32Array(size);
    this.scores = new Float64Array(size);
    this.heap = new Int32Array(size);
  }

  /**
   * Visits the groups matching any query term, best first, until `visit` returns false. A document's score is
   * the sum over terms and fields of boost × BM25+, times the number of distinct query terms it matches, added up
   * in minisearch's order so that the floating-point sums, and so the ties, come out the same. The scratch arrays
   * are shared, so `visit` must not start another ranking.
   */
  visitBest(
    query: readonly string[],
    termBoost: (term: string) => number,
    fieldBoosts: Readonly<Record<string, number>>,
    visit: (group: number) => boolean,
  ): void {
    const { total, termScore, matchedTerms, inTerm, termDocs, matched } = this;
    let matchedCount = 0;
    query.forEach((term, position) => {
      const postings = this.index._index.get(term);
      if (!postings) return;
      const boost = termBoost(term);
      let termCount = 0;
      for (const field of this.fields) {
        const fieldId = this.index._fieldIds[field]!;
        const frequencies = postings.get(fieldId);
        if (!frequencies) continue;
        const weight = boost * (fieldBoosts[field] || 1);
        const matching = frequencies.size;
        const rarity = Math.log(1 + (this.index._documentCount - matching + 0.5) / (matching + 0.5));
        const average = this.index._avgFieldLength[fieldId]!;
        const lengths = this.fieldLengths[fieldId]!;
        // forEach, not for…of: the entries iterator would make an array per posting.
        frequencies.forEach((count, doc) => {
          const raw = rarity * (D + (count * (K + 1)) / (count + K * (1 - B + (B * lengths[doc]!) / average)));
          if (!inTerm[doc]) {
            inTerm[doc] = 1;
            termDocs[termCount++] = doc;
          }
          termScore[doc]! += weight * raw;
        });
      }
      const repeated = query.indexOf(term) < position;
      for (let i = 0; i < termCount; i++) {
        const doc = termDocs[i]!;
        if (matchedTerms[doc] === 0) matched[matchedCount++] = doc;
        total[doc]! += termScore[doc]!;
        if (!repeated) matchedTerms[doc]!++;
        termScore[doc] = 0;
        inTerm[doc] = 0;
      }
    });
    const { scores } = this;
    for (let i = 0; i < matchedCount; i++) {
      const doc = matched[i]!;
      scores[i] = total[doc]! * matchedTerms[doc]!;
      total[doc] = 0;
      matchedTerms[doc] = 0;
    }
    visitBestFirst(scores, matchedCount, this.heap, (position) => visit(this.groupOf[matched[position]!]!));
  }

  /** The groups whose field holds the term, in no particular order. */
  groupsHolding(term: string, field: string): number[] {
    const frequencies = this.index._index.get(term)?.get(this.index._fieldIds[field]!);
    return frequencies ? Array.from(frequencies.keys(), (doc) => this.groupOf[doc]!) : [];
  }
}
