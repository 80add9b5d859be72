import { termOf } from '../text/analyzer.ts';
import { isCalendarWord, monthSpellings } from '../text/calendar.ts';
import { type AnswerType, DIMENSION_NOUNS, NAMING_VALUE_NOUNS } from './answer-type.ts';
import { withoutOpposites } from './opposite-words.ts';
import { seatStandIns } from './seat-words.ts';
import { abbreviatedAs, clippedFrom } from './shortened-words.ts';
import { closedUp, splitCompound } from './compound-words.ts';
import { asLeading } from './leader-question.ts';
import { PARTICLE_POS, type NameCasing, type QuestionToken, WH } from './tag-question.ts';
import type { Expansion, WordKnowledge } from './word-knowledge.ts';
import { isAcronym, isSmallWordAcronym } from '../text/names.ts';
import { agentOf, redone, unprefixed } from './word-formation.ts';
import { asksTotal } from './totalizers.ts';
import { asksRevision } from './revision-words.ts';
import { anySenseStandIns } from './any-sense-stand-ins.ts';

/** What question analysis asks of the corpus's vocabulary. */
export interface CorpusWords extends NameCasing {
  /** The corpus writes this word in lower case inside a sentence somewhere (a common word there). */
  writesLowercase(word: string): boolean;
  /** Passages holding an index term. */
  frequency(term: string): number;
  /** The corpus word an unknown word is a misspelling of, or null. */
  correct(word: string): string | null;
  /** The corpus's words that begin with a prefix, lowercased. */
  completions(prefix: string): string[];
  /** Index terms of the corpus's words with this lemma ("bought" and "buys" for "buy"). */
  termsOfLemma(lemma: string): readonly string[];
  /** The corpus mentions a name with these terms in this order (alone or inside a longer name). */
  knowsName(terms: readonly string[]): boolean;
  /** The corpus names something by exactly these terms, not only inside a longer name. */
  namesExactly(terms: readonly string[]): boolean;
  /** Some sentence of the corpus holds these terms one after another ("heat wave"). */
  holdsPhrase(terms: readonly string[]): boolean;
  /** The corpus's names (as index terms) whose words' initials spell a lowercased acronym ("ag"). */
  namesWithInitials(acronym: string): string[][];
}

/** One searched term of a question, with what may stand in for it in the coverage. */
export interface QueryTerm {
  term: string;
  /** The question's word (lowercased, spelling corrected). */
  word: string;
  /** How much the term matters to the question (before rarity is counted). */
  weight: number;
  /** Corpus phrases that may stand in for the term, with their weights (the term itself weighs 1). */
  alternatives: Expansion[];
  /** Part of a name. */
  name: boolean;
  /** The coverage has the term or one of its alternatives. */
  known: boolean;
}

/** Where the question proper starts, what it asks for, and which of its tokens play special parts. */
export interface TermContext {
  type: AnswerType;
  start: number;
  /** How many tokens before the question proper give its topic ("tessaro recall:", "according to Reuters,"). */
  topic: number;
  /** Where the closing frame starts ("… mean?", "… stand for?"): those words pose the question, not its topic. */
  end: number;
  /** A closing word of the frame that may still help ("located" in "where is X located?"), or -1. */
  frame: number;
  head: number;
  typeNoun: number;
  /** A noun only narrowing the type noun ("week" in "what day of the week"): it says nothing of the topic. */
  typeTail: number;
  /** Words to leave out when the question is about the coverage itself ("which outlets reported …"). */
  meta: ReadonlySet<string> | null;
  /** The verb of "Who runs IBM?", asked about as the leader it names (see leadingVerbAt), or -1. */
  leading: number;
}

