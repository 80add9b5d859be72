import { plainWording } from './idioms.ts';
import { termOf } from '../text/analyzer.ts';
import { answerTypeOf, isChatOnly, NAMING_VALUE_NOUNS, type AnswerType } from './answer-type.ts';
import { askedMeasure } from './asked-dimension.ts';
import { groupAsked } from './group-asked.ts';
import { spelledOut } from './chat-words.ts';
import { withoutChatFrame } from './chat-frame.ts';
import { META_WORDS, metaQuestionOf, type MetaQuestion } from './meta-question.ts';
import { asksPassive, questionFocus, typeTailOf } from './question-focus.ts';
import { lowercaseNames, markNames, markQualifiers, namesOf, type QuestionName } from './question-names.ts';
import { restoreApostrophes } from './bare-possessive.ts';
import { weighTerms, type CorpusWords, type QueryTerm } from './query-terms.ts';
import { leaderNounAt, leadingVerbAt } from './leader-question.ts';
import { tagQuestion, type QuestionToken, WH } from './tag-question.ts';
import { type Dimension, EVERYDAY_USAGE, type WordKnowledge } from './word-knowledge.ts';
import { agentVerbOf } from './word-formation.ts';
import { countedOrdinals, type CountedOrdinal } from '../text/ordinals.ts';
import { numberedThings, type NumberedThing } from '../text/numbered-things.ts';
import { escapeRegExp, regex } from '../text/regex.ts';
import { decadesIn, monthNumber, YEAR_PATTERN } from '../text/calendar.ts';
import { speakerWords, subjectOf } from './question-subject.ts';
import { correctWhWord } from './wh-typos.ts';
import { doneVerbs } from './done-verbs.ts';
import { postAsked } from './post-asked.ts';
import { currenciesNamed } from '../text/currencies.ts';

/** Kinds of attribute whose owner an answer must match. */
export type AttributeKind = 'role' | 'measure' | 'other';

const MEASURE_CATEGORIES = new Set(['noun.attribute', 'noun.quantity', 'noun.possession', 'noun.time']);

/** Word classes of living things (and "person" itself, in noun.Tops), whose age is told in years of age. */
const LIVING = new Set(['noun.person', 'noun.animal', 'noun.plant', 'noun.Tops']);
const PERSONAL_RELATIVE = new Set(['who', 'whom', 'whose']);

/**
 * Whether an age is asked of a thing: the head noun is one WordNet knows, and no noun of the question names a
 * living thing ("the transit authority's general manager" asks a person's age), nor does a "who" ("the
 * councilmember who sponsored the ban").
 */
function agesThing(
  tokens: readonly QuestionToken[],
  head: QuestionToken | undefined,
  knowledge: WordKnowledge,
): boolean {
  const category = head ? knowledge.category(head.lemma, 'n') : null;
  if (category === null || LIVING.has(category)) return false;
  const living = (t: QuestionToken): boolean => t.pos === 'NOUN' && LIVING.has(knowledge.category(t.lemma, 'n') ?? '');
  return !tokens.some((t) => living(t) || PERSONAL_RELATIVE.has(t.lower));
}

function attributeKindOf(
  lemma: string | null,
  type: AnswerType,
  typedByNoun: boolean,
  knowledge: WordKnowledge,
): AttributeKind | null {
  if (lemma === null) return null;
  const category = knowledge.category(lemma, 'n');
  if (category === 'noun.person') return type === 'count' ? 'measure' : 'role';
  // "Who is Harbury's chief exec?": whatever else the word names, asked for a person it is a role. In "which judge
  // is handling the lawsuit", the judge is the person asked for, and the lawsuit no role.
  if (type === 'person' && !typedByNoun) return 'role';
  if (MEASURE_CATEGORIES.has(category ?? '') || type === 'count' || type === 'age') return 'measure';
  return 'other';
}

/**
 * "Who did the suspects work for?": after "who" and "do", the role is the subject of the question's verb, and the one
 * asked for is someone else (their employer), not the role's holder.
 */
function asksOther(tokens: readonly QuestionToken[], start: number, type: AnswerType): boolean {
  const auxiliary = tokens[start + 1];
  return (type === 'agent' || type === 'person') && auxiliary?.pos === 'AUX' && auxiliary.lemma === 'do';
}

