import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpus-index.ts';
import { GROUP_SENTENCES, PassageGroups } from '../../src/retrieval/passage-groups.ts';
import { termOf, terms, words } from '../../src/text/analyzer.ts';
import { coreIndex } from '../support/core-corpus.ts';

let index: CorpusIndex;
beforeAll(async () => {
  index = await coreIndex();
});

// What the search index was before it held paragraphs: one minisearch document per sentence, same fields.
function sentenceSearch(
  outletAsked: boolean,
): (weights: Map<string, number>) => Array<{ index: number; score: number }> {
  const engine = new MiniSearch({
    fields: ['text', 'title', 'outlet'],
    tokenize: (text) => words(text),
    processTerm: (word) => termOf(word),
    searchOptions: { tokenize: (query) => query.split(' '), processTerm: (term) => term },
  });
  engine.addAll(index.passages.map((p) => ({ id: p.index, text: p.text, ...pick(p.sourceIndex) })));
  const boost = { text: 1, title: 0.35, outlet: outletAsked ? 1.2 : 0.05 };
  return (weights) =>
    engine
      .search([...weights.keys()].join(' '), { combineWith: 'OR', boost, boostTerm: (t) => weights.get(t) ?? 1 })
      .map((r) => ({ index: r.id as number, score: r.score }));
}

function pick(sourceIndex: number): { title: string; outlet: string } {
  const { title, outlet } = index.sources[sourceIndex]!;
  return { title, outlet };
}

describe('paragraph search', () => {
  it('groups each passage once, whole paragraphs of one source up to the group size, headlines alone', () => {
    const groups = new PassageGroups(index.passages);
    let next = 0;
    for (let g = 0; g < groups.count; g++) {
      const [start, end] = groups.range(g);
      expect(start).toBe(next);
      next = end;
      const members = index.passages.slice(start, end);
      expect(members.length).toBeGreaterThan(0);
      expect(members.length).toBeLessThanOrEqual(GROUP_SENTENCES);
      expect(new Set(members.map((p) => p.sourceIndex)).size).toBe(1);
      if (members.some((p) => p.kind === 'headline')) expect(members).toHaveLength(1);
    }
    expect(next).toBe(index.passages.length);
    expect(groups.count).toBeLessThan(index.passages.length);
  });

  it('ranks sentences with the scores minisearch gives them as documents of their own', () => {
    const queries = index.passages.filter((_, i) => i % 3 === 0).map((p) => p.terms.slice(0, 4));
    queries.push(terms('ferry strike'), terms('water main'));
    for (const outletAsked of [true, false]) {
      const reference = sentenceSearch(outletAsked);
      for (const query of queries) {
        const weights = new Map(query.map((t, i) => [t, 1 + i / 4]));
        const expected = reference(weights).slice(0, 10);
        const found = index.search.search(weights, 10, outletAsked);
        expect(found.map((h) => h.index)).toEqual(expected.map((h) => h.index));
        found.forEach((hit, i) => {
          expect(hit.score).toBeCloseTo(expected[i]!.score, 9);
        });
      }
    }
  });

  it('finds the passages whose sentence holds a term', () => {
    const term = index.passages.find((p) => p.kind === 'sentence')!.terms[0]!;
    const expected = index.passages.filter((p) => p.terms.includes(term)).map((p) => p.index);
    expect(index.search.passagesWith(term).sort((a, b) => a - b)).toEqual(expected);
  });
});
