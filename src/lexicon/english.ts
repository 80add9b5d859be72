import type { NameSpan, SentenceToken } from '../text/annotate.ts';
import type { Expansion, WordClass, WordKnowledge } from '../question/word-knowledge.ts';
import { devKnowledge } from '../question/dev-knowledge.tmp.ts';

/** Word knowledge restricted to one corpus, savable with its index. */
export interface CorpusLexicon extends WordKnowledge {
  toJSON(): unknown;
}

/** Collects a corpus's words while its index is built, then makes its lexicon. */
export interface CorpusLexiconBuilder {
  addSentence(tokens: readonly SentenceToken[], names: readonly NameSpan[]): void;
  addAliases(groups: readonly (readonly string[])[]): void;
  build(): CorpusLexicon;
}

/** English word knowledge that does not depend on the corpus: word kinds, famous names, verbs of saying. */
export interface EnglishWords {
  category(lemma: string, cls: WordClass): string | null;
  instanceKind(name: string): string | null;
  isSpeechVerb(lemma: string): boolean;
  builder(): CorpusLexiconBuilder;
}

function emptyLexicon(): CorpusLexicon {
  return {
    expand: (): Expansion[] => [], expandPhrase: (): Expansion[] => [],
    category: (lemma, cls) => devKnowledge.category(lemma, cls), toJSON: () => ({}),
  };
}

/** English word knowledge (WordNet), loaded once per process on first use. */
export function englishWords(): EnglishWords {
  return {
    category: (lemma, cls) => devKnowledge.category(lemma, cls),
    instanceKind: () => null,
    isSpeechVerb: (lemma) => devKnowledge.category(lemma, 'v') === 'verb.communication',
    builder: () => ({ addSentence: () => undefined, addAliases: () => undefined, build: emptyLexicon }),
  };
}

/** A corpus lexicon restored from the index cache. */
export function lexiconFromJSON(_snapshot: unknown): CorpusLexicon {
  return emptyLexicon();
}