/** A question reduced to what retrieval, ranking and composition need. */
export interface AnalyzedQuestion {
  /** The question as answered. */
  text: string;
  type: AnswerType;
  meta: MetaQuestion | null;
  /** Weighted search terms with the corpus phrases that may stand in for each. */
  terms: QueryTerm[];
  names: QuestionName[];
  /** The attribute asked about as written ("chief executive"), its index terms, and the name owning it. */
  attribute: string | null;
  attributeTerms: string[];
  /**
   * What kind of attribute it is: a role held by a person ("chief executive", "mayor"), a measure ("age",
   * "price", or what a count counts), or anything else ("deal", "ban"), for which whose it is matters less.
   */
  attributeKind: AttributeKind | null;
  owner: QuestionName | null;
  /** The head noun as written ("moratorium" in "How long is Amazon's moratorium?"), or null. */
  head: string | null;
  /** The question asks for several things ("which companies …"). */
  plural: boolean;
  /**
   * What a definition question asks about ("the Domain Awareness System"), a statement question's speaker, or the
   * name a yes/no question is about.
   */
  subject: string | null;
  /** Index terms of a speaker the statement question names by common words ("the army corps"), else empty. */
  speakerTerms: string[];
  /** Words the coverage never uses that were left out of the search ("slam"), for the answer to say so. */
  setAside: string[];
  /** How much of the question's topic was set aside, against how much the coverage knows (names apart). */
  setAsideWeight: number;
  knownWeight: number;
  /** Misspellings fixed before searching ("rekognitoin" → "rekognition"). */
  corrections: Array<[string, string]>;
  /** Figures and dates the question itself gives, which an answer should not merely repeat. */
  given: string[];
  /** Index terms of the question's own verbs ("founded", "join"), with their stand-ins: the event it asks about. */
  eventTerms: string[];
  /** "Who runs the authority?": a leader asked for, a person, not the body that leads. */
  asksLeader: boolean;
  /** The asked entity undergoes the event ("When was Drummond founded?") rather than doing it. */
  eventPassive: boolean;
  /** "What year …": only a year answers it, not a weekday. */
  asksYear: boolean;
  /** An age asked of a thing ("how old is the water main"): the year it was made tells it, not a person's age. */
  agedThing: boolean;
  /** The dimension an amount is asked in ("how deep": a length), which figures in other units do not answer. */
  dimension: Dimension | null;
  /** The word asking it ("deep", "depth"): "1.2 kilometres long" gives another attribute of the same dimension. */
  measuredBy: string | null;
  /** The currency a sum is asked in ("in Swiss francs"): its codes and the question's index terms for it. */
  currency: AskedCurrency | null;
  /** What a "docket number" or "bill number" question asks the number of (its index term), else null. */
  numbered: string | null;
  /** The noun saying what a value asked is of ("what profit", "how big a fine"), as typed, else null. */
  valueNoun: string | null;
  /** The kind of group asked that someone is in ("what party is Governor Terhune": "party"), else null. */
  group: string | null;
  /** Ordinals and what they count ("the second week"): a sentence about another week does not answer. */
  ordinals: CountedOrdinal[];
  /** Things named by number ("silo 2"): an article numbering them only otherwise ("Silo 3") does not answer. */
  numberedThings: NumberedThing[];
  /** Years the question names ("the 1998 strike"): a sentence from another year's story is about something else. */
  years: string[];
  /** Months the question names (1 to 12: "in february"): another month's figure does not answer it. */
  months: number[];
  /** Decades the question names, by their first three figures ("the 2000s": "200"): another decade's is no answer. */
  decades: string[];
  /**
   * Whether the question asks for the first report (-1: "originally"), the latest (1: "so far", "now") or either (0).
   */
  timing: -1 | 0 | 1;
  /** Whether the question asks when something is still to happen ("when will …", "when is X expected to …"). */
  future: boolean;
  /** Index terms of the question's verbs when it asks of something done ("when did … reopen"), else empty. */
  doneVerbs: string[];
  /** Index terms of the post someone is asked to have become ("when did Ferrat become health minister"), or null. */
  post: string[] | null;
}

/** The weighed term of the attribute's head ("executive" of "chief executive"): what a sentence must name. */
export function attributeHead(question: AnalyzedQuestion): QueryTerm | undefined {
  return question.terms.findLast((t) => question.attributeTerms.includes(t.term) && t.weight > 0);
}

