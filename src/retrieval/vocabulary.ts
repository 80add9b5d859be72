import SearchableMap from 'minisearch/SearchableMap';
import type { Source } from '../corpus/source.ts';
import { termOf, terms, words } from '../text/analyzer.ts';
import { detachedStems } from '../lexicon/morphy.ts';
import { isOneEdit, isTransposition } from '../text/edits.ts';
import { containsRun } from '../text/word-run.ts';
import { isTitleCased } from '../text/names.ts';
import { memoized } from '../text/memoize.ts';
import type { SentenceToken } from '../text/annotate.ts';
import type { Passage, PassageWords } from './passage.ts';

/** A vocabulary's counts as plain data, for the index cache. */
export interface VocabularySnapshot {
  documentFrequency: Array<[string, number]>;
  surfaceWords: Array<[string, number]>;
  /** [word, times capitalized inside a sentence, times not]. */
  casing: Array<[string, number, number]>;
  /** [lemma, its words' index terms]. */
  lemmaTerms: Array<[string, string[]]>;
  /** The corpus's names as space-joined index terms. */
  names: string[];
}

/** Each lemma of the corpus with the index terms of its words ("buy" → "bought", "buy"). */
export type LemmaTerms = Map<string, Set<string>>;

/** What a build counts a vocabulary from besides the passages: lemmas seen, and each passage's words. */
export interface BuildCounts {
  lemmaTerms: LemmaTerms;
  wordsOf: PassageWords;
}

// Keyed by the token as written: lowercasing it first made a new string to look up for every capitalized word.
const termOfToken = memoized((raw: string): string | null => termOf(raw.toLowerCase()));

/** Records a token's lemma with its index term, so a question's "buy" finds the corpus's "bought". */
export function noteLemma(lemmaTerms: LemmaTerms, token: SentenceToken): void {
  const term = termOfToken(token.raw);
  if (!term || !/^\p{L}/u.test(token.lemma)) return;
  let set = lemmaTerms.get(token.lemma);
  if (!set) lemmaTerms.set(token.lemma, (set = new Set()));
  set.add(term);
}

const LETTER_WORD = /\p{L}[\p{L}'’-]*/gu;
const CAPITAL = /^\p{Lu}/u;
const CAPITALIZED_RUN = /\b\p{Lu}[\p{L}'’-]+(?: (?:of |and |for |the )*\p{Lu}[\p{L}'’-]+)+/gu;

/** The shortest word corrected for any slip, and the shortest corrected for swapped neighbours only. */
const MIN_CORRECTED = 5;
const SWAPPED_ONLY = 4;
/** A slip beside an inflection ranks after a plain slip and before two. */
const INFLECTED_DISTANCE = 1.5;
/** The shortest form compared once an ending is detached: shorter stems are one slip from too many words. */
const MIN_STEM = 4;

/** Whether two words are one slip apart once either drops an inflectional ending ("lawmker", "lawmakers"). */
function slipButEnding(a: string, b: string): boolean {
  const forms = (w: string): string[] => [w, ...detachedStems(w)].filter((f) => f.length >= MIN_STEM);
  return forms(a).some((x) => forms(b).some((y) => isOneEdit(x, y) || isTransposition(x, y)));
}

/** What words and names the corpus contains and how rare each is: weighting, spelling, truecasing, name checks. */
export class Vocabulary {
  private readonly documentFrequency: Map<string, number> = new Map();
  private readonly surfaceWords: SearchableMap<number> = new SearchableMap();
  private readonly casing: Map<string, { upper: number; lower: number }> = new Map();
  private readonly lemmaTerms: LemmaTerms = new Map();
  private readonly names: Set<string> = new Set();
  /** For each name term, the names holding it (space-joined terms), to check multiword names quickly. */
  private readonly namesByTerm: Map<string, string[]> = new Map();
  readonly passageCount: number;

