import { SPEECH_VERB_CATEGORY } from '../lexicon/word-class.ts';
import { TIME_UNITS } from '../text/calendar.ts';
import { CHANGE_NOUNS, HOW_MODIFIERS, howType, lengthType, MONEY_WORDS } from './how-type.ts';
import { SEAT_VERBS } from './seat-words.ts';
import { isPossessive, NOUN_PHRASE_POS, POSSESSIVE_PRONOUNS, type QuestionToken, WH } from './tag-question.ts';
import type { WordKnowledge } from './word-knowledge.ts';

/** What kind of thing a question asks for. */
export type AnswerType =
  | 'person'
  | 'organization'
  | 'agent'
  | 'place'
  | 'name'
  | 'date'
  | 'time'
  | 'duration'
  | 'age'
  | 'count'
  | 'money'
  | 'percent'
  | 'amount'
  | 'reason'
  | 'manner'
  | 'definition'
  | 'statement'
  | 'yes-no'
  | 'other';

/** Answer types a sentence must hold a matching entity for ("when" → a date). */
export const ENTITY_TYPES: ReadonlySet<AnswerType> = new Set([
  'person',
  'organization',
  'agent',
  'place',
  'name',
  'date',
  'time',
  'duration',
  'age',
  'count',
  'money',
  'percent',
  'amount',
]);

/** Answer types that ask a value of what someone did or what happened: when, how long, how many, how much. */
export const EVENT_VALUE_TYPES: ReadonlySet<AnswerType> = new Set([
  'date',
  'time',
  'duration',
  'count',
  'money',
  'amount',
  'percent',
]);

/** A question's answer type, and where its question proper starts (after "hey, quick q -" and the like). */
export interface TypedQuestion {
  type: AnswerType;
  /** Index of the first token of the question proper (its wh-word or auxiliary). */
  start: number;
  /** Index of the noun that names what is asked for ("company" in "which company"), or -1. */
  typeNoun: number;
  /** Index of the first token after the wh-phrase ("workers" in "how many workers …"). */
  bodyStart: number;
  /**
   * Where the question's closing frame starts ("mean" in "what does X mean", "stand" in "… stand for"), or the
   * token count: words from there pose the question, they are not its topic.
   */
  end: number;
  /**
   * A closing word of the frame that may still help find the answer ("located" in "where is X located?"), or -1:
   * it weighs as little as a light verb, so the topic's words decide.
   */
  frame?: number;
}

// Words that open a question without a wh-word: "is it…", "did they…", "can police…".
const AUXILIARY = new Set([
  'be',
  'do',
  'have',
  'can',
  'could',
  'will',
  'would',
  'should',
  'shall',
  'may',
  'might',
  'must',
]);
// Prefixes people put before the question proper: "do you know", "can you tell me", "i wonder", "quick question".
const PREFIX_VERBS = new Set(['know', 'tell', 'wonder', 'ask', 'remember', 'say', 'explain', 'think']);
// A preposition before the wh-word belongs to the wh-phrase: "for how long", "since when", "in what year".
// An adverb before it narrows it: "roughly how many", "exactly when".
const PREFIX_POS = new Set(['INTJ', 'PRON', 'AUX', 'PART', 'DET', 'SCONJ', 'CCONJ', 'ADP', 'ADV']);

// What the noun after "what"/"which" says about the answer, by the WordNet kind of its most frequent sense.
const KIND_TYPES: Readonly<Record<string, AnswerType>> = {
  'noun.person': 'person',
  'noun.group': 'organization',
  'noun.location': 'place',
  'noun.time': 'date',
  'noun.motive': 'reason',
};
/** Nouns for a vote's or a game's result, a tally ("5-4", "231 to 187"): asked about, they want a count. */
export const TALLY_NOUNS: ReadonlySet<string> = new Set(['vote', 'tally', 'score']);

/** Nouns that name only a value's kind. */
const GENERIC_VALUE_NOUNS: ReadonlySet<string> = new Set([
  'amount',
  'size',
  'level',
  'sum',
  'value',
  'worth',
  'money',
  'figure',
]);