const YEAR = new RegExp(String.raw`\b${YEAR_PATTERN}\b`, 'gu');
// Words that ask for the earliest or the latest state of something that changed over the coverage.
const EARLIEST = /\b(?:originally|initially|at first|first (?:said|reported|announced)|original|earliest)\b/i;
const LATEST = regex(
  [
    String.raw`\b(?:now|currently|latest|final|finally|so far|end(?:s|ed)? up|in the end|most recent|by the end|in all`,
    String.raw`|total|still|yet|at this (?:point|stage)|to date|as (?:it|things) stands?|any ?more`,
    String.raw`|updated|revised|newest`,
    // A figure over a whole span is its last count: "over the whole freeze", "overall".
    String.raw`|(?:the|its) whole|overall)\b`,
  ],
  'iu',
);
// Words that ask about what is still to come.
const FUTURE = /\b(?:will|won't|going to|gonna|(?:expected|supposed|scheduled|set|due) to|next|upcoming)\b/i;

const VAGUE_VERB_SENSES = 20;

/** The currency a sum is asked in: ISO codes, and the question's index terms that name it. */
export interface AskedCurrency {
  codes: string[];
  terms: string[];
}

/** "How much … in Swiss francs?", "what did it cost in euros": the currency the sum is asked in, or null. */
function askedCurrency(tokens: readonly QuestionToken[], type: AnswerType): AskedCurrency | null {
  if (type !== 'money' && type !== 'amount') return null;
  for (let i = 1; i < tokens.length; i++) {
    const [before, word] = [tokens[i - 1]!, tokens[i]!];
    const adjective = before.lower === 'in' ? null : before;
    if ((adjective ? tokens[i - 2] : before)?.lower !== 'in') continue;
    const codes = currenciesNamed(adjective ? `${adjective.lower} ${word.lower}` : word.lower);
    if (codes.size === 0) continue;
    const words = adjective ? [adjective, word] : [word];
    return { codes: [...codes], terms: words.map((t) => termOf(t.lower)).filter((t): t is string => t !== null) };
  }
  return null;
}

/** The terms of the question's content verbs and of what stands in for them ("founded": found, established). */
function eventTermsOf(
  tokens: readonly QuestionToken[],
  from: number,
  terms: readonly QueryTerm[],
  knowledge: WordKnowledge,
): string[] {
  const out = new Set<string>();
  for (const token of tokens.slice(from)) {
    // A verb of very many senses ("work with", "hold", "keep") names no particular event to look for; nor does a
    // word of a name a tagger read as a verb ("Kessler Springs").
    if (token.pos !== 'VERB' || token.name || knowledge.senseCount(token.lemma, 'v') >= VAGUE_VERB_SENSES) continue;
    const entry = terms.find((t) => t.word === token.lower && t.weight >= 0.5);
    if (!entry) continue;
    out.add(entry.term);
    for (const alternative of entry.alternatives) if (alternative.terms.length === 1) out.add(alternative.terms[0]!);
  }
  return [...out];
}

/** How much English must use a word (see WordKnowledge.usage) for it not to be read as a corpus word mistyped. */
const RARE_USAGE = 3;

// Misspellings are looked for among content words only: "whose" is not a typo of "whole".
const SPELLED_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'X']);

/** Whether the corpus writes an agent noun in "-or" that a question writes in "-er" ("contracter", "contractor"). */
function inOtherAgentForm(word: string, words: CorpusWords): boolean {
  const other = word.replace(/er(s?)$/u, 'or$1');
  const term = other !== word ? termOf(other) : null;
  return term !== null && words.frequency(term) > 0;
}

/**
 * Fixes misspelled words in place ("Mircosoft" → "Microsoft", "percantage" → "percentage"), before anything
 * else.
 */