const POS_WEIGHTS: Readonly<Record<string, number>> = { NOUN: 1, PROPN: 1, NUM: 1, ADJ: 0.7, VERB: 0.6, ADV: 0.3 };
const NAME_WEIGHT = 1.5;
const HEAD_WEIGHT = 1.5;
const TYPE_NOUN_WEIGHT = 0.5;
const SCENE_WEIGHT = 0.5;
const AFTERTHOUGHT_WEIGHT = 0.3;
/** A word asking only for the latest figure ("revised", "latest") where the coverage writes it. */
const REVISION_WEIGHT = 0.3;
// Verbs that appear in nearly every sentence of news, and nouns too general to say what a question is about.
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'tell', 'make', 'get', 'go', 'happen', 'take', 'give', 'come']);
const GENERIC_NOUNS = new Set([
  'thing',
  'way',
  'kind',
  'type',
  'sort',
  'reason',
  'people',
  'person',
  'time',
  'part',
  'lot',
  'bit',
  'stuff',
  'detail',
  'information',
  'situation',
  'deal',
  'news',
  'story',
  'question',
  'answer',
  'guy',
  'q',
]);
const NAME_RELATIONS = new Set(['acronym', 'alias']);
const LOOSE_RELATIONS = new Set(['hypernym', 'hyponym']);
/** Stand-ins kept per word, strongest first: more add search cost and noise for little gain. */
const MAX_STAND_INS = 8;
const ACRONYM_WEIGHT = 0.9;
/** A stand-in at least this strong (a frequent sense, a close relation) lets a word the coverage lacks count. */
export const SURE_STAND_IN = 0.5;
// Parts of speech that carry a question's topic; the rest (auxiliaries, particles, pronouns, "hey") do not.
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM', 'X']);
// Words after these open a clause that sets the scene ("… when the company made the announcement").
const SCENE_SETTERS = new Set(['when', 'while', 'after', 'before', 'since', 'because', 'during', 'as', 'amid', 'once']);
/** … and "now that" ("who runs it now that the CEO quit"). */
const opensScene = (tokens: readonly QuestionToken[], index: number): boolean =>
  SCENE_SETTERS.has(tokens[index]!.lower) || (tokens[index]!.lower === 'now' && tokens[index + 1]?.lower === 'that');

// "Am I supposed to boil it?", "when is it expected to reopen": these say how sure or required the verb after is.
const SEMI_MODALS = new Set(['supposed', 'expected', 'likely', 'able']);

// Light verbs that still name what the asked one does when it is their subject: "which company makes the pill".
const DOER_VERBS = new Set(['make', 'take', 'give']);

/** "Who makes it?", "which company makes it?": the verb right after the asked subject is what it did. */
const doneByAsked = (token: QuestionToken, index: number, context: TermContext): boolean =>
  token.pos === 'VERB' &&
  DOER_VERBS.has(token.lemma) &&
  (index === context.start || (context.typeNoun >= 0 && index === context.typeNoun + 1));

function baseWeight(token: QuestionToken, index: number, context: TermContext): number {
  let weight = token.name ? NAME_WEIGHT : (POS_WEIGHTS[token.pos] ?? 0.5);
  if ((LIGHT_VERBS.has(token.lemma) && !doneByAsked(token, index, context)) || index === context.frame) weight = 0.2;
  else if (GENERIC_NOUNS.has(token.lemma)) weight = 0.3;
  else if (index === context.head) weight *= HEAD_WEIGHT;
  // A noun naming only the kind of value ("age", "year") is not written beside the value ("Stroud, 47").
  if (index === context.typeNoun) weight *= DIMENSION_NOUNS.has(token.lemma) ? 0 : TYPE_NOUN_WEIGHT;
  if (index === context.typeTail) weight = 0;
  if (token.afterFirstSentence) weight *= AFTERTHOUGHT_WEIGHT;
  return weight;
}

function alternativesOf(
  token: QuestionToken,
  term: string,
  words: CorpusWords,
  knowledge: WordKnowledge,
  before: QuestionToken | undefined,
): Expansion[] {
  const same = words
    .termsOfLemma(token.lemma)
    .filter((t) => t !== term)
    .map((t): Expansion => ({ terms: [t], weight: 1, relation: 'inflection' }));
  // A name stands for its acronym or the corpus's own aliases, never for a common word it happens to spell ("Amazon").
  const expansions = knowledge.expand(token.lemma, token.name ? 'n' : token.cls);
  const kept = token.name
    ? expansions.filter((e) => NAME_RELATIONS.has(e.relation))
    : // A verb's broader and narrower verbs ("move": go, rise, fall, push…) are too many and too loose to help.
      token.cls === 'v'
      ? expansions.filter((e) => !LOOSE_RELATIONS.has(e.relation))
      : expansions;
  const found = [
    ...same,
    ...kept.slice(0, MAX_STAND_INS),
    ...initialsOf(token, words, knowledge),
    ...clippedFrom(token, term, words, knowledge, before),
    ...splitCompound(token, term, words),
    ...abbreviatedAs(token, term, words, knowledge),
    ...unprefixed(token, term, words, knowledge).slice(0, MAX_STAND_INS),
    ...agentOf(token, words, knowledge),
    ...otherMonthSpellings(token, term, words),
  ];
  if (token.name || words.frequency(term) > 0 || found.some((e) => e.weight >= SURE_STAND_IN)) return found;
  return [...found, ...anySenseStandIns(token, words, knowledge)];
}

/**
 * "August" asked of a coverage that writes "Aug 7": a month's other spellings the corpus holds. Not "may", "march"
 * nor "sept" read as verbs or words of their own.
 */