// Nouns whose kind is too broad to say it (a "period" is noun.time but a duration; a "price" is money).
const NOUN_TYPES: Readonly<Record<string, AnswerType>> = {
  period: 'duration',
  duration: 'duration',
  length: 'duration',
  term: 'duration',
  span: 'duration',
  time: 'time',
  hour: 'time',
  age: 'age',
  price: 'money',
  cost: 'money',
  fee: 'money',
  fine: 'money',
  amount: 'amount',
  // "What was the final turnout figure?": a figure is told in numbers.
  figure: 'amount',
  size: 'amount',
  // "What level did the index close at?": a figure on a scale.
  level: 'amount',
  // A change in something is told by how much: "what traffic reduction" wants "17 percent", "12,000 fewer cars".
  ...Object.fromEntries(CHANGE_NOUNS.map((noun) => [noun, 'amount'])),
  sum: 'money',
  salary: 'money',
  revenue: 'money',
  profit: 'money',
  income: 'money',
  earnings: 'money',
  wage: 'money',
  budget: 'money',
  value: 'money',
  worth: 'money',
  number: 'count',
  count: 'count',
  ...Object.fromEntries([...TALLY_NOUNS].map((noun) => [noun, 'count'])),
  percentage: 'percent',
  percent: 'percent',
  share: 'percent',
  proportion: 'percent',
  fraction: 'percent',
  rate: 'percent',
  reason: 'reason',
  cause: 'reason',
  motive: 'reason',
  purpose: 'reason',
  goal: 'reason',
  population: 'count',
  group: 'organization',
  organization: 'organization',
  organisation: 'organization',
};
/**
 * Nouns of a value that say what the value is of ("profit", "fine", "salary", "reduction"), not only its kind
 * ("amount", "sum", "value"): a question asking one asks for something the coverage must name.
 */
export const NAMING_VALUE_NOUNS: ReadonlySet<string> = new Set(
  Object.entries(NOUN_TYPES)
    .filter(([noun, type]) => (type === 'money' || type === 'amount') && !GENERIC_VALUE_NOUNS.has(noun))
    .map(([noun]) => noun),
);

/**
 * Nouns that only name the kind of value asked for, which sentences give without them ("Walter Pruitt, 74", "on
 * March 3"): "what is Pruitt's age" asks what "how old is Pruitt" does, "how much money" what "how much" does.
 * ("Percent" and "year" are often written.)
 */
export const DIMENSION_NOUNS: ReadonlySet<string> = new Set(['age', 'date', 'time', 'hour', 'duration', 'money']);
/**
 * Whether the words before the wh-word are only chat ("quick q:", "so", "please", "hey bot,": a noun after a
 * greeting calls the bot), not the question's topic ("tessaro recall:", "according to Reuters,").
 */
export function isChatOnly(preface: readonly QuestionToken[]): boolean {
  return preface.every((t, i) => isPrefixToken(t) || (t.pos === 'NOUN' && preface[i - 1]?.pos === 'INTJ'));
}

function isPrefixToken(token: QuestionToken): boolean {
  return (
    PREFIX_POS.has(token.pos) ||
    PREFIX_VERBS.has(token.lemma) ||
    token.lower === 'q' ||
    token.lower === 'quick' ||
    token.lower === 'question' ||
    token.lower === 'please'
  );
}

/**
 * The index where the question proper begins: its first wh-word, past a chatty or polite prefix or the topic typed
 * before it ("tessaro recall how many cars"). After an auxiliary it is a clause inside a yes/no question ("Did
 * Amazon say how many …").
 */
function questionStart(tokens: readonly QuestionToken[]): number {
  const wh = tokens.findIndex((t, i) => i < 8 && WH.has(t.lower));
  if (wh <= 0 || relativePronoun(tokens, wh)) return 0;
  const before = tokens.slice(0, wh);
  const topic = !before.some((t) => t.pos === 'AUX');
  return before.every(isPrefixToken) || topic || tokens[wh]!.separated || tokens[wh - 1]?.pos === 'INTJ' ? wh : 0;
}

/** Wh-words that also open a relative clause on the noun before them. */
const RELATIVE = new Set(['who', 'whom', 'whose', 'which']);

/**
 * "final number of crew who got ill?": a "who" or "which" right after a noun, with no pause between, opens a
 * clause on that noun; the question is the words before it, typed as keywords.
 */
function relativePronoun(tokens: readonly QuestionToken[], wh: number): boolean {
  const [before, after] = [tokens[wh - 1]!, tokens[wh + 1]];
  return (
    RELATIVE.has(tokens[wh]!.lower) &&
    !tokens[wh]!.separated &&
    before.pos === 'NOUN' &&
    (after?.pos === 'VERB' || after?.pos === 'AUX')
  );
}