function correctSpelling(
  tokens: QuestionToken[],
  words: CorpusWords,
  knowledge: WordKnowledge,
): Array<[string, string]> {
  const corrections: Array<[string, string]> = [];
  for (const token of tokens) {
    const term = termOf(token.lower);
    if (!term || !/^\p{L}/u.test(token.lower) || !SPELLED_POS.has(token.pos) || WH.has(token.lower)) continue;
    if (words.frequency(term) > 0) continue;
    // An inflection of a corpus word ("employees") is no typo; the tagger's lemma of a word English lacks ("winer" →
    // "win") is only its guess.
    if (words.termsOfLemma(token.lemma).length > 0 && knowledge.isWord(token.lower)) continue;
    // A real English word the coverage lacks ("cover") is a word to expand or set aside, not a typo of a corpus word;
    // one English hardly uses ("driers", "farer") is likelier a corpus word mistyped ("drivers", "farmer").
    const english = !token.capitalized && (knowledge.isWord(token.lower) || knowledge.isWord(token.lemma));
    const rare = Math.max(knowledge.usage(token.lower), knowledge.usage(token.lemma)) < RARE_USAGE;
    if (english && !rare) continue;
    if (!token.capitalized && agentVerbOf(token.lower, knowledge) && !inOtherAgentForm(token.lower, words)) continue;
    // The corpus's own words first (names, terms of the story), then English at large ("percantage").
    const fixed = words.correct(token.lower) ?? (token.capitalized || english ? null : knowledge.correct(token.lower));
    if (!fixed) continue;
    corrections.push([token.lower, fixed]);
    token.raw =
      /^\p{Lu}/u.test(token.raw) || words.isName(fixed) ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed;
    token.capitalized ||= words.isName(fixed);
    token.lower = fixed;
    token.lemma = fixed;
  }
  return corrections;
}

// Questions asking for a value (a date, a figure), and how much asking for one counts beside the question's words.
const VALUE_TYPES: ReadonlySet<AnswerType> = new Set(['date', 'time', 'duration', 'age', 'count', 'money', 'percent']);
const TYPE_WEIGHT = 0.5;

/** Capital letters beyond this share of a question's letters are shouting, not names. */
const SHOUTED_SHARE = 0.8;

function shouted(question: string): boolean {
  const letters = question.match(/\p{L}/gu) ?? [];
  const capitals = letters.filter((c) => /\p{Lu}/u.test(c)).length;
  return question.trim().split(/\s+/u).length >= 3 && capitals >= SHOUTED_SHARE * letters.length;
}

/** Reads a question: its answer type, names, focus and weighted, expanded search terms. */
export function analyzeQuestion(asTyped: string, words: CorpusWords, knowledge: WordKnowledge): AnalyzedQuestion {
  // "HOW LONG IS THE BAN" in capitals is not a run of names: read it as typed in lower case, spelling fixes too.
  const typed = shouted(asTyped) ? asTyped.toLowerCase() : asTyped;
  const first = readQuestion(typed, words, knowledge);
  // Idioms and questions about the coverage are told by their words ("who speaks for", "which outlets"): a typo in
  // one hides them until it is fixed, so a question with fixes is read again as fixed.
  const fixed = first.corrections.reduce(
    (text, [from, to]) => text.replace(new RegExp(`(?<![\\p{L}'’])${escapeRegExp(from)}(?![\\p{L}])`, 'iu'), to),
    typed,
  );
  if (fixed === typed) return { ...first, text: asTyped };
  const again = readQuestion(fixed, words, knowledge);
  return { ...again, text: asTyped, corrections: [...first.corrections, ...again.corrections] };
}

/** Parts of speech of the words that say what a question is about ("Who runs IBM?", "how long was the crack?"). */
const TOPIC_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** Whether a question's first sentence says what it asks about: a name, or two words of its topic. */
function standsAlone(sentence: readonly QuestionToken[]): boolean {
  const topic = sentence.filter((t) => TOPIC_POS.has(t.pos) && !WH.has(t.lower));
  return sentence.some((t) => t.name) || topic.length >= 2;
}

