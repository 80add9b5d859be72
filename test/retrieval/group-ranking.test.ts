import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { GroupRanking } from '../../src/retrieval/group-ranking.ts';
import { PackedMiniSearch } from '../../src/retrieval/packed-engine.ts';

const FIELDS = ['text', 'title', 'outlet'];
const WORDS = 'ferry strike water main city council budget union vote mayor port harbor crew pay talks deal'.split(' ');

// A small linear congruential generator: the same documents and queries on every run.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

// Few words and repeated headlines and outlets, so that many documents tie on score.
function documents(count: number, next: () => number): Array<Record<string, string | number>> {
  const pick = (n: number): string =>
    Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  const titles = Array.from({ length: 12 }, () => pick(3));
  const outlets = ['harbor news', 'city times', 'port daily'];
  return Array.from({ length: count }, (_, id) => ({
    id: id * 3 + 1,
    text: pick(1 + Math.floor(next() * 30)),
    title: titles[id % titles.length]!,
    outlet: outlets[id % outlets.length]!,
  }));
}

const options = {
  fields: FIELDS,
  tokenize: (text: string) => text.split(' '),
  searchOptions: { tokenize: (query: string) => query.split(' ') },
};

function visited(ranking: GroupRanking, query: string[], weights: Map<string, number>, boost: object): number[] {
  const order: number[] = [];
  ranking.visitBest(
    query,
    (t) => weights.get(t) ?? 1,
    boost as Record<string, number>,
    (group) => {
      order.push(group);
      return true;
    },
  );
  return order;
}

describe('group ranking', () => {
  const next = random(42);
  const added = documents(400, next);
  const built = new MiniSearch(options);
  built.addAll(added);
  const restored = MiniSearch.loadJS(JSON.parse(JSON.stringify(built)), options);
  const packing = new PackedMiniSearch(options);
  packing.addAll(added);
  const packed = packing.pack();
  const unpacked = PackedMiniSearch.unpack(packed, options);

  it('packs what minisearch serializes, and unpacks to the same index', () => {
    expect(packed.terms).toEqual(built.toJSON().index.map(([term]) => term));
    expect(packed.engine).toEqual({ ...built.toJSON(), index: [] });
    // The same postings under every term (a radix tree filled in another order lists its terms in another order).
    const postings = (engine: MiniSearch): object => Object.fromEntries(engine.toJSON().index);
    expect(postings(unpacked)).toEqual(postings(built));
  });

  it('visits documents in the order of minisearch’s OR search, ties included', () => {
    for (const engine of [built, restored, unpacked]) {
      const ranking = new GroupRanking(engine as MiniSearch<never>, FIELDS);
      for (let q = 0; q < 200; q++) {
        const query = Array.from({ length: 1 + Math.floor(next() * 4) }, () => WORDS[Math.floor(next() * 18)] ?? 'x');
        const weights = new Map(query.map((t) => [t, 0.5 + Math.floor(next() * 4) / 2]));
        const boost = { text: 1, title: 0.35, outlet: q % 2 ? 1.2 : 0.05 };
        const expected = engine
          .search(query.join(' '), { combineWith: 'OR', boost, boostTerm: (t) => weights.get(t) ?? 1 })
          .map((r) => r.id as number);
        expect(visited(ranking, query, weights, boost)).toEqual(expected);
      }
    }
  });

  it('stops when the visitor has enough', () => {
    const ranking = new GroupRanking(built as MiniSearch<never>, FIELDS);
    const order: number[] = [];
    ranking.visitBest(
      ['ferry', 'strike'],
      () => 1,
      { text: 1, title: 1, outlet: 1 },
      (group) => {
        order.push(group);
        return order.length < 5;
      },
    );
    expect(order).toEqual(
      visited(ranking, ['ferry', 'strike'], new Map(), { text: 1, title: 1, outlet: 1 }).slice(0, 5),
    );
  });

  it('lists the documents whose field holds a term', () => {
    const ranking = new GroupRanking(restored as MiniSearch<never>, FIELDS);
    const expected = restored.search('ferry', { fields: ['text'] }).map((r) => r.id as number);
    expect(ranking.groupsHolding('ferry', 'text').sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    expect(ranking.groupsHolding('absent', 'text')).toEqual([]);
  });
});