/** The head of the noun phrase starting near `from`: the last noun of its first run ("sell-on percentage"). */
function nounAfter(tokens: readonly QuestionToken[], from: number): number {
  const isNoun = (t: QuestionToken | undefined): boolean =>
    t !== undefined && (t.pos === 'NOUN' || (t.pos === 'PROPN' && !t.capitalized));
  let limit = from + 4;
  for (let i = from; i < tokens.length && i < limit; i++) {
    const token = tokens[i]!;
    // "What is Maren Castellvi's salary?": the owner is passed over for what it owns.
    let owner = i;
    while (tokens[owner]?.pos === 'NOUN' || tokens[owner]?.pos === 'PROPN') owner++;
    if (owner > i && isPossessive(tokens[owner]) && owner + 1 < tokens.length) {
      limit += owner + 1 - i;
      i = owner;
      continue;
    }
    if (isNoun(token)) {
      let last = i;
      while (
        isNoun(tokens[last + 1]) ||
        (tokens[last + 1]?.pos === 'ADP' && tokens[last + 1]?.lower === 'on' && isNoun(tokens[last + 2]))
      )
        last += isNoun(tokens[last + 1]) ? 1 : 2;
      return last;
    }
    // A verb starts a noun phrase only as the first half of a compound ("sell-on percentage", "start-up costs").
    const compound =
      token.pos === 'VERB' && i === from && ['on', 'off', 'up', 'out'].includes(tokens[i + 1]?.lower ?? '');
    // A name before a noun modifies it: "the Fairlea College president".
    if (token.pos === 'PROPN') limit++;
    else if (!['ADJ', 'DET', 'NUM', 'ADV', 'ADP'].includes(token.pos) && !compound) return -1;
  }
  return -1;
}

/**
 * Whether the noun phrase ending at `at` is a number that names its thing, after a noun saying what it numbers
 * ("docket number", "bill number"): an identifier, as a name is; "the number of staff" counts.
 */
const numbersAThing = (tokens: readonly QuestionToken[], at: number): boolean =>
  tokens[at]!.lemma === 'number' && (tokens[at - 1]?.pos === 'NOUN' || tokens[at - 1]?.pos === 'PROPN');

function typeOfNoun(token: QuestionToken, knowledge: WordKnowledge): AnswerType | null {
  // The tagger spells some lemmas the American way ("councilor" for "councillor"); the word as written may be known.
  const known = knowledge.category(token.lemma, 'n') !== null || !knowledge.isWord(token.lower);
  const lemma = known ? token.lemma : token.lower;
  const kind = knowledge.category(lemma, 'n');
  if (NOUN_TYPES[lemma]) return NOUN_TYPES[lemma];
  // "What wind speed …" wants an amount: a rate is filed with the words of time, but dates nothing.
  if (kind === 'noun.time' && knowledge.isRate(lemma)) return 'amount';
  return KIND_TYPES[kind ?? ''] ?? null;
}

/**
 * The noun a possessive owns, the last of the words it governs: "the state's top bank regulator" is a regulator,
 * whatever the adjective before it.
 */
function possessedHead(phrase: readonly QuestionToken[]): QuestionToken | undefined {
  // "Dravec's agent", "his agent", and "her agent": before a noun, "her" owns it.
  const owns = (t: QuestionToken | undefined, next: QuestionToken): boolean =>
    isPossessive(t) || POSSESSIVE_PRONOUNS.has(t?.lower ?? '') || (t?.lower === 'her' && next.pos === 'NOUN');
  const from = phrase.findIndex((t, i) => i > 0 && owns(phrase[i - 1], t) && !t.name);
  if (from < 0) return undefined;
  let head: QuestionToken | undefined;
  for (const t of phrase.slice(from)) {
    if (t.name || !['NOUN', 'ADJ'].includes(t.pos)) break;
    if (t.pos === 'NOUN') head = t;
  }
  return head;
}

/** "the agent of Dravec": the common noun before "of" and a name (after a determiner, if any). */
function ownedByNameAfter(phrase: readonly QuestionToken[]): QuestionToken | undefined {
  const of = phrase.findIndex((t) => t.lower === 'of');
  const noun = phrase[of - 1];
  const owner = phrase[phrase[of + 1]?.pos === 'DET' ? of + 2 : of + 1];
  return of > 0 && noun?.pos === 'NOUN' && !noun.name && owner?.name ? noun : undefined;
}