function readQuestion(typed: string, words: CorpusWords, knowledge: WordKnowledge): AnalyzedQuestion {
  const isCommon = (word: string): boolean =>
    knowledge.category(word, 'n') !== null || knowledge.category(word, 'v') !== null;
  // "whos berg-ostins coach": chat drops a possessive's apostrophe; it is written back before tagging.
  const question = plainWording(restoreApostrophes(spelledOut(withoutChatFrame(typed)), words, isCommon));
  const lower = question.toLowerCase().replace(/’/gu, "'").trim();
  const meta = metaQuestionOf(lower);
  // A person noun that is no famous person's name ("ceo", not "george" or "lee"), nor a plural ("pilots" is a word
  // of the Aldwyn Pilots Association).
  const isRole = (word: string): boolean =>
    knowledge.category(word, 'n') === 'noun.person' &&
    !knowledge.isPlural(word) &&
    knowledge.instanceKind(word.charAt(0).toUpperCase() + word.slice(1)) === null;
  const isEveryday = (word: string): boolean => knowledge.usage(word) >= EVERYDAY_USAGE;
  const isVerb = (word: string): boolean => knowledge.senseCount(word, 'v') > 0;
  const english = { isCommon, isRole, isEveryday, isVerb, isWord: (word: string) => knowledge.isWord(word) };
  const tagged = tagQuestion(question, words, english);
  const { tokens } = tagged;
  const whFix = correctWhWord(tokens, knowledge);
  const corrections = [...(whFix ? [whFix] : []), ...correctSpelling(tokens, words, knowledge)];
  markNames(tokens, words, knowledge);
  // What the asker adds after a question that says on its own what it asks about ("Who runs IBM? I'm writing a piece
  // for the Gazette.") is context: neither searched nor a name the coverage must know. After "Why?" it is the topic.
  const added = tokens.findIndex((t) => t.afterFirstSentence);
  if (added > 0 && standsAlone(tokens.slice(0, added))) tokens.splice(added);
  const { type, start, typeNoun, bodyStart, end, frame = -1 } = answerTypeOf(tokens, knowledge);

  const typeTail = typeTailOf(tokens, typeNoun, (lemma) => knowledge.category(lemma, 'n'));
  const focus = questionFocus(
    tokens,
    bodyStart,
    { noun: typeNoun, tail: typeTail },
    (lemma) => knowledge.category(lemma, 'n') === 'noun.person',
    (phrase) => knowledge.category(phrase, 'n') !== null,
  );
  const names = namesOf(tokens, words);
  markQualifiers(tokens, names);
  const ownerToken = focus.owner >= 0 ? tokens[focus.owner]! : null;
  // "How old is Mayor Farraday?": an age asked of a name alone belongs to that name.
  const owner = ownerToken
    ? (names.find((n) => n.text.split(/\s+/u).includes(ownerToken.raw)) ?? null)
    : type === 'age' && focus.head < 0 && names.length === 1
      ? names[0]!
      : null;
  const attributeWords = focus.attribute.map((i) => tokens[i]!);
  const leadingVerb = leadingVerbAt(tokens, start, knowledge);
  const leading = leadingVerb >= 0 ? leadingVerb : leaderNounAt(tokens, focus.head, knowledge);
  // "Tessaro recall: how many cars?", "according to Reuters, what did Microsoft decide?": the words typed before the
  // wh-word are searched too, unless they are only chat.
  const preface = tokens.slice(0, start);
  const context = {
    type,
    start: bodyStart,
    topic: isChatOnly(preface) ? 0 : start,
    end,
    frame,
    head: focus.head,
    typeNoun,
    typeTail,
    meta: meta ? META_WORDS : null,
    leading,
  };
  const weighed = weighTerms(tokens, context, words, knowledge);
  const { terms } = weighed;
  // A name the coverage writes otherwise ("NYPD" for "New York Police Department", "Michigan AG") is known through
  // the stand-in of its unknown word, when its other words are the corpus's.
  for (const name of names) {
    if (name.known) continue;
    const entries = name.terms.map((term) => terms.find((t) => t.term === term));
    // A stand-in made of the name's own other words ("green" for "party" in "Green Party") stands for nothing new.
    const standsIn = (t: QueryTerm): boolean =>
      t.alternatives.some((a) => a.terms.some((x) => !name.terms.includes(x)));
    const standIn = entries.some((t) => t !== undefined && words.frequency(t.term) === 0 && standsIn(t));
    name.known = standIn && entries.every((t) => t?.known === true);
  }
  names.push(...lowercaseNames(tokens, weighed.setAside, knowledge, type === 'yes-no' ? start + 1 : -1));
  // After its first mention news names a body by its initials ("the GSA's chief executive"), and a place or a body
  // by what it is ("the street" for Corliss Avenue).
  for (const name of names) {
    if (name.terms.length < 2) continue;
    const phrase = knowledge.expandPhrase(name.text.toLowerCase().split(/\s+/u));
    const initials = phrase.find((e) => e.relation === 'acronym' && e.terms.length === 1)?.terms[0];
    if (initials) name.initials = initials;
    const head = name.text.split(/\s+/u).at(-1)!.toLowerCase();
    const kinds = knowledge.expand(head, 'n').filter((e) => e.relation === 'hypernym' && e.terms.length === 1);
    name.referredAs = [name.terms.at(-1)!, ...kinds.map((e) => e.terms[0]!)];
  }
  const given = tagged.entities.filter((e) => e.type !== 'ORDINAL').map((e) => e.value.toLowerCase());
  const typeToken = typeNoun >= 0 ? tokens[typeNoun] : undefined;
  const headToken = focus.head >= 0 ? tokens[focus.head] : undefined;
  const measure = type === 'amount' ? askedMeasure(tokens, typeToken ?? headToken, knowledge) : null;
  const future = FUTURE.test(question);
  return {
    text: typed,
    type,
    meta,
    terms,
    names,
    attribute: attributeWords.length ? attributeWords.map((t) => t.raw).join(' ') : null,
    // "The head of Crestline" is asked about as its leader, a role held by a person.
    attributeTerms: attributeWords
      .map((t, k) => (focus.attribute[k] === leading ? termOf('leader') : termOf(t.lower)))
      .filter((t): t is string => t !== null),
    attributeKind: asksOther(tokens, start, type)
      ? 'other'
      : leading >= 0 && leading === focus.head && type !== 'count'
        ? 'role'
        : attributeKindOf(focus.lemma, type, typeNoun >= 0 && tokens[typeNoun] !== headToken, knowledge),
    owner,
    head: headToken?.raw ?? null,
    plural: [typeToken, headToken].some((t) => t !== undefined && t.lemma !== t.lower && t.pos === 'NOUN'),
    subject: subjectOf(tokens, { start, bodyStart, end }, type, names),
    speakerTerms: type === 'statement' ? speakerWords(tokens, start) : [],
    setAside: weighed.setAside,
    setAsideWeight: weighed.setAsideWeight,
    // The kind of value a typed question asks for narrows it as a word does ("what share …" wants a percentage).
    knownWeight:
      terms.filter((t) => t.known && t.weight >= 0.5).reduce((sum, t) => sum + t.weight, 0) +
      (VALUE_TYPES.has(type) ? TYPE_WEIGHT : 0),
    corrections,
    given,
    timing: EARLIEST.test(question) ? -1 : LATEST.test(question) ? 1 : 0,
    future,
    doneVerbs: doneVerbs(tokens, bodyStart, future),
    post: type === 'date' ? postAsked(tokens, knowledge) : null,
    asksYear: typeToken?.lemma === 'year',
    agedThing: type === 'age' && !owner && agesThing(tokens, headToken, knowledge),
    dimension: measure?.dimension ?? null,
    measuredBy: measure?.word ?? null,
    // "How heavy is it in pounds" asks a weight: a sum is asked in a currency only when no dimension is.
    currency: measure ? null : askedCurrency(tokens, type),
    numbered: type === 'name' && typeToken?.lemma === 'number' ? termOf(tokens[typeNoun - 1]?.lower ?? '') : null,
    group: groupAsked(tokens, typeToken, type, knowledge),
    valueNoun: typeToken && NAMING_VALUE_NOUNS.has(typeToken.lemma) ? typeToken.raw : null,
    eventTerms: eventTermsOf(tokens, bodyStart, terms, knowledge),
    eventPassive: asksPassive(tokens, bodyStart),
    asksLeader: leading >= 0 && (type === 'agent' || type === 'person'),
    ordinals: countedOrdinals(question),
    numberedThings: numberedThings(tokens),
    years: given.flatMap((g) => g.match(YEAR) ?? []),
    months: monthsAsked(tokens),
    decades: decadesIn(question),
  };
}

/** Months a question names ("in february", "January's average"); a modal "may" or a verb "march" names none. */
function monthsAsked(tokens: readonly QuestionToken[]): number[] {
  return tokens.flatMap((token, i) => {
    const month = monthNumber(token.lower);
    // A month is written as a name; one inside a longer name ("the March for Science") is that name's word.
    if (month === null || (token.name && (tokens[i - 1]?.name || tokens[i + 1]?.name))) return [];
    const dated = tokens[i - 1]?.pos === 'ADP' || tokens[i + 1]?.pos === 'NUM' || (token.capitalized && i > 0);
    return (token.lower === 'may' || token.lower === 'march') && !dated ? [] : [month];
  });
}
