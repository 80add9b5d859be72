import type MiniSearch from 'minisearch';
import type { Source } from '../corpus/source.ts';
import { termOf, words } from '../text/analyzer.ts';
import { GroupRanking } from './group-ranking.ts';
import { type PackedEngine, PackedMiniSearch } from './packed-engine.ts';
import { GROUP_SENTENCES, PassageGroups } from './passage-groups.ts';
import { splitPassage, type Passage, type PassageWords } from './passage.ts';
import { SentenceScorer, sentenceLengths } from './sentence-score.ts';

/** What the search engine indexes per group of sentences: the fields it ranks on. */
export interface IndexedGroup {
  id: number;
  text: string;
  title: string;
  outlet: string;
}

/**
 * Field weights: the sentences themselves count most; their headline and outlet help pick the right article. The
 * surrounding paragraph of a sentence is not indexed with it: ranking reads it for the few candidates found.
 */
const FIELD_BOOSTS = { text: 1, title: 0.35, outlet: 1.2 } as const;
/**
 * When the question does not name an outlet, the outlet field barely counts: "Kingsmere Gazette" is not news about
 * Kingsmere.
 */
const UNASKED_OUTLET_BOOST = 0.05;
/**
 * Sentences scored per sentence asked for: the best groups are opened until this many times the limit are in hand,
 * so that the best sentences of groups ranked a little lower are not missed.
 */
const POOL_FACTOR = 16;
/**
 * Most of the hits that may be headlines. A headline is short, so it outscores the sentences that say the same
 * names at length, yet it never leads an answer; at scale hundreds of articles share a place in their headline and
 * would take every hit, leaving nothing to answer "What happened in Cedar Hollow?" with.
 */
const HEADLINE_SHARE = 0.25;

/** A passage the search engine found, with its relevance score. */
export interface SearchHit {
  index: number;
  score: number;
}

/** Index settings that change what a built index contains; part of any cache key. */
export const INDEX_SETTINGS = {
  version: 4,
  fields: Object.keys(FIELD_BOOSTS),
  groupSentences: GROUP_SENTENCES,
} as const;

function options(): ConstructorParameters<typeof MiniSearch<IndexedGroup>>[0] {
  return {
    fields: [...INDEX_SETTINGS.fields],
    // A group's text arrives split already (see groupDocuments), its words joined by spaces.
    tokenize: (text, field) => (field !== 'text' ? words(text) : text === '' ? [] : text.split(' ')),
    processTerm: (word) => termOf(word),
    // Questions arrive already analyzed (see search below), so the query side only splits on spaces.
    searchOptions: { tokenize: (query) => query.split(' '), processTerm: (term) => term },
  };
}

/**
 * Each group of sentences as the search engine indexes it. A group's text is its sentences' words, as the build
 * split them, joined by spaces: splitting the joined sentences gives the same words.
 */
export function* groupDocuments(
  sources: readonly Source[],
  passages: readonly Passage[],
  wordsOf: PassageWords,
  groups = new PassageGroups(passages),
): Generator<IndexedGroup> {
  for (let id = 0; id < groups.count; id++) {
    const [start, end] = groups.range(id);
    const source = sources[passages[start]!.sourceIndex]!;
    const text = passages
      .slice(start, end)
      .flatMap((p) => wordsOf(p))
      .join(' ');
    yield { id, text, title: source.title, outlet: source.outlet };
  }
}

/** An empty search engine for groups of sentences: add each group, then pack it (see PackedMiniSearch.pack). */
export function groupEngine(): PackedMiniSearch<IndexedGroup> {
  return new PackedMiniSearch<IndexedGroup>(options());
}

function indexGroups(documents: Iterable<IndexedGroup>): PackedEngine {
  const engine = groupEngine();
  for (const document of documents) engine.add(document);
  return engine.pack();
}

/** The saved search index: minisearch's index of the groups, packed, and each sentence's length. */
export interface SearchSnapshot {
  groups: PackedEngine;
  sentenceLengths: Uint16Array;
}

/**
 * The full-text index (minisearch, BM25) over groups of sentences, built once at start-up or restored from the
 * cache. It finds groups, then ranks the sentences in the best of them one by one.
 */
export class SearchIndex {
  private readonly packed: PackedEngine;
  private readonly engine: MiniSearch<IndexedGroup>;
  private readonly groups: PassageGroups;
  private readonly ranking: GroupRanking;
  private readonly lengths: Uint16Array;
  private readonly scorer: SentenceScorer;