/**
 * "Who is Jennifer Lee?", "What is the Domain Awareness System?": a short noun phrase and nothing else asks what
 * it is. "Who is the mayor of Ashgrove?" asks for a person in a role instead.
 */
function definitionType(rest: readonly QuestionToken[], word: string, knowledge: WordKnowledge): AnswerType | null {
  const phrase = rest.filter((t) => !t.afterFirstSentence);
  // "What was the final margin after the recount?" asks for a fact about the margin, not what a margin is.
  if (phrase.length === 0 || phrase.length > 6 || phrase.some((t) => t.pos === 'ADP' && t.lower !== 'of')) return null;
  // A role, or a word that names one when asked of someone ("the head of Crestline").
  const person = (t: QuestionToken): boolean =>
    knowledge.category(t.lemma, 'n') === 'noun.person' || (t.pos === 'NOUN' && knowledge.leads(t.lemma, 'n'));
  if (word === 'who' && phrase.some((t) => person(t) && !t.name)) return 'person';
  // "Who is Dravec's agent?" (or "the agent of Dravec") asks for whoever holds that place beside the name, whatever
  // the noun's first sense.
  const possessed = possessedHead(phrase) ?? ownedByNameAfter(phrase);
  if (word === 'who' && possessed) return 'person';
  // "What is Mossop's bail?" (or "the bail of Mossop") asks for his bail, not what bail is.
  if (word === 'what' && possessed) return null;
  // "What is curing?": a lone verb form is the thing asked about.
  if (phrase.length > 1 && phrase.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const nouns = phrase.filter((t) => (t.pos === 'NOUN' || t.pos === 'ADJ') && !t.name);
  const role = nouns.find((t) => knowledge.category(t.lemma, 'n') === 'noun.person');
  if (word === 'who' && role) return 'person';
  if (word === 'what' && nouns.some((t) => typeOfNoun(t, knowledge))) return null;
  // "What's the deposit insurance limit?" asks for the figure, not what a limit is: a magnitude is told in one.
  const of = phrase.findIndex((t) => t.lower === 'of');
  const head = (of < 0 ? nouns : nouns.filter((t) => phrase.indexOf(t) < of)).filter((t) => t.pos === 'NOUN').at(-1);
  if (word === 'what' && head && !head.capitalized && knowledge.isMagnitude(head.lemma)) return 'amount';
  return phrase.some((t) => t.capitalized) || nouns.length > 0 ? 'definition' : null;
}

/**
 * "What's the name of the mayor?" asks for the mayor: "name" only says that the answer is a name. Of a thing with no
 * kind of its own ("what is the name of the ship", "the name of the fire"), the answer is a name of any kind.
 */
function nameAsked(tokens: readonly QuestionToken[], start: number, knowledge: WordKnowledge): TypedQuestion | null {
  const skipVerb = tokens[start + 1]?.lemma === 'be' ? start + 2 : start + 1;
  return nameOfAt(tokens, nounAfter(tokens, skipVerb), start, knowledge);
}

/** Verbs a question closes on to ask what something is called: "what's the farm called", "… to be named". */
const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'named', 'nicknamed', 'dubbed']);
/** What a name is asked of may be someone, a body or a place; anything else's name is a name. */
const NAMED_TYPES: ReadonlySet<AnswerType> = new Set(['person', 'organization', 'place']);

/**
 * "What's Keith Dunstow's wife called?", "what was the dog that died called?": what something is called is its
 * name, someone's when the head of the phrase names one person (its owner passed over), else a name of any kind.
 */
function calledAsked(tokens: readonly QuestionToken[], start: number, knowledge: WordKnowledge): TypedQuestion | null {
  const end = tokens.length - 1;
  if (tokens[start + 1]?.lemma !== 'be' || !NAMING_VERBS.has(tokens[end]?.lower ?? '')) return null;
  const phrase = tokens.slice(start + 2, end);
  const noun = nounAfter(tokens, start + 2);
  const head = possessedHead(phrase) ?? (noun >= 0 && noun < end ? tokens[noun] : undefined);
  // Many things are called by one name as often as by theirs ("the parents campaigning against the mast").
  const type = head && !knowledge.isPlural(head.lower) ? typeOfNoun(head, knowledge) : null;
  const typeNoun = head ? tokens.indexOf(head) : -1;
  return { type: type && NAMED_TYPES.has(type) ? type : 'name', start, typeNoun, bodyStart: start + 1, end };
}

