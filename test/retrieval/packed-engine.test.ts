import MiniSearch, { type Options } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { PackedMiniSearch } from '../../src/retrieval/packed-engine.ts';

interface Doc {
  id: number;
  text: string;
  title: string;
}

// A word that stands for two terms and stop words that stand for none, as processTerm may return.
const options: Options<Doc> = {
  fields: ['text', 'title'],
  storeFields: ['title'],
  processTerm: (word) => (word === 'the' ? null : word === 'ceo' ? ['chief', 'executive'] : word.toLowerCase()),
};
const docs: Doc[] = [
  { id: 10, text: 'The mine reopened, the mine said; Mine owners agreed', title: 'Mine reopens' },
  { id: 11, text: 'The CEO said the chief would stay', title: 'Chief stays' },
  { id: 12, text: 'owners owners owners', title: 'the the' },
];

describe('PackedMiniSearch.add', () => {
  it('makes the index minisearch makes, counting each distinct term once per field', () => {
    const packed = new PackedMiniSearch<Doc>(options);
    const plain = new MiniSearch<Doc>(options);
    for (const doc of docs) {
      packed.add(doc);
      plain.add(doc);
    }
    expect(JSON.stringify(packed)).toBe(JSON.stringify(plain));
    expect(packed.search('mine owners')).toEqual(plain.search('mine owners'));
  });

  it('refuses a repeated id as minisearch does', () => {
    const packed = new PackedMiniSearch<Doc>(options);
    packed.add(docs[0]!);
    expect(() => packed.add(docs[0]!)).toThrow(/duplicate ID 10/);
  });
});
