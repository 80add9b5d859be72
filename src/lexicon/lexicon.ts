import { LRUCache } from 'lru-cache';
import { memoized } from '../text/memoize.ts';
import { termOf } from '../text/analyzer.ts';
import { correctEnglish, englishUsage, isEnglishWord } from './dictionary.ts';
import { instanceKindOf } from './names.ts';
import { sensesOf } from './sense-index.ts';
import { anySenseSynonyms, firstKindSynonyms } from './any-sense-synonyms.ts';
import { isCausingVerb } from './causing-verbs.ts';
import { isLeaderNoun, isLeadingVerb } from './leaders.ts';
import { isMagnitudeAdjective, isMagnitudeNoun, isRateNoun } from './measure-nouns.ts';
import { adjectiveDimension, adverbDimension, type Dimension, nounDimension } from './dimensions.ts';
import {
  decodeExpansions,
  decodeTable,
  type Expansion,
  type LexiconSnapshot,
  type StoredExpansion,
} from './snapshot.ts';
import { baseForms, isPlural, participleVerb, verbedNoun } from './morphy.ts';
import { lexfileName, WORD_CLASSES, wordNetLemma, type WordClass } from './word-class.ts';

const CACHE_LIMIT = 50_000;

/** Lexicographer file of a word's most frequent sense in a class ("judge", n → "noun.person"), for any word. */
export function categoryOf(lemma: string, cls: WordClass): string | null {
  return CATEGORIES[cls](lemma);
}

// One memo per class, keyed by the lemma alone: annotation asks it of every capitalized word, and a key joining class
// and lemma was a new string to hash each time.
const CATEGORIES = Object.fromEntries(
  WORD_CLASSES.map((cls) => [cls, memoized((lemma: string): string | null => computeCategory(lemma, cls))]),
) as Record<WordClass, (lemma: string) => string | null>;

function computeCategory(lemma: string, cls: WordClass): string | null {
  const word = wordNetLemma(lemma);
  const first = (candidate: string) => sensesOf(candidate).find((s) => s.cls === cls && s.sense === 1);
  const found =
    first(word) ??
    baseForms(word, cls)
      .map(([base]) => first(base))
      .find(Boolean);
  return found ? lexfileName(found.lexfile) : null;
}

/**
 * What question words may stand for in one corpus: built once with the index (LexiconBuilder), so answering a
 * question is hash lookups. Categories and instance kinds hold for any WordNet word, corpus or not.
 */
export class Lexicon {
  private readonly phrases: readonly (readonly string[])[];
  private readonly words: ReadonlyMap<string, string>;
  private readonly terms: ReadonlyMap<string, string>;
  // Bounded by count through maxSize: `max` would allocate room for every entry up front, at every start.
  private readonly cache = new LRUCache<string, readonly Expansion[]>({
    maxSize: CACHE_LIMIT,
    sizeCalculation: () => 1,
  });

  private constructor(private readonly snapshot: LexiconSnapshot) {
    this.phrases = snapshot.phrases.map((phrase) => Object.freeze(phrase.split(' ')));
    const words = new Map<string, string>();
    for (const cls of WORD_CLASSES)
      for (const [lemma, encoded] of decodeTable(snapshot.words[cls])) {
        words.set(`${cls}:${lemma}`, encoded);
      }
    this.words = words;
    this.terms = new Map(decodeTable(snapshot.terms));
  }

  /** A lexicon from its snapshot (validate cached data with LexiconSnapshotSchema first). */
  static fromJSON(snapshot: LexiconSnapshot): Lexicon {
    return new Lexicon(snapshot);
  }

  /** Plain data for the index cache. */
  toJSON(): LexiconSnapshot {
    return this.snapshot;
  }

  /** Corpus phrases a question word (lemma; class, or null for any) may stand for, strongest first; never itself. */
  expand(lemma: string, cls: WordClass | null): readonly Expansion[] {
    const word = wordNetLemma(lemma);
    return this.cached(`${cls ?? '*'}${word}`, () => {
      let found = this.stored(word, cls);
      // Keys are base forms; a tagger sometimes leaves a word inflected ("Cops" read as a proper noun).
      if (!found.length) for (const [base, c] of baseForms(word, cls)) found = found.concat(this.stored(base, c));
      // An adjective that is a participle ("injured") stands for what its verb stands for ("injure" → "injury").
      const verb = cls === 'a' ? participleVerb(word) : null;
      if (verb) found = found.concat(this.stored(verb, 'v'));
      const own = termOf(word);
      const byTerm = own ? this.terms.get(own) : undefined;
      if (byTerm) found = found.concat(decodeExpansions(byTerm));
      return this.toExpansions(found, own ? [own] : []);
    });
  }

  /** Expansions of a question phrase of two or more lemmas ("chief executive", "law enforcement"). */
  expandPhrase(lemmas: readonly string[]): readonly Expansion[] {
    const collocation = lemmas.map(wordNetLemma).join('_');
    return this.cached(`_${collocation}`, () => {
      const own = lemmas.map((lemma) => termOf(wordNetLemma(lemma))).filter((t): t is string => t !== null);
      const byTerms = this.terms.get(own.join(' '));
      const found = this.stored(collocation, null).concat(byTerms ? decodeExpansions(byTerms) : []);
      return this.toExpansions(found, own);
    });
  }

