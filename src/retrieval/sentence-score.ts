import type { Source } from '../corpus/source.ts';
import { terms, words } from '../text/analyzer.ts';
import type { Passage } from './passage.ts';

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

// A field's length as minisearch measures it: distinct words, stop words included.
const lengthOf = (text: string): number => new Set(words(text)).size;

function shortField(text: string): ShortField {
  const counts = new Map<string, number>();
  for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return { counts, length: lengthOf(text) };
}

/** The sentences' mean length, as the search engine measures a field. */
export function averageSentenceLength(passages: readonly Passage[]): number {
  let total = 0;
  for (const passage of passages) total += lengthOf(passage.text);
  return total / Math.max(1, passages.length);
}

function bm25(count: number, matching: number, total: number, length: number, average: number): number {
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return idf * (D + (count * (K + 1)) / (count + K * (1 - B + (B * length) / average)));
}

/**
 * Scores single sentences exactly as minisearch scored them when every sentence was a document of its own (BM25+
 * over sentence, headline and outlet, times the number of query terms matched), from the corpus's sentence-level
 * counts. The search finds paragraphs; this ranks the sentences inside them, so "retrieval" keeps its meaning.
 */
export class SentenceScorer {
  private readonly titles: ShortField[];
  private readonly outlets: ShortField[];
  /** Sentences whose headline or outlet holds each term (every sentence carries its source's headline and outlet). */
  private readonly titleFrequency = new Map<string, number>();
  private readonly outletFrequency = new Map<string, number>();
  private readonly averageTitle: number;
  private readonly averageOutlet: number;
  /** Sentence lengths measured so far (0: not yet), as few sentences are ever scored. */
  private readonly lengths: Uint16Array;
  private readonly total: number;

  /**
   * Counts headlines and outlets per sentence; `frequency` gives the sentences holding a term and
   * `averageLength` the sentences' mean length, both counted when the index was built.
   */
  constructor(
    sources: readonly Source[],
    passages: readonly Passage[],
    private readonly frequency: (term: string) => number,
    private readonly averageLength: number,
  ) {
    this.total = passages.length;
    this.lengths = new Uint16Array(passages.length);
    const perSource = new Array<number>(sources.length).fill(0);
    for (const passage of passages) perSource[passage.sourceIndex]!++;
    // Thousands of sources share a few dozen outlets.
    const outletFields = new Map<string, ShortField>();
    for (const { outlet } of sources) if (!outletFields.has(outlet)) outletFields.set(outlet, shortField(outlet));
    this.titles = sources.map((s) => shortField(s.title));
    this.outlets = sources.map((s) => outletFields.get(s.outlet)!);
    const count = (frequency: Map<string, number>, field: ShortField, n: number): void => {
      for (const term of field.counts.keys()) frequency.set(term, (frequency.get(term) ?? 0) + n);
    };
    let titleTotal = 0;
    let outletTotal = 0;
    perSource.forEach((n, i) => {
      titleTotal += n * this.titles[i]!.length;
      outletTotal += n * this.outlets[i]!.length;
      count(this.titleFrequency, this.titles[i]!, n);
      count(this.outletFrequency, this.outlets[i]!, n);
    });
    this.averageTitle = titleTotal / Math.max(1, this.total);
    this.averageOutlet = outletTotal / Math.max(1, this.total);
  }

  /** A sentence's score for weighted query terms with these field boosts; 0 when it matches none. */
  score(passage: Passage, weights: ReadonlyMap<string, number>, boosts: FieldBoosts): number {
    const counts = new Map<string, number>();
    for (const term of passage.terms) if (weights.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
    const title = this.titles[passage.sourceIndex]!;
    const outlet = this.outlets[passage.sourceIndex]!;
    let score = 0;
    let matched = 0;
    for (const [term, weight] of weights) {
      const inText = counts.get(term) ?? 0;
      const inTitle = title.counts.get(term) ?? 0;
      const inOutlet = outlet.counts.get(term) ?? 0;
      if (inText + inTitle + inOutlet === 0) continue;
      matched++;
      if (inText) {
        const length = this.lengthOf(passage);
        score += weight * boosts.text * bm25(inText, this.frequency(term), this.total, length, this.averageLength);
      }
      if (inTitle) {
        const df = this.titleFrequency.get(term)!;
        score += weight * boosts.title * bm25(inTitle, df, this.total, title.length, this.averageTitle);
      }
      if (inOutlet) {
        const df = this.outletFrequency.get(term)!;
        score += weight * boosts.outlet * bm25(inOutlet, df, this.total, outlet.length, this.averageOutlet);
      }
    }
    return score * matched;
  }

  private lengthOf(passage: Passage): number {
    return (this.lengths[passage.index] ||= lengthOf(passage.text));
  }
}
