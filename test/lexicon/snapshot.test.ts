import { describe, expect, it } from 'vitest';
import { Lexicon, LexiconSnapshotSchema } from '../../src/lexicon/index.ts';
import { LEXICON_ARTICLES, lexiconOf } from './build-lexicon.ts';

describe('Lexicon snapshots', () => {
  const built = lexiconOf([LEXICON_ARTICLES], [['walkout', 'strike']]);

  it('round-trip through JSON and the schema with the same answers', () => {
    const restored = Lexicon.fromJSON(LexiconSnapshotSchema.parse(JSON.parse(JSON.stringify(built))));
    for (const [lemma, cls] of [
      ['cop', 'n'],
      ['staff', null],
      ['ceo', 'n'],
      ['settle', 'v'],
    ] as const) {
      expect(restored.expand(lemma, cls)).toEqual(built.expand(lemma, cls));
    }
    expect(restored.expandPhrase(['chief', 'executive', 'officer'])).toEqual(
      built.expandPhrase(['chief', 'executive', 'officer']),
    );
  });

  it('rejects a snapshot whose expansions are malformed or point past its phrases', () => {
    const good = built.toJSON();
    const words = (n: string) => ({ ...good, words: { ...good.words, n } });
    expect(LexiconSnapshotSchema.safeParse(words('cop\toops')).success).toBe(false);
    expect(LexiconSnapshotSchema.safeParse(words(`cop\t${good.phrases.length}s90`)).success).toBe(false);
    expect(LexiconSnapshotSchema.safeParse(words(`cop\t${good.phrases.length - 1}s90`)).success).toBe(true);
    expect(LexiconSnapshotSchema.safeParse({ ...good, version: 2 }).success).toBe(false);
  });
});
