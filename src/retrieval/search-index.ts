import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Source } from '../corpus/source.ts';
import { termOf, words } from '../text/analyzer.ts';
import type { Passage } from './passage.ts';

/** What the search engine stores per passage: the fields it ranks on. */
interface IndexedPassage {
  id: number;
  text: string;
  title: string;
  outlet: string;
}

/**
 * Field weights: the sentence itself counts most; its headline and outlet help pick the right article. The
 * surrounding paragraph is not indexed (it would multiply the index by the sentences per paragraph): ranking
 * reads it for the few candidates the search returns.
 */
const FIELD_BOOSTS = { text: 1, title: 0.35, outlet: 1.2 } as const;
/**
 * When the question does not name an outlet, the outlet field barely counts: "Kingsmere Gazette" is not news about
 * Kingsmere.
 */
const UNASKED_OUTLET_BOOST = 0.05;

/** A passage the search engine found, with its raw relevance score. */
export interface SearchHit {
  index: number;
  score: number;
}

/** Index settings that change what a built index contains; part of any cache key. */
export const INDEX_SETTINGS = { version: 2, fields: Object.keys(FIELD_BOOSTS) } as const;

function options(): ConstructorParameters<typeof MiniSearch<IndexedPassage>>[0] {
  return {
    fields: [...INDEX_SETTINGS.fields],
    tokenize: (text) => words(text),
    processTerm: (word) => termOf(word),
    // Questions arrive already analyzed (see search below), so the query side only splits on spaces.
    searchOptions: { tokenize: (query) => query.split(' '), processTerm: (term) => term },
  };
}

/** minisearch's own serialized index, as saved in the index cache. */
export type SearchSnapshot = AsPlainObject;

/** The full-text index over passages (minisearch, BM25), built once at start-up or restored from the cache. */
export class SearchIndex {
  private readonly engine: MiniSearch<IndexedPassage>;

  /**
   * Indexes the passages, or restores a snapshot of the same passages taken by toJSON (same options, so same results).
   */
  constructor(sources: readonly Source[], passages: readonly Passage[], snapshot?: SearchSnapshot) {
    if (snapshot) {
      this.engine = MiniSearch.loadJS(snapshot, options());
      return;
    }
    this.engine = new MiniSearch(options());
    this.engine.addAll(
      passages.map((p) => {
        const source = sources[p.sourceIndex]!;
        return {
          id: p.index,
          text: p.text,
          title: source.title,
          outlet: source.outlet,
        };
      }),
    );
  }

  /** The index as plain data, for the index cache. */
  toJSON(): SearchSnapshot {
    return this.engine.toJSON();
  }

  /**
   * Ranks passages for weighted query terms (already analyzed). Exact terms only: misspellings were corrected
   * against the corpus vocabulary before, and fuzzy expansion of every long term is the costliest part of a search.
   */
  search(weights: ReadonlyMap<string, number>, limit: number, outletAsked = true): SearchHit[] {
    const query = [...weights.keys()];
    if (query.length === 0) return [];
    const results = this.engine.search(query.join(' '), {
      combineWith: 'OR',
      boost: outletAsked ? FIELD_BOOSTS : { ...FIELD_BOOSTS, outlet: UNASKED_OUTLET_BOOST },
      boostTerm: (term) => weights.get(term) ?? 1,
    });
    return results.slice(0, limit).map((r) => ({ index: r.id as number, score: r.score }));
  }

  /** Passages whose sentence holds an index term (exact), by passage index. */
  passagesWith(term: string): number[] {
    return this.engine.search(term, { fields: ['text'], combineWith: 'AND' }).map((r) => r.id as number);
  }

  /** Total passages indexed. */
  get size(): number {
    return this.engine.documentCount;
  }
}