/** "name of the engineer …" at `noun`: the type of what is named, or null when the noun there is no "name of". */
function nameOfAt(
  tokens: readonly QuestionToken[],
  noun: number,
  start: number,
  knowledge: WordKnowledge,
): TypedQuestion | null {
  if (noun < 0 || tokens[noun]!.lemma !== 'name' || !['of', 'for'].includes(tokens[noun + 1]?.lower ?? '')) return null;
  const named = nounAfter(tokens, noun + 2);
  // "The name of the 19 year old who died": someone of that age, not a year.
  const aged = named >= 0 && (tokens[named + 1]?.lower === 'old' || tokens[named]!.lower.endsWith('-old'));
  const type = aged ? 'person' : ((named >= 0 ? typeOfNoun(tokens[named]!, knowledge) : null) ?? 'name');
  return { type, start, typeNoun: noun, bodyStart: start + 1, end: tokens.length };
}

/**
 * "What did IBM announce?", "what does the union want", "what's the analyst saying", "what has the mayor said": a
 * verb of saying (or wanting) asks for what was said.
 */
function asksForWords(rest: readonly QuestionToken[], knowledge: WordKnowledge): boolean {
  const aux = rest[0]?.lemma;
  if (aux !== 'do' && aux !== 'be' && aux !== 'have') return false;
  const verb = rest.slice(1).find((t) => t.pos === 'VERB');
  if (!verb) return false;
  const speech = knowledge.category(verb.lemma, 'v') === SPEECH_VERB_CATEGORY;
  // After "is", only saying in -ing asks for words: "what is the plan called" asks a name, "what are they
  // demanding" a thing.
  if (aux === 'be') return speech && verb.lower.endsWith('ing');
  return speech || ['want', 'think', 'demand'].includes(verb.lemma);
}

// What a company is asked to do for a living, in the present tense: its trade, not one deal.
const PRODUCT_VERBS = new Set(['make', 'sell', 'produce', 'manufacture', 'build', 'develop', 'offer']);

/**
 * Where a "what does X …" question's closing verb starts when it asks what X is or means ("do", "mean",
 * "stand for"), or -1.
 */
function definitionEnding(tokens: readonly QuestionToken[]): number {
  const last = tokens.length - 1;
  if (tokens[last]?.lemma === 'do' || tokens[last]?.lemma === 'mean') return last;
  // "What does Brightloom make?": what a firm makes or sells is what it is ("the maker of …", "a firm whose …").
  if (PRODUCT_VERBS.has(tokens[last]?.lemma ?? '') && tokens.some((t) => t.lower === 'does' || t.lower === 'do')) {
    return last;
  }
  return tokens[last]?.lower === 'for' && tokens[last - 1]?.lemma === 'stand' ? last - 1 : -1;
}

/**
 * The closing participle of "where is X located?", or -1: a word that only says something has a place frames
 * "where", though the coverage may use it too ("headquartered in Austin").
 */
function locationFrame(tokens: readonly QuestionToken[], start: number): number {
  const last = tokens.length - 1;
  const be = tokens[start + 1]?.lemma === 'be';
  return be && last > start + 2 && SEAT_VERBS.has(tokens[last]!.lemma) ? last : -1;
}

// What a person does for a living, asked of a name ("What's Marchetti's job?"). Listed by hand: the dictionary's
// sense links are read only while an index is built, and these few words are the whole of the question's frame.
const OCCUPATION_WORDS = new Set(['job', 'occupation', 'profession', 'career', 'title', 'role']);

/**
 * "What is Marchetti's job?" (or "the job of Marchetti") asks who Marchetti is, and is answered the same way
 * ("Marchetti, a former high school principal, …"): where the occupation word is and where the name asked about
 * starts and ends, or null.
 */
function asksOccupation(
  tokens: readonly QuestionToken[],
  start: number,
): { noun: number; bodyStart: number; end: number } | null {
  if (tokens[start]?.lower !== 'what' || tokens[start + 1]?.lemma !== 'be') return null;
  const at = tokens.length - 1;
  const names = (from: number, to: number): boolean => to > from && tokens.slice(from, to).every((t) => t.name);
  if (names(start + 2, at - 1) && isPossessive(tokens[at - 1]) && OCCUPATION_WORDS.has(tokens[at]!.lemma)) {
    return { noun: at, bodyStart: start + 1, end: at };
  }
  const noun = tokens[start + 2]?.pos === 'DET' ? start + 3 : start + 2;
  const occupation = OCCUPATION_WORDS.has(tokens[noun]?.lemma ?? '') && tokens[noun + 1]?.lower === 'of';
  return occupation && names(noun + 2, at + 1) ? { noun, bodyStart: noun + 2, end: at + 1 } : null;
}

