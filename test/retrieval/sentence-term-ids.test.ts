import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/retrieval/passage.ts';
import { SentenceTermIds } from '../../src/retrieval/sentence-term-ids.ts';

const passage = (terms: string[]): Passage => ({ terms }) as Passage;

describe('sentence term ids', () => {
  it('counts each query term as often as the sentence holds it', () => {
    const ids = new SentenceTermIds([passage(['ferry', 'strike', 'ferry']), passage(['water', 'main'])]);
    const query = Int32Array.from([ids.idOf('ferry'), -1, ids.idOf('main'), ids.idOf('strike')]);
    const counts = new Float64Array(query.length);
    ids.countInto(0, query, counts);
    expect([...counts]).toEqual([2, 0, 0, 1]);
    counts.fill(0);
    ids.countInto(1, query, counts);
    expect([...counts]).toEqual([0, 0, 1, 0]);
  });

  it('keeps counting right once the written ids outgrow their first array', () => {
    const passages = Array.from({ length: 3_000 }, (_, i) =>
      passage(Array.from({ length: 40 }, (_, k) => `t${i + k}`)),
    );
    const ids = new SentenceTermIds(passages);
    const query = Int32Array.from([ids.idOf('t1000'), ids.idOf('t2999')]);
    const counts = new Float64Array(2);
    for (let i = 0; i < passages.length; i++) ids.countInto(i, query, counts);
    ids.countInto(980, query, counts);
    expect([...counts]).toEqual([41, 40]);
  });
});
