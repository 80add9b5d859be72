import { baseForms, participleVerb } from './morphology.ts';
import type { CorpusWord } from './lexicon-builder.ts';
import { preferredSenses } from './sense-preference.ts';
import { sensesOf } from './sense-index.ts';
import { collocationsShortenedTo, SHORTENED_FACTOR } from './shortened-collocations.ts';
import type { WordClass } from './word-class.ts';

/** A corpus word or phrase under the WordNet lemma and class to look it up by, with its index-term forms. */
export interface CorpusUnit {
  lemma: string;
  cls: WordClass | null;
  /** The phrase's forms in the corpus, as space-joined index terms. */
  phrases: string[];
  /** 1, or less when the corpus phrase only begins the WordNet collocation it stands for. */
  factor: number;
  truncated: boolean;
}

/** The WordNet lookups for a corpus's words and consecutive-word phrases. */
export function* corpusUnits(words: ReadonlyMap<string, CorpusWord>, phrases: ReadonlyMap<string, Set<string>>):
  Generator<CorpusUnit> {
  for (const [lemma, word] of words) {
    const forms = [...word.terms];
    for (const cls of word.classes) {
      const unit = (base: string, c: WordClass | null): CorpusUnit =>
        ({ lemma: base, cls: c, phrases: forms, factor: 1, truncated: false });
      if (preferredSenses(lemma, cls).length) yield unit(lemma, cls);
      // A tagger leaves some words inflected ("Injuries" starting a sentence, read as a proper noun).
      else for (const [base, c] of baseForms(lemma, cls)) if (preferredSenses(base, c).length) yield unit(base, c);
      // WordNet rarely links a participle adjective ("injured") to its verb, whose derivations ("injury") matter.
      const verb = cls === 'a' ? participleVerb(lemma) : null;
      if (verb && preferredSenses(verb, 'v').length) yield unit(verb, 'v');
    }
  }
  for (const [lemma, variants] of phrases) {
    const forms = [...variants];
    if (sensesOf(lemma).length) yield { lemma, cls: null, phrases: forms, factor: 1, truncated: false };
    for (const longer of collocationsShortenedTo(lemma)) {
      yield { lemma: longer, cls: null, phrases: forms, factor: SHORTENED_FACTOR, truncated: true };
    }
  }
}