/**
 * "What caused the crack?", "what led to the closure?": where the question goes on after "what" and its verb of
 * causing (and "to"), or -1 when "what" is not the subject of one.
 */
function causeVerbEnd(tokens: readonly QuestionToken[], start: number, knowledge: WordKnowledge): number {
  const verb = tokens[start + 1];
  if (verb?.pos !== 'VERB') return -1;
  if (knowledge.causes(verb.lemma, false)) return start + 2;
  return tokens[start + 2]?.lower === 'to' && knowledge.causes(verb.lemma, true) ? start + 3 : -1;
}

const KIND_WORDS = new Set(['kind', 'type', 'sort']);
// How many nouns may name the kind asked: "what kind of outfit", "what type of tech company".
const KIND_NOUNS = 3;

/**
 * "What kind of outfit is Thorn?", "what type of company is Marinus Analytics": asks what a name is, as "what is
 * Thorn" does. Where the "be" before the name is, or -1 ("what kind of rules did Amazon ask for" asks for rules).
 */
export function kindAskedOf(tokens: readonly QuestionToken[], start: number): number {
  if (tokens[start]?.lower !== 'what' || !KIND_WORDS.has(tokens[start + 1]?.lemma ?? '')) return -1;
  if (tokens[start + 2]?.lower !== 'of') return -1;
  const be = tokens.findIndex((t, i) => i > start + 3 && t.lemma === 'be');
  if (be < 0 || be > start + 3 + KIND_NOUNS) return -1;
  const named = tokens.slice(be + 1).filter((t) => !t.afterFirstSentence && t.pos !== 'DET' && t.pos !== 'PUNCT');
  return named.length > 0 && named.every((t) => t.name || t.capitalized) ? be : -1;
}

// "What counts as …", "what qualifies as …": the question asks for a definition.
const COUNTS_AS = new Set(['count', 'qualify']);

// Verbs whose object is a sum: "what did they pay", never "what did they buy".
const PAID_VERBS = new Set(['cost', 'pay', 'spend', 'owe', 'earn', 'charge', 'bill', 'fine']);

// Types a noun after "what is" gives however it is used ("What was the bond amount?"); a noun's kind alone (a
// person, a group) may be the topic rather than what is asked ("What was the board's decision?").
const BE_TYPES: ReadonlySet<AnswerType> = new Set(['reason', 'money', 'percent', 'age', 'date', 'amount', 'count']);

/** The "-ing" verb right after a subject that starts at `from` ("the city paying"), or null. */
function progressiveVerb(tokens: readonly QuestionToken[], from: number): QuestionToken | null {
  let at = from;
  while (tokens[at] && (NOUN_PHRASE_POS.has(tokens[at]!.pos) || isPossessive(tokens[at]))) at++;
  const verb = tokens[at];
  const subject = tokens.slice(from, at).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return subject && verb?.pos === 'VERB' && /ing$/u.test(verb.lower) ? verb : null;
}

// Words that close a statement to ask whether it is so: "…, right?", "…, correct?", "…, yeah?".
const CONFIRMATION_TAGS = new Set(['right', 'correct', 'true', 'yeah', 'yes', 'no', 'eh']);

/** Where a closing tag that asks for confirmation starts ("…, right?"), or -1. */
function confirmationTag(tokens: readonly QuestionToken[]): number {
  let last = tokens.length - 1;
  while (last > 0 && tokens[last]!.pos === 'PUNCT') last--;
  const tag = tokens[last];
  return last > 2 && tag?.separated && CONFIRMATION_TAGS.has(tag.lower) ? last : -1;
}

/** Where the words after a chat opening ("hey bot, so …") start: 0 when there is none. */
function chatEnd(tokens: readonly QuestionToken[]): number {
  for (let i = 1; i < tokens.length; i++) {
    if (!tokens[i]!.separated) continue;
    if (isChatOnly(tokens.slice(0, i).filter((t) => t.pos !== 'PUNCT'))) return i;
    break;
  }
  return 0;
}

