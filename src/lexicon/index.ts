/** The lexicon: what question words may stand for in one corpus, from WordNet, the corpus's names and its aliases. */
export { Lexicon } from './lexicon.ts';
export { LexiconBuilder } from './lexicon-builder.ts';
export { feedText } from './feed-text.ts';
export { LexiconSnapshotSchema, type Expansion } from './snapshot.ts';
export { wordClassOfPos, type WordClass } from './word-class.ts';
export type { Dimension } from './dimensions.ts';