function otherMonthSpellings(token: QuestionToken, term: string, words: CorpusWords): Expansion[] {
  if (token.cls === 'v' || token.lower === 'may') return [];
  return monthSpellings(token.lower)
    .map(termOf)
    .filter((t): t is string => !!t && t !== term && words.frequency(t) > 0)
    .map((t) => ({ terms: [t], weight: 1, relation: 'inflection' }));
}

// How long an acronym typed in lower case may be ("wsj", "ntsb"): longer, a word the dictionary lacks is a typo or a
// name more often than initials.
const LOWERCASE_ACRONYM = /^\p{Ll}{2,5}$/u;

/** At most this much English use ("sb", antimony's symbol: 2), a short word typed in lower case may be initials. */
const INITIALS_USAGE = 2;

/**
 * An acronym the corpus never writes ("AG", "FTC") may stand for a name whose initials it is; so may one typed in
 * lower case ("per the wsj", "sb 214" for Senate Bill 214) that English hardly uses as a word.
 */
function initialsOf(token: QuestionToken, words: CorpusWords, knowledge: WordKnowledge): Expansion[] {
  // Initials joined by "&" ("C&W") are initials all the same.
  const [raw, lower] = [token.raw.replace('&', ''), token.lower.replace('&', '')];
  const typedLower = LOWERCASE_ACRONYM.test(raw) && knowledge.usage(lower) <= INITIALS_USAGE;
  // "DfT" writes its small word's letter in lower case: its capitals are the initials of the name's terms, which
  // leave the small word out ("department transport" for Department for Transport).
  const capitals = isSmallWordAcronym(raw) ? raw.replace(/\p{Ll}/gu, '').toLowerCase() : null;
  if (!(isAcronym(raw) || typedLower || capitals) || words.frequency(lower) > 0) return [];
  const initials = capitals ?? lower;
  return words.namesWithInitials(initials).map((terms) => ({ terms, weight: ACRONYM_WEIGHT, relation: 'acronym' }));
}

/** The weighted, expanded terms of a question; words the coverage lacks are expanded or set aside. */
export function weighTerms(
  tokens: readonly QuestionToken[],
  context: TermContext,
  words: CorpusWords,
  knowledge: WordKnowledge,
): { terms: QueryTerm[]; setAside: string[]; setAsideWeight: number } {
  const terms: QueryTerm[] = [];
  const setAside: string[] = [];
  let setAsideWeight = 0;
  let scene = false;
  const phraseAlternatives = phraseStandIns(tokens, knowledge);
  for (const [k, expansions] of closedUp(tokens, words)) {
    phraseAlternatives.set(k, [...(phraseAlternatives.get(k) ?? []), ...expansions]);
  }
  tokens.forEach((token, index) => {
    if ((index >= context.topic && index < context.start) || index >= context.end) return;
    if (index > context.start + 1 && opensScene(tokens, index)) scene = true;
    if (context.meta?.has(token.lower) || !CONTENT_POS.has(token.pos) || WH.has(token.lower)) return;
    if (SEMI_MODALS.has(token.lower) && tokens[index + 1]?.lower === 'to') return;
    if (asksTotal(tokens, index)) return;
    const word = token.lower;
    const term = termOf(word);
    if (!term) return;
    if (asksRevision(tokens, index)) {
      // Kept as written only where the coverage writes it too ("the budget has been revised to …").
      if (words.frequency(term) > 0)
        terms.push({ term, word, weight: REVISION_WEIGHT, alternatives: [], name: false, known: true });
      return;
    }
    const found = [
      ...alternativesOf(token, term, words, knowledge, tokens[index - 1]),
      ...(phraseAlternatives.get(index) ?? []),
    ];
    const alternatives = [...withoutOpposites(found, context.type), ...seatStandIns(term, context.type, words)];
    if (index === context.leading) {
      const own = { term, word, weight: baseWeight(token, index, context), alternatives, name: false, known: true };
      terms.push(asLeading(own, knowledge, words));
      return;
    }
    // A stand-in from a rare sense only ("bread" for money) does not make an absent word the coverage's own.
    const known = words.frequency(term) > 0 || alternatives.some((a) => a.weight >= SURE_STAND_IN);
    let weight = baseWeight(token, index, context) * (scene ? SCENE_WEIGHT : 1);
    // A word the coverage never uses cannot decide anything: it is left out, and said to be (names are kept:
    // a name the coverage lacks means it cannot answer).
    if (!known && !token.name) {
      // The type noun need not be written ("which company"), unless it is also what is asked ("Amazon's price").
      // Nor when it closes a compound whose other noun, known to the coverage, is the topic ("bond amount").
      const before = tokens[index - 1];
      const modifier = before?.pos === 'NOUN' ? terms.find((t) => t.word === before.lower) : undefined;
      // "What profit did Larkspur make" asks for a profit, however its question is read: the coverage must name one.
      const typeOnly =
        index === context.typeNoun &&
        (index !== context.head || modifier?.known === true || DIMENSION_NOUNS.has(token.lemma)) &&
        !NAMING_VALUE_NOUNS.has(token.lemma);
      // "A couple of days before": a word of a span of time only says how long; the answer may put it otherwise. A
      // day the coverage never names ("closed on friday") is still a detail it lacks.
      const vagueTime = token.inTime && !isCalendarWord(word);
      // "The volcanologist Marrano": a word before a name only says who the name is; the name is what is asked of.
      if (/^\p{L}{3,}$/u.test(word) && !typeOnly && !vagueTime && !token.title && weight >= 0.5) {
        setAside.push(token.raw);
        setAsideWeight += weight;
      }
      weight = 0;
    }
    const existing = terms.find((t) => t.term === term);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else terms.push({ term, word, weight, alternatives, name: token.name, known });
  });
  setAsideWeight += setAsideCompound(tokens, context.head, terms, setAside, words);
  return { terms, setAside, setAsideWeight };
}

