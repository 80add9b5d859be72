import type { CorpusIndex } from '../corpus-index.ts';
import type { CorpusWords } from '../question/query-terms.ts';

function containsRun(haystack: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= haystack.length; i++) {
    for (let j = 0; j < run.length; j++) if (haystack[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The corpus's words as question analysis sees them: the vocabulary, and for names the passages too, so that a
 * name the tagger did not mark as one ("Clearview AI") is still known when a sentence writes it.
 */
export function corpusWords(index: CorpusIndex): CorpusWords {
  const { vocabulary, search, passages } = index;
  return {
    isName: (word) => vocabulary.isName(word),
    alwaysCapitalized: (word) => vocabulary.alwaysCapitalized(word),
    isWholeName: (word) => vocabulary.isWholeName(word),
    namesHold: (terms) => vocabulary.namesHold(terms),
    namesExactly: (terms) => vocabulary.namesExactly(terms),
    writesLowercase: (word) => vocabulary.writesLowercase(word),
    frequency: (term) => vocabulary.frequency(term),
    correct: (word) => vocabulary.correct(word),
    completions: (prefix) => vocabulary.completions(prefix),
    termsOfLemma: (lemma) => vocabulary.termsOfLemma(lemma),
    namesWithInitials: (acronym) => vocabulary.namesWithInitials(acronym),
    knowsName: (terms) => vocabulary.knowsName(terms) || (terms.length > 1 && holdsPhrase(terms)),
    holdsPhrase,
  };
  function holdsPhrase(terms: readonly string[]): boolean {
    if (terms.length === 0 || terms.some((t) => vocabulary.frequency(t) === 0)) return false;
    const rarest = [...terms].sort((a, b) => vocabulary.frequency(a) - vocabulary.frequency(b))[0]!;
    return search.passagesWith(rarest).some((i) => containsRun(passages[i]!.terms, terms));
  }
}
