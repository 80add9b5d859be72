/** WordNet's four open word classes: noun, verb, adjective (with satellites), adverb. */
export type WordClass = 'n' | 'v' | 'a' | 'r';

/** Every word class, in WordNet's file order. */
export const WORD_CLASSES: readonly WordClass[] = ['n', 'v', 'a', 'r'];

const BY_POS: Readonly<Record<string, WordClass>> = { NOUN: 'n', PROPN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r' };

/** The word class of a wink-nlp part-of-speech tag ("NOUN", "VERB", ...), or null for words WordNet does not hold. */
export function wordClassOfPos(pos: string): WordClass | null {
  return BY_POS[pos] ?? null;
}

// WordNet marks adjective satellites "s" (index.sense: 5); for lookups they are adjectives like any other.
const BY_SYNSET_TYPE: Readonly<Record<string, WordClass>> = {
  n: 'n',
  v: 'v',
  a: 'a',
  s: 'a',
  r: 'r',
  1: 'n',
  2: 'v',
  3: 'a',
  4: 'r',
  5: 'a',
};

/** The word class of a WordNet synset type, as a letter (data files) or a digit (index.sense). */
export function wordClassOfSynsetType(type: string): WordClass {
  const cls = BY_SYNSET_TYPE[type];
  if (!cls) throw new RangeError(`not a WordNet synset type: ${JSON.stringify(type)}`);
  return cls;
}

/** A word or collocation as WordNet spells it: lowercase, words joined by underscores. */
export function wordNetLemma(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '_');
}

// WordNet's lexicographer files, by number (lexnames): the coarse semantic category of every synset.
const LEXFILE_NAMES: readonly string[] = [
  'adj.all',
  'adj.pert',
  'adv.all',
  'noun.Tops',
  'noun.act',
  'noun.animal',
  'noun.artifact',
  'noun.attribute',
  'noun.body',
  'noun.cognition',
  'noun.communication',
  'noun.event',
  'noun.feeling',
  'noun.food',
  'noun.group',
  'noun.location',
  'noun.motive',
  'noun.object',
  'noun.person',
  'noun.phenomenon',
  'noun.plant',
  'noun.possession',
  'noun.process',
  'noun.quantity',
  'noun.relation',
  'noun.shape',
  'noun.state',
  'noun.substance',
  'noun.time',
  'verb.body',
  'verb.change',
  'verb.cognition',
  'verb.communication',
  'verb.competition',
  'verb.consumption',
  'verb.contact',
  'verb.creation',
  'verb.emotion',
  'verb.motion',
  'verb.perception',
  'verb.possession',
  'verb.social',
  'verb.stative',
  'verb.weather',
  'adj.ppl',
];

/** The lexicographer file of the verbs of saying ("say", "tell", "announce", "argue"). */
export const SPEECH_VERB_CATEGORY = 'verb.communication';

/** The name of a lexicographer file ("noun.person") from its number, or null for a number WordNet does not use. */
export function lexfileName(lexfile: number): string | null {
  return LEXFILE_NAMES[lexfile] ?? null;
}
