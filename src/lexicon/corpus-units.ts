import { memoized } from '../text/memoize.ts';
import type { CorpusWord } from './lexicon-builder.ts';
import { collocationsExtending, sensesOf, type Sense } from './sense-index.ts';
import { preferredSenses } from './sense-preference.ts';
import { baseForms, participleVerb } from './morphy.ts';
import type { WordClass } from './word-class.ts';

/**
 * How much a link counts when one side is a WordNet collocation cut to its first words: news style drops the last
 * word of titles ("chief executive" for chief_executive_officer), but the shorter phrase may also name something
 * else, so the link is weaker than the whole collocation's.
 */
export const SHORTENED_FACTOR = 0.8;

/** The lexicographer file of a lemma's most frequent sense in any class (most tags, then lowest sense number). */
function mainLexfile(lemma: string): number | undefined {
  let best: Sense | undefined;
  for (const sense of sensesOf(lemma)) {
    if (!best || sense.tags > best.tags || (sense.tags === best.tags && sense.sense < best.sense)) best = sense;
  }
  return best?.lexfile;
}

/**
 * Whether a collocation of 3+ words may be written as its first words. When those words are a WordNet lemma of
 * their own, they must name the same kind of thing: "chief executive" (a person) may stand for chief executive
 * officer, "united states" (a place) not for united states president.
 */
function mayShorten(collocation: string, prefix: string): boolean {
  const own = mainLexfile(prefix);
  return own === undefined || own === mainLexfile(collocation);
}

/** The first words of a collocation of three or more words, if they may stand for it; else null. */
export const shortenedForm: (collocation: string) => string | null = memoized((collocation) => {
  const words = collocation.split('_');
  if (words.length < 3) return null;
  const prefix = words.slice(0, -1).join('_');
  return mayShorten(collocation, prefix) ? prefix : null;
});

/** The collocations one word longer than a corpus phrase (WordNet lemma form) that the phrase may stand for. */
function collocationsShortenedTo(phrase: string): string[] {
  return collocationsExtending(phrase).filter((longer) => longer.split('_').length >= 3 && mayShorten(longer, phrase));
}

/** A corpus word or phrase under the WordNet lemma and class to look it up by, with its index-term forms. */
export interface CorpusUnit {
  lemma: string;
  cls: WordClass | null;
  /** The phrase's forms in the corpus, as space-joined index terms. */
  phrases: string[];
  /** 1, or less when the corpus phrase only begins the WordNet collocation it stands for. */
  factor: number;
  shortened: boolean;
}

/** The WordNet lookups for a corpus's words and consecutive-word phrases. */
export function* corpusUnits(
  words: ReadonlyMap<string, CorpusWord>,
  phrases: ReadonlyMap<string, Set<string>>,
): Generator<CorpusUnit> {
  for (const [lemma, word] of words) {
    const forms = [...word.terms];
    for (const cls of word.classes) {
      const unit = (base: string, c: WordClass | null): CorpusUnit => ({
        lemma: base,
        cls: c,
        phrases: forms,
        factor: 1,
        shortened: false,
      });
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
    if (sensesOf(lemma).length) yield { lemma, cls: null, phrases: forms, factor: 1, shortened: false };
    for (const longer of collocationsShortenedTo(lemma)) {
      yield { lemma: longer, cls: null, phrases: forms, factor: SHORTENED_FACTOR, shortened: true };
    }
  }
}