  /** Words sharing any sense with a word, rare ones too ("quit" → "resign"): for words with no other stand-in. */
  synonymsInAnySense(lemma: string, cls: WordClass | null): readonly string[] {
    // "Who reffed the final?": a verb WordNet lacks, made of a noun it has, shares that noun's words ("referee").
    const noun = cls === 'v' && this.senseCount(lemma, 'v') === 0 ? verbedNoun(lemma) : null;
    return noun ? firstKindSynonyms(noun, 'n') : anySenseSynonyms(lemma, cls);
  }

  /** Words sharing a word's most frequent sense or one of its kind ("bail" → "bond", "client" → "customer"). */
  synonymsInFirstKind(lemma: string, cls: WordClass | null): readonly string[] {
    return firstKindSynonyms(lemma, cls);
  }

  /** Lexicographer file of a word's most frequent sense in a class ("judge", n → "noun.person"), or null. */
  category(lemma: string, cls: WordClass): string | null {
    return categoryOf(lemma, cls);
  }

  /** How many senses WordNet gives a word in a class: very many mean it says little on its own ("work", "hold"). */
  senseCount(lemma: string, cls: WordClass): number {
    return sensesOf(wordNetLemma(lemma)).filter((sense) => sense.cls === cls).length;
  }

  /** Whether a verb says that something caused something ("triggered"; with `anySense`, "led" to). */
  causes(lemma: string, anySense: boolean): boolean {
    return isCausingVerb(lemma, anySense);
  }

  /** Whether a verb says what the head of an organization does ("runs"), or a noun may name that head ("head"). */
  leads(lemma: string, cls: 'n' | 'v'): boolean {
    return cls === 'v' ? isLeadingVerb(lemma) : isLeaderNoun(lemma);
  }

  /** Whether a noun names a rate, a magnitude per unit of time ("speed", "pace"), though filed with words of time. */
  isRate(lemma: string): boolean {
    return isRateNoun(wordNetLemma(lemma));
  }

  /**
   * Whether a noun's most frequent sense is a magnitude or a measure, told in figures ("limit", "depth"), or an
   * adjective's is a value of one ("deep", "tall").
   */
  isMagnitude(lemma: string, cls: 'n' | 'a' = 'n'): boolean {
    return cls === 'a' ? isMagnitudeAdjective(wordNetLemma(lemma)) : isMagnitudeNoun(wordNetLemma(lemma));
  }

  /** The dimension a measuring adjective's or noun's figures are told in ("deep", "depth": a length), or null. */
  dimension(lemma: string, cls: 'n' | 'a' | 'r'): Dimension | null {
    const base = wordNetLemma(lemma);
    return cls === 'a' ? adjectiveDimension(base) : cls === 'r' ? adverbDimension(base) : nounDimension(base);
  }

  /** How much English uses a word (its senses and how often they were tagged; 0: unknown). */
  usage(word: string): number {
    return englishUsage(word);
  }

  /** Whether a noun is written as a plural ("pilots"). */
  isPlural(word: string): boolean {
    return isPlural(word.toLowerCase());
  }

  /** Whether WordNet knows the word, in any form (corpus or not). */
  isWord(word: string): boolean {
    return isEnglishWord(word);
  }

  /** The English word an unknown word is most likely a misspelling of, or null. */
  correct(word: string): string | null {
    return correctEnglish(word);
  }

  /** What kind of thing a name (as written, or its ending) is a WordNet instance of: "Seattle" → "noun.location". */
  instanceKind(name: string): string | null {
    return instanceKindOf(name);
  }

  /** Stored expansions of a WordNet lemma in a class; with no class, those whose sense is frequent in any class. */
  private stored(lemma: string, cls: WordClass | null): StoredExpansion[] {
    const out: StoredExpansion[] = [];
    for (const c of cls ? [cls] : WORD_CLASSES) {
      const encoded = this.words.get(`${c}:${lemma}`);
      if (!encoded) continue;
      for (const item of decodeExpansions(encoded)) if (cls || item.anyClass) out.push(item);
    }
    return out;
  }

  private toExpansions(found: StoredExpansion[], own: readonly string[]): readonly Expansion[] {
    const best = new Map<number, StoredExpansion>();
    for (const item of found) {
      const known = best.get(item.phrase);
      if (!known || known.weight < item.weight) best.set(item.phrase, item);
    }
    const ownText = own.join(' ');
    const out: Expansion[] = [];
    for (const item of best.values()) {
      const terms = this.phrases[item.phrase]!;
      if (terms.join(' ') !== ownText) out.push(Object.freeze({ terms, weight: item.weight, relation: item.relation }));
    }
    return Object.freeze(out.sort((a, b) => b.weight - a.weight));
  }

  private cached(key: string, compute: () => readonly Expansion[]): readonly Expansion[] {
    let value = this.cache.get(key);
    if (!value) {
      value = compute();
      this.cache.set(key, value);
    }
    return value;
  }
}