  /**
   * Counts the passages' words (with the lemmas seen while they were built), or restores counts taken by toJSON
   * (much faster than recounting).
   */
  constructor(sources: readonly Source[], passages: readonly Passage[], from: BuildCounts | VocabularySnapshot) {
    this.passageCount = passages.length;
    if (!('wordsOf' in from)) {
      const snapshot = from;
      this.documentFrequency = new Map(snapshot.documentFrequency);
      this.surfaceWords = SearchableMap.from(snapshot.surfaceWords);
      this.casing = new Map(snapshot.casing.map(([word, upper, lower]) => [word, { upper, lower }]));
      this.lemmaTerms = new Map(snapshot.lemmaTerms.map(([lemma, list]) => [lemma, new Set(list)]));
      for (const name of snapshot.names) this.addName(name);
      return;
    }
    this.lemmaTerms = from.lemmaTerms;
    // Counted in a map and put in the radix tree once per word, in the order first met (the tree's shape and order
    // are those of adding them one by one): updating the tree for every word of the corpus was most of the count.
    const surfaceCounts = new Map<string, number>();
    const countSurface = (word: string): void => void surfaceCounts.set(word, (surfaceCounts.get(word) ?? 0) + 1);
    // The same names recur in sentence after sentence: each written form is reduced to its terms once.
    const nameTerms = new Map<string, string>();
    const addName = (written: string): void => {
      let name = nameTerms.get(written);
      if (name === undefined) nameTerms.set(written, (name = terms(written).join(' ')));
      this.addName(name);
    };
    for (const passage of passages) {
      // A headline in title case capitalizes verbs and common words: "Microsoft Won't Say" is no name.
      const named = !isTitleCased(passage.text);
      // Capitalized runs the tagger did not make names ("Attorney General"), for acronyms asked about ("AG").
      if (named) for (const [run] of passage.text.matchAll(CAPITALIZED_RUN)) addName(run);
      for (const term of new Set(passage.terms))
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      for (const word of from.wordsOf(passage)) countSurface(word);
      if (passage.kind === 'sentence') this.countCasing(passage.text);
      if (named) for (const name of passage.names) addName(name.text);
    }
    // Outlets are searchable ("What did Reuters report?") even where no sentence names them.
    for (const source of sources) {
      this.addName(terms(source.outlet).join(' '));
      for (const word of words(source.outlet)) {
        countSurface(word);
        const term = termOf(word);
        if (term && !this.documentFrequency.has(term)) this.documentFrequency.set(term, 1);
      }
    }
    for (const [word, count] of surfaceCounts) this.surfaceWords.set(word, count);
  }

  /** The counts as plain data, for the index cache. */
  toJSON(): VocabularySnapshot {
    return {
      documentFrequency: [...this.documentFrequency],
      surfaceWords: [...this.surfaceWords],
      casing: [...this.casing].map(([word, { upper, lower }]) => [word, upper, lower]),
      lemmaTerms: [...this.lemmaTerms].map(([lemma, set]) => [lemma, [...set]]),
      names: [...this.names],
    };
  }

  private addName(name: string): void {
    if (!name || this.names.has(name)) return;
    this.names.add(name);
    for (const term of new Set(name.split(' '))) {
      const list = this.namesByTerm.get(term);
      if (list) list.push(name);
      else this.namesByTerm.set(term, [name]);
    }
  }

  private countCasing(sentence: string): void {
    let first = true;
    for (const [word] of sentence.matchAll(LETTER_WORD)) {
      if (first) {
        first = false;
        continue;
      }
      const lower = word.toLowerCase();
      let entry = this.casing.get(lower);
      if (!entry) this.casing.set(lower, (entry = { upper: 0, lower: 0 }));
      if (CAPITAL.test(word)) entry.upper++;
      else entry.lower++;
    }
  }

  /**
   * Whether a word is a name (written capitalized inside sentences), so it keeps its capital at the start of a clause.
   */
  isName(word: string): boolean {
    if (/^\p{Lu}{2,}/u.test(word)) return true;
    const entry = this.casing.get(word.toLowerCase());
    return entry !== undefined && entry.upper > entry.lower;
  }

  /** The corpus has the word and never writes it in lower case (a first name that only opens sentences). */
  alwaysCapitalized(word: string): boolean {
    const lower = word.toLowerCase();
    return this.surfaceWords.has(lower) && (this.casing.get(lower)?.lower ?? 0) === 0;
  }

  /** The corpus names something by this word alone ("Ring"), not only inside longer names ("BuzzFeed News"). */
  isWholeName(word: string): boolean {
    const term = termOf(word.toLowerCase());
    return term !== null && this.names.has(term);
  }

