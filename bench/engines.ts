/** The search libraries compared side by side, each behind one small interface: build over passages, then query. */
import { create, insert, search as oramaSearch } from '@orama/orama';
import FlexSearch from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';

/** A search library set up either with its own text analysis or fed our analyzer's terms. */
export interface Contender {
  name: string;
  /** Indexes documents (id = position); with `analyzed`, texts are already our space-separated index terms. */
  build(texts: readonly string[]): void | Promise<void>;
  /** Passage ids, best first. */
  query(text: string, limit: number): number[] | Promise<number[]>;
}

// lunr's query language treats these as operators; questions are plain text.
const LUNR_SYNTAX = /[:~^+*-]/gu;

/** lunr: its own tokenizer, stop words and stemmer, or (analyzed) none of them over our terms. */
export function lunrContender(analyzed: boolean): Contender {
  let index: lunr.Index;
  return {
    name: 'lunr',
    build(texts) {
      index = lunr(function () {
        if (analyzed) {
          this.pipeline.reset();
          this.searchPipeline.reset();
        }
        this.ref('id');
        this.field('text');
        for (const [id, text] of texts.entries()) this.add({ id: String(id), text });
      });
    },
    query(text, limit) {
      const results = analyzed
        ? index.query((q) => {
            for (const term of text.split(' ').filter(Boolean)) q.term(term, { usePipeline: false });
          })
        : index.search(text.replace(LUNR_SYNTAX, ' '));
      return results.slice(0, limit).map((r) => Number(r.ref));
    },
  };
}

/** minisearch with its defaults (its own tokenizer, no stemming), as a 30-line script would use it. */
export function minisearchContender(): Contender {
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  return {
    name: 'minisearch',
    build: (texts) => index.addAll(texts.map((text, id) => ({ id, text }))),
    query: (text, limit) =>
      index
        .search(text)
        .slice(0, limit)
        .map((r) => r.id as number),
  };
}

/** flexsearch: its default encoder, or (analyzed) a split on spaces over our terms. */
export function flexsearchContender(analyzed: boolean): Contender {
  const index = new FlexSearch.Index(analyzed ? { encode: (text: string) => text.split(' ').filter(Boolean) } : {});
  return {
    name: 'flexsearch',
    build: (texts) => {
      for (const [id, text] of texts.entries()) index.add(id, text);
    },
    query: (text, limit) => index.search(text, { limit, suggest: true }) as number[],
  };
}

/** Orama: its default English tokenizer, or (analyzed) a split on spaces over our terms. */
export function oramaContender(analyzed: boolean): Contender {
  const tokenizer = {
    language: 'english',
    normalizationCache: new Map(),
    tokenize: (raw: string) => raw.split(' ').filter(Boolean),
  };
  const db = create({ schema: { text: 'string' } as const, ...(analyzed ? { components: { tokenizer } } : {}) });
  return {
    name: 'orama',
    async build(texts) {
      for (const [id, text] of texts.entries()) await insert(db, { id: String(id), text });
    },
    async query(text, limit) {
      const results = await oramaSearch(db, { term: text, limit });
      return results.hits.map((h) => Number(h.id));
    },
  };
}
