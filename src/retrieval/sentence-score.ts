import type { Source } from '../corpus/source.ts';
import { wordsAndTerms } from '../text/analyzer.ts';
import type { Passage, PassageWords } from './passage.ts';
import { SentenceTermIds } from './sentence-term-ids.ts';

/** minisearch's BM25+ constants (its defaults), so sentences score as when each was its own search document. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** How much each field of a sentence counts: the sentence itself, its headline, its outlet. */
interface FieldBoosts {
  text: number;
  title: number;
  outlet: number;
}

/** A headline or outlet name: its index terms with their counts, and its length as the search engine measures it. */
interface ShortField {
  counts: Map<string, number>;
  length: number;
}

/** What a source's headline and outlet add to each of its sentences for one query. */
interface SourceShare {
  score: number;
  /** Query terms (by slot) the headline or outlet holds. */
  holds: Uint8Array;
}

// A field's length as minisearch measures it: distinct words, stop words included.
const fieldLength = (split: readonly string[]): number => new Set(split).size;

function termCounts(list: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of list) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

function shortField(text: string): ShortField {
  const split = wordsAndTerms(text);
  return { counts: termCounts(split.terms), length: fieldLength(split.words) };
}

/** Each sentence's length as the search engine measures a field, in passage order. */
export function sentenceLengths(passages: readonly Passage[], wordsOf: PassageWords): Uint16Array {
  return Uint16Array.from(passages, (p) => fieldLength(wordsOf(p)));
}

const idf = (matching: number, total: number): number => Math.log(1 + (total - matching + 0.5) / (matching + 0.5));

// The part of BM25+ that depends on the count and the field's length relative to the average.
const saturation = (count: number, length: number, average: number): number =>
  D + (count * (K + 1)) / (count + K * (1 - B + (B * length) / average));

/** Sentences whose field holds each term: every sentence carries its source's headline and outlet. */
function sentenceFrequency(fields: readonly ShortField[], perSource: readonly number[]): Map<string, number> {
  const frequency = new Map<string, number>();
  fields.forEach((field, i) => {
    for (const term of field.counts.keys()) frequency.set(term, (frequency.get(term) ?? 0) + perSource[i]!);
  });
  return frequency;
}

/** A field's mean length over sentences. */
function averageOver(fields: readonly ShortField[], perSource: readonly number[], total: number): number {
  return fields.reduce((sum, field, i) => sum + field.length * perSource[i]!, 0) / Math.max(1, total);
}

/**
 * Scores single sentences exactly as minisearch scored them when every sentence was a document of its own (BM25+
 * over sentence, headline and outlet, times the number of query terms matched), from the corpus's sentence-level
 * counts. The search finds paragraphs; this ranks the sentences inside them, so "retrieval" keeps its meaning.
 */
export class SentenceScorer {
  private readonly titles: ShortField[];
  private readonly outlets: ShortField[];
  private readonly titleFrequency: Map<string, number>;
  private readonly outletFrequency: Map<string, number>;
  private readonly averageTitle: number;
  private readonly averageOutlet: number;
  private readonly averageLength: number;
  private readonly termIds: SentenceTermIds;
  /** Each passage's source, so scoring a sentence need not read its passage (scattered over the heap). */
  private readonly sourceOf: Int32Array;

  /** Counts headlines and outlets per sentence; `frequency` gives the sentences holding a term. */
  constructor(
    sources: readonly Source[],
    passages: readonly Passage[],
    private readonly frequency: (term: string) => number,
    private readonly lengths: Uint16Array,
  ) {
    const perSource = new Array<number>(sources.length).fill(0);
    // A headline passage is its source's title already split into terms and measured: not tokenized again here.
    const headlines = new Array<ShortField | undefined>(sources.length);
    this.sourceOf = new Int32Array(passages.length);
    for (const passage of passages) {
      perSource[passage.sourceIndex]!++;
      this.sourceOf[passage.index] = passage.sourceIndex;
      if (passage.kind === 'headline' && passage.text === sources[passage.sourceIndex]!.title)
        headlines[passage.sourceIndex] ??= { counts: termCounts(passage.terms), length: lengths[passage.index]! };
    }
    // Thousands of sources share a few dozen outlets.
    const outletFields = new Map<string, ShortField>();
    for (const { outlet } of sources) if (!outletFields.has(outlet)) outletFields.set(outlet, shortField(outlet));
    this.titles = sources.map((s, i) => headlines[i] ?? shortField(s.title));
    this.outlets = sources.map((s) => outletFields.get(s.outlet)!);
    this.titleFrequency = sentenceFrequency(this.titles, perSource);
    this.outletFrequency = sentenceFrequency(this.outlets, perSource);
    this.averageTitle = averageOver(this.titles, perSource, passages.length);
    this.averageOutlet = averageOver(this.outlets, perSource, passages.length);
    this.averageLength = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length);
    this.termIds = new SentenceTermIds(passages);
  }

  /**
   * A scoring function for one query (weighted terms, field boosts): a sentence's score by passage index, 0 when it
   * matches none.
   * What every sentence shares (rarity, each source's headline and outlet) is worked out once per query.
   */
  prepare(weights: ReadonlyMap<string, number>, boosts: FieldBoosts): (passage: number) => number {
    const total = this.lengths.length;
    const slots = new Map<string, number>();
    const textWeight: number[] = [];
    const queryIds = new Int32Array(weights.size);
    for (const [term, weight] of weights) {
      const frequency = this.frequency(term);
      // A term no sentence holds is never given an id, so odd questions do not grow the table.
      queryIds[textWeight.length] = frequency > 0 ? this.termIds.idOf(term) : -1;
      slots.set(term, textWeight.length);
      textWeight.push(weight * boosts.text * idf(frequency, total));
    }
    const counts = new Float64Array(textWeight.length);
    const shares = new Map<number, SourceShare>();
    return (passage) => {
      const source = this.sourceOf[passage]!;
      let share = shares.get(source);
      if (!share) shares.set(source, (share = this.sourceShare(source, slots, weights, boosts)));
      counts.fill(0);
      this.termIds.countInto(passage, queryIds, counts);
      let score = share.score;
      let matched = 0;
      const length = this.lengths[passage]!;
      for (let slot = 0; slot < counts.length; slot++) {
        const count = counts[slot]!;
        if (count > 0) score += textWeight[slot]! * saturation(count, length, this.averageLength);
        if (count > 0 || share.holds[slot]) matched++;
      }
      return score * matched;
    };
  }

  private sourceShare(
    sourceIndex: number,
    slots: ReadonlyMap<string, number>,
    weights: ReadonlyMap<string, number>,
    boosts: FieldBoosts,
  ): SourceShare {
    const total = this.lengths.length;
    const title = this.titles[sourceIndex]!;
    const outlet = this.outlets[sourceIndex]!;
    const holds = new Uint8Array(slots.size);
    let score = 0;
    for (const [term, slot] of slots) {
      const weight = weights.get(term)!;
      const inTitle = title.counts.get(term);
      const inOutlet = outlet.counts.get(term);
      if (inTitle) {
        const rarity = idf(this.titleFrequency.get(term)!, total);
        score += weight * boosts.title * rarity * saturation(inTitle, title.length, this.averageTitle);
      }
      if (inOutlet) {
        const rarity = idf(this.outletFrequency.get(term)!, total);
        score += weight * boosts.outlet * rarity * saturation(inOutlet, outlet.length, this.averageOutlet);
      }
      if (inTitle || inOutlet) holds[slot] = 1;
    }
    return { score, holds };
  }
}