/**
 * "Who won the super bowl?": a thing the coverage never names is not named by a word before it that the coverage
 * has only through a loose stand-in ("super" for "large"). A compound whose head is set aside is set aside whole;
 * the weight newly set aside is returned.
 */
function setAsideCompound(
  tokens: readonly QuestionToken[],
  head: number,
  terms: QueryTerm[],
  setAside: string[],
  words: CorpusWords,
): number {
  if (head < 0 || !setAside.includes(tokens[head]!.raw)) return 0;
  let weight = 0;
  for (let i = head - 1; i >= 0 && COMPOUND_POS.has(tokens[i]!.pos) && !tokens[i]!.name; i--) {
    const entry = terms.find((t) => t.word === tokens[i]!.lower);
    const close = entry?.alternatives.some((a) => a.weight >= CLOSE_STAND_IN);
    if (!entry || entry.weight === 0 || words.frequency(entry.term) > 0 || close) break;
    setAside.splice(setAside.indexOf(tokens[i + 1]!.raw), 0, tokens[i]!.raw);
    weight += entry.weight;
    entry.weight = 0;
  }
  return weight;
}

/** A stand-in as close as a similar or member word: the modifier is the corpus's own, whatever its head. */
const CLOSE_STAND_IN = 0.6;

/** What may follow a phrasal verb's particle: a noun phrase after it makes the particle a preposition. */
const PHRASE_OPENING_POS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/**
 * Whether the token at `i` is a verb before its particle: tagged one, or a noun the tagger took it for after its
 * subject's noun, its particle opening no noun phrase ("did part of the roof cave in", "why wouldn't the minister
 * step in and stop the sale"; not "the pause in" nor "a confidence vote in the chancellor").
 */
function verbLike(tokens: readonly QuestionToken[], i: number): boolean {
  const token = tokens[i]!;
  if (token.pos === 'VERB') return true;
  const after = tokens[i + 2];
  return token.pos === 'NOUN' && tokens[i - 1]?.pos === 'NOUN' && !PHRASE_OPENING_POS.has(after?.pos ?? '');
}

/** Parts of speech of the words a compound's head takes before it ("super bowl", "cyber policy"). */
const COMPOUND_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN']);

/** "chief executive" may stand for "CEO": a phrase's stand-ins count for each of its words, by token index. */
function phraseStandIns(tokens: readonly QuestionToken[], knowledge: WordKnowledge): Map<number, Expansion[]> {
  const out = new Map<number, Expansion[]>();
  for (let n = 3; n >= 2; n--) {
    for (let i = 0; i + n <= tokens.length; i++) {
      const phrase = tokens.slice(i, i + n);
      // A verb and its particle are one word in the dictionary: "laid off" (dismiss), "wiped out" (destroy).
      const phrasal = n === 2 && PARTICLE_POS.has(phrase[1]!.pos) && verbLike(tokens, i);
      // An article may stand inside an idiom the dictionary lists whole: "pull the plug" (stop), "take the stand".
      const idiomArticle = (t: QuestionToken, k: number): boolean => n === 3 && k === 1 && t.pos === 'DET';
      if (!phrasal && phrase.some((t, k) => t.cls === null && !idiomArticle(t, k))) continue;
      const expansions = knowledge.expandPhrase(phrase.map((t) => t.lemma));
      for (let k = i; k < i + n && expansions.length > 0; k++) out.set(k, [...(out.get(k) ?? []), ...expansions]);
    }
  }
  tokens.forEach((token, i) => {
    const again = redone(token, tokens[i + 1], knowledge);
    if (again) out.set(i, [...(out.get(i) ?? []), again]);
  });
  return out;
}