  /**
   * Indexes the passages (their words as the build split them), or restores a snapshot of the same passages taken
   * by toJSON (same options, so same results). `frequency` counts the passages holding a term (the vocabulary's
   * document frequency).
   */
  constructor(
    sources: readonly Source[],
    private readonly passages: readonly Passage[],
    frequency: (term: string) => number,
    from: SearchSnapshot | PassageWords = splitPassage,
  ) {
    this.groups = new PassageGroups(passages);
    // A built index is kept packed as a start from the cache has it: minisearch's maps of every posting were a
    // fifth of a large build's memory, and a question reads the postings of a few terms.
    const snapshot = typeof from === 'function' ? undefined : from;
    const wordsOf = typeof from === 'function' ? from : splitPassage;
    this.packed = snapshot?.groups ?? indexGroups(groupDocuments(sources, passages, wordsOf, this.groups));
    this.engine = PackedMiniSearch.unpack(this.packed, options());
    this.lengths = snapshot?.sentenceLengths ?? sentenceLengths(passages, wordsOf);
    if (this.engine.documentCount !== this.groups.count || this.lengths.length !== passages.length) {
      throw new Error(
        `search index holds ${this.engine.documentCount} groups and ${this.lengths.length} sentences, ` +
          `the passages make ${this.groups.count} and ${passages.length}`,
      );
    }
    this.ranking = new GroupRanking(this.engine, INDEX_SETTINGS.fields);
    this.scorer = new SentenceScorer(sources, passages, frequency, this.lengths);
  }

  /** The index as plain data, for the index cache. */
  toJSON(): SearchSnapshot {
    return { groups: this.packed, sentenceLengths: this.lengths };
  }

  /**
   * Ranks passages for weighted query terms (already analyzed). Exact terms only: misspellings were corrected
   * against the corpus vocabulary before, and fuzzy expansion of every long term is the costliest part of a search.
   */
  search(weights: ReadonlyMap<string, number>, limit: number, outletAsked = true): SearchHit[] {
    // Split and filtered as minisearch parses a query, so the terms, and the scores, are the ones it would use.
    const query = [...weights.keys()].join(' ').split(' ').filter(Boolean);
    if (query.length === 0) return [];
    const boost = outletAsked ? FIELD_BOOSTS : { ...FIELD_BOOSTS, outlet: UNASKED_OUTLET_BOOST };
    const score = this.scorer.prepare(weights, boost);
    const hits: SearchHit[] = [];
    const pool = limit * POOL_FACTOR;
    const headlinePool = Math.ceil(pool * HEADLINE_SHARE);
    let headlines = 0;
    this.ranking.visitBest(
      query,
      (term) => weights.get(term) ?? 1,
      boost,
      (group) => {
        if (hits.length - headlines >= pool - headlinePool) return false;
        const [start, end] = this.groups.range(group);
        // Headlines are groups of their own: once enough are held, the later ones are passed over unopened.
        const headline = this.passages[start]!.kind === 'headline';
        if (headline && headlines >= headlinePool) return true;
        for (let index = start; index < end; index++) {
          const found = score(index);
          if (found > 0) hits.push({ index, score: found });
          if (found > 0 && headline) headlines++;
        }
        return true;
      },
    );
    hits.sort((a, b) => b.score - a.score || a.index - b.index);
    return this.fewHeadlines(hits, limit);
  }

  /** The best `limit` hits, with no more headlines among them than their share. */
  private fewHeadlines(sorted: readonly SearchHit[], limit: number): SearchHit[] {
    const most = Math.ceil(limit * HEADLINE_SHARE);
    const kept: SearchHit[] = [];
    let headlines = 0;
    for (const hit of sorted) {
      if (kept.length >= limit) break;
      if (this.passages[hit.index]!.kind !== 'headline') kept.push(hit);
      else if (headlines++ < most) kept.push(hit);
    }
    return kept;
  }

  /** Passages whose sentence holds an index term (exact), by passage index. */
  passagesWith(term: string): number[] {
    const found: number[] = [];
    for (const group of this.ranking.groupsHolding(term, 'text')) {
      const [start, end] = this.groups.range(group);
      for (let index = start; index < end; index++) if (this.passages[index]!.terms.includes(term)) found.push(index);
    }
    return found;
  }
}