/** Classifies a question by what it asks for, from its wh-word and the kind of noun that follows it. */
export function answerTypeOf(tokens: readonly QuestionToken[], knowledge: WordKnowledge): TypedQuestion {
  const start = questionStart(tokens);
  const first = tokens[start];
  const how = tokens[start]?.lower === 'how' && HOW_MODIFIERS.has(tokens[start + 1]?.lower ?? '');
  const bodyStart = start + (how ? 2 : 1);
  const ending = definitionEnding(tokens);
  const typed = (type: AnswerType, typeNoun = -1): TypedQuestion => {
    const end = type === 'definition' && ending > start + 1 ? ending : tokens.length;
    return { type, start, typeNoun, bodyStart, end };
  };
  if (!first) return typed('other');
  const word = first.lower;
  const work = asksOccupation(tokens, start);
  if (work) return { ...typed('definition'), typeNoun: work.noun, bodyStart: work.bodyStart, end: work.end };
  const named = word === 'what' ? (nameAsked(tokens, start, knowledge) ?? calledAsked(tokens, start, knowledge)) : null;
  if (named) return named;
  if ((word === 'who' || word === 'what') && tokens[start + 1]?.lemma === 'be') {
    const definition = definitionType(tokens.slice(start + 2), word, knowledge);
    if (definition) return typed(definition);
  }
  // "What counts as a short-term rental under the ordinance?" asks what one is; the words after it set the scene.
  if (word === 'what' && COUNTS_AS.has(tokens[start + 1]?.lemma ?? '') && tokens[start + 2]?.lower === 'as') {
    const scene = tokens.findIndex((t, i) => i > start + 3 && t.pos === 'ADP');
    return { ...typed('definition'), end: scene < 0 ? tokens.length : scene };
  }
  // "What does double extortion mean?" asks what the words mean, though "mean" is also a verb of saying.
  const asksMeaning = ending > start && tokens[ending]?.lemma !== 'do' && !PRODUCT_VERBS.has(tokens[ending]!.lemma);
  if (word === 'what' && !asksMeaning && asksForWords(tokens.slice(start + 1), knowledge)) return typed('statement');
  // The kind words ("kind of outfit") say what sort of answer is wanted, as "what is" does: the name is the topic.
  const kindOf = kindAskedOf(tokens, start);
  if (kindOf > 0) return { ...typed('definition'), bodyStart: kindOf };
  // "What does Rekognition do?" asks what it is for; "what does split shift mean?", "what does ICE stand for?"
  // what the words mean. "What does Clearview AI plan to do?" asks about a plan, not what Clearview AI is.
  const phrase = ending > start ? tokens.slice(start + 2, ending) : [];
  if (word === 'what' && tokens[start + 1]?.lemma === 'do' && ending - start <= 6 && phrase.length > 0) {
    if (!phrase.some((t) => t.lower === 'to')) return typed('definition');
  }
  // The verb of causing is the question's frame, as "why" is: "What caused the crack?" asks why the beam cracked.
  const cause = word === 'what' ? causeVerbEnd(tokens, start, knowledge) : -1;
  if (cause > 0) return { ...typed('reason'), bodyStart: cause };
  // "What's the city paying?", "what are the drivers demanding?": "be" is the auxiliary of the verb that ends the
  // subject, and what is asked is that verb's object, not a kind of the subject.
  const subjectAt = word === 'what' && tokens[start + 1]?.lemma === 'be' ? start + 2 : -1;
  const progressive = subjectAt > 0 ? progressiveVerb(tokens, subjectAt) : null;
  if (progressive) return typed(PAID_VERBS.has(progressive.lemma) ? 'money' : 'other');
  // "What did the club pay for him?", "what has the outbreak cost the county?": what is paid is a sum.
  if (word === 'what' && tokens[start + 1]?.pos === 'AUX' && tokens[start + 1]?.lemma !== 'be') {
    const verb = tokens.slice(start + 2).find((t) => t.pos === 'VERB');
    if (verb && PAID_VERBS.has(verb.lemma)) return typed('money');
  }
  if (word === 'who' || word === 'whom' || word === 'whose') return typed('agent');
  if (word === 'when') return typed('date');
  if (word === 'where') return { ...typed('place'), frame: locationFrame(tokens, start) };
  if (word === 'why') return typed('reason');
  if (word === 'how') {
    const type = howType(tokens, start, knowledge);
    // "How much money …": the word after "much" only says that the answer is a sum.
    const said = type === 'money' && MONEY_WORDS.has(tokens[start + 2]?.lemma ?? '') ? start + 2 : -1;
    return typed(type, said);
  }
  if (WH.has(word)) {
    // "What year…", "which company…", "what was the reason…": the noun says what is wanted.
    const skipVerb = tokens[start + 1]?.lemma === 'be' ? start + 2 : start + 1;
    const noun = nounAfter(tokens, word === 'which' || word === 'what' ? start + 1 : skipVerb);
    const afterBe = nounAfter(tokens, skipVerb);
    // "What's the docket number …": a number that names something (a case, a bill, a flight) is an identifier.
    const code = [noun, afterBe].find((at) => at >= 0 && numbersAThing(tokens, at));
    if (code !== undefined) return typed('name', code);
    const nounType = noun >= 0 ? typeOfNoun(tokens[noun]!, knowledge) : null;
    if (nounType) return typed(nounType, noun);
    // "What was the bid chief executive's salary?": what the possessive owns is what is asked, not its owner.
    const owned = skipVerb !== start + 1 ? possessedHead(tokens.slice(skipVerb)) : undefined;
    const ownedType = owned ? typeOfNoun(owned, knowledge) : null;
    if (owned && ownedType && BE_TYPES.has(ownedType)) return typed(ownedType, tokens.indexOf(owned));
    if (afterBe >= 0 && tokens[afterBe]!.lemma === 'length' && tokens[afterBe + 1]?.lower === 'of') {
      return typed(lengthType(tokens.slice(afterBe + 2), knowledge), afterBe);
    }
    const beType = afterBe >= 0 && skipVerb !== start + 1 ? typeOfNoun(tokens[afterBe]!, knowledge) : null;
    if (beType && BE_TYPES.has(beType)) return typed(beType, afterBe);
    return typed('other');
  }
  if (AUXILIARY.has(first.lemma) && start === 0) return typed('yes-no');
  // "hey bot, so Amazon is out of the business now, right?": a statement put up for confirmation asks yes or no.
  const tag = confirmationTag(tokens);
  if (tag > 0) return { type: 'yes-no', start, typeNoun: -1, bodyStart: chatEnd(tokens), end: tag };
  // A query typed as keywords ("mossop bond amount"): its closing noun says what is wanted, or the noun it opens on
  // when what that is of or for follows ("final cost of the outage", "off peak price for a car").
  const last = tokens.length - 1;
  const opening = nounAfter(tokens, start);
  // "toll revenue first month": a unit of time after "first", "last" or "this" says when, not what is wanted.
  const when = TIME_UNITS.includes(tokens[last]?.lemma ?? '') && tokens[last - 1]?.pos === 'ADJ';
  const beforeWhen = when && tokens[last - 2]?.pos === 'NOUN' ? last - 2 : -1;
  // "bail amount driver": the closing word may name whose it is, after what is wanted.
  const beforeOwner = ['NOUN', 'PROPN'].includes(tokens[last]?.pos ?? '') && tokens[last - 1]?.pos === 'NOUN';
  const typeNoun = [
    last > 0 && tokens[last]!.pos === 'NOUN' && !when ? last : beforeWhen,
    tokens[opening + 1]?.pos === 'ADP' ? opening : -1,
    beforeOwner && last - 1 > start ? last - 1 : -1,
  ].find((at) => at >= 0 && BE_TYPES.has(typeOfNoun(tokens[at]!, knowledge) ?? 'other'));
  // Without a wh-word or an auxiliary to pass over, the question proper starts at its first word.
  const keywords = { ...typed('other'), bodyStart: start };
  // "name of the engineer who testified?" asks for the engineer, as "what's the name of …" does.
  const nameOf = nameOfAt(tokens, opening, start, knowledge);
  if (nameOf) return { ...nameOf, bodyStart: start };
  // "rekognition moratorium length": the length of what comes before it, a time or a measure.
  if (last > start && tokens[last]!.lemma === 'length') {
    return { ...keywords, type: lengthType(tokens.slice(start, last), knowledge), typeNoun: last };
  }
  return typeNoun === undefined ? keywords : { ...keywords, type: typeOfNoun(tokens[typeNoun]!, knowledge)!, typeNoun };
}