  /** Passages that contain the index term. */
  frequency(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  /** Inverse document frequency: rare terms weigh more. Unknown terms count as the rarest. */
  idf(term: string): number {
    const df = this.frequency(term);
    return Math.log(1 + (this.passageCount - df + 0.5) / (df + 0.5));
  }

  /** Index terms of the corpus's words with this lemma. */
  termsOfLemma(lemma: string): readonly string[] {
    const set = this.lemmaTerms.get(lemma);
    return set ? [...set] : [];
  }

  /**
   * Whether one of the corpus's names holds all these terms: in this order, alone or inside a longer name, or in
   * another order ("Northern California ACLU" for "ACLU of Northern California").
   */
  knowsName(nameTerms: readonly string[]): boolean {
    if (nameTerms.length === 0) return false;
    if (nameTerms.length === 1) return this.frequency(nameTerms[0]!) > 0;
    const rarest = [...nameTerms].sort(
      (a, b) => (this.namesByTerm.get(a)?.length ?? 0) - (this.namesByTerm.get(b)?.length ?? 0),
    )[0]!;
    return (this.namesByTerm.get(rarest) ?? []).some((name) => {
      const parts = new Set(name.split(' '));
      return nameTerms.every((t) => parts.has(t));
    });
  }

  /** The corpus names something by exactly these terms ("mijent" for Mijente), not only inside a longer name. */
  namesExactly(nameTerms: readonly string[]): boolean {
    return this.names.has(nameTerms.join(' '));
  }

  /** One of the corpus's names holds these terms together, in this order (a question may write it in lower case). */
  namesHold(terms: readonly string[]): boolean {
    if (terms.length < 2) return false;
    // "brannock fans" is no name of a corpus that has only "Brannock City Fans' Forum": the words must run together.
    return (this.namesByTerm.get(terms[0]!) ?? []).some((name) => containsRun(name.split(' '), terms));
  }

  /** The corpus's names (as index terms) whose words' initials spell an acronym ("ag" → attorney general). */
  namesWithInitials(acronym: string): string[][] {
    const found = new Map<string, string[]>();
    for (const name of this.names) {
      const parts = name.split(' ');
      // Inside longer runs too: "Attorney General Renata Voss" holds "attorney general" for "AG".
      for (let i = 0; i + acronym.length <= parts.length; i++) {
        const window = parts.slice(i, i + acronym.length);
        if (window.every((p, k) => p[0] === acronym[k])) found.set(window.join(' '), window);
      }
    }
    return [...found.values()];
  }

  /** Whether the corpus writes the word in lower case somewhere inside a sentence (a common word there). */
  writesLowercase(word: string): boolean {
    return (this.casing.get(word.toLowerCase())?.lower ?? 0) > 0;
  }

  /** The corpus's words that begin with a prefix ("exec": executive, executives), lowercased. */
  completions(prefix: string): string[] {
    return [...this.surfaceWords.atPrefix(prefix).keys()];
  }

  /**
   * The corpus word closest to an unknown word, for misspellings ("rekognitoin" → "rekognition"), or null.
   * Words under five letters are corrected only for two swapped neighbours ("bouy" → "buoy"): at that length any
   * other slip is as close to a different real word.
   */
  correct(word: string): string | null {
    return this.corrections(word);
  }

  // A fuzzy search of every corpus word takes longer than the rest of reading a question: each word is looked up once.
  private readonly corrections = memoized((word: string) => this.closest(word), 10_000);

  private closest(word: string): string | null {
    if (word.length < SWAPPED_ONLY || /\d/u.test(word) || this.surfaceWords.has(word)) return null;
    const maxDistance = word.length >= 9 ? 2 : INFLECTED_DISTANCE;
    let best: { word: string; distance: number; count: number } | null = null;
    for (const [candidate, [count, found]] of this.surfaceWords.fuzzyGet(word, 2)) {
      // Swapped neighbours ("brigde") are one slip of the fingers, though edit distance counts them as two.
      const swapped = found === 2 && isTransposition(word, candidate);
      // "lawmker" for "lawmakers", "deahs" for "death": one slip, and an ending the other word does not have.
      const inflected = found === 2 && !swapped && slipButEnding(word, candidate);
      const distance = swapped ? 1 : inflected ? INFLECTED_DISTANCE : found;
      if (distance > maxDistance || (word.length < MIN_CORRECTED && !swapped)) continue;
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
        best = { word: candidate, distance, count };
      }
    }
    return best?.word ?? null;
  }
}
