import type { ItemToken } from 'wink-nlp';
import { words as surfaceWords, termOf, WRITTEN_WORD } from '../text/analyzer.ts';
import { nlp, lemmaOf } from '../text/nlp.ts';
import { INDEFINITE_PRONOUNS, STOP_WORDS } from '../text/stop-words.ts';
import { wordClassOf, type WordClass } from './word-knowledge.ts';
import { markCatenatives } from './catenative-verbs.ts';

/** One token of a question, tagged. */
export interface QuestionToken {
  /** As typed (after truecasing). */
  raw: string;
  lower: string;
  pos: string;
  lemma: string;
  cls: WordClass | null;
  /** Written like a name: capitalized past the first word, or tagged a proper noun ("Netflix", "Kessler Springs"). */
  capitalized: boolean;
  /** Part of a name the question asks about; decided by question analysis, which knows the corpus. */
  name: boolean;
  /** A title before a name ("Mayor" in "Mayor Farraday"): neither the name nor what the question asks about. */
  title: boolean;
  /** Punctuation (a comma, dash or colon) comes right before the token: "hey bot, how long …". */
  separated: boolean;
  /** A hyphen joins the token to the one before, without spaces: "bell" of "halvorsen-bell". */
  hyphenated: boolean;
  /** The token ends a sentence of the question, or comes after the first one ("…? Press release or interview?"). */
  afterFirstSentence: boolean;
  /** Part of a span of time or a date ("a couple of days before"): it qualifies when, and is no topic word. */
  inTime: boolean;
}

const TIME_ENTITIES = new Set(['DATE', 'DURATION', 'TIME']);

/** Question words; they say what kind of answer is wanted, not what it is about. */
export const WH = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how', "what's"]);

/** A tagged question, with the wink entities it mentions (dates, figures) as text. */
export interface TaggedQuestion {
  tokens: QuestionToken[];
  /** Entities wink finds in the question, e.g. { type: 'DATE', value: '2018' }. */
  entities: Array<{ type: string; value: string }>;
}

/** How the corpus writes a word (lowercased): mostly with a capital inside sentences, or never without one. */
export interface NameCasing {
  /** The corpus writes this word (lowercased) with a capital inside sentences: it is a name there. */
  isName(word: string): boolean;
  /** One of the corpus's names holds these index terms ("northreach launch" in "Northreach Launch"). */
  namesHold(terms: readonly string[]): boolean;
  /** The corpus has this word and never writes it in lower case. */
  alwaysCapitalized(word: string): boolean;
  /** The corpus names something by this word alone, not only inside longer names. */
  isWholeName(word: string): boolean;
}

const POSSESSIVE = /^['’]s?$/u;
/** Pronouns that only own ("her" also stands as an object, so is left to the words around it). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'its', 'our', 'their']);
/** Letters that are words of their own in lower case. */
const LONE_LETTER_WORDS = new Set(['a', 'i']);
const APOSTROPHE = /^['’]$/u;
const CONTRACTION = /n['’]t$/u;

/** Whether a token is a possessive ending: tagging writes each one ("'s", "'", "’s") as "'s". */
export function isPossessive(token: QuestionToken | undefined): boolean {
  return token?.lower === "'s";
}

/**
 * Writes the corpus's names with a capital, so that "how old is mayor farraday" is tagged like "how old is mayor
 * Farraday" (taggers lean on case to find proper nouns). A word that is also common English ("springs", "state")
 * is capitalized only next to another name word ("kessler springs").
 */
function truecase(question: string, words: NameCasing, english: EnglishCase): string {
  const { isCommon, isRole, isEveryday } = english;
  const found = [...question.matchAll(WRITTEN_WORD)];
  // "microsoft's" is the name "microsoft" with a possessive.
  const lower = found.map((m) => m[0].toLowerCase().replace(/['’]s$/u, ''));
  // "i" is the pronoun, and "ceo" in "greyhaven ceo" the role the question asks about, not part of the name.
  // A contraction ("won't", "can't") is a verb, whatever case a headline wrote it in.
  const nameLike = (k: number): boolean => lower[k]!.length > 1 && !isRole(lower[k]!) && !CONTRACTION.test(lower[k]!);
  // A question may open on a name ("tessaro recall: how many cars?"), but not on a common word the corpus also
  // writes as a name ("will", "may").
  const opens = (k: number): boolean => found[k]!.index > 0 || !isCommon(lower[k]!);
  // A word no dictionary knows that the corpus only writes with a capital, if only opening sentences ("Skyrell
  // said …"), is a name as much as one it writes with a capital mid-sentence.
  const unknownName = (word: string): boolean =>
    words.alwaysCapitalized(word) &&
    !STOP_WORDS.has(word) &&
    !INDEFINITE_PRONOUNS.has(word) &&
    !english.isWord(word) &&
    !isEveryday(word);
  const name = found.map(
    (m, k) => opens(k) && nameLike(k) && !/\p{Lu}/u.test(m[0]) && (words.isName(lower[k]!) || unknownName(lower[k]!)),
  );
  // An everyday word the corpus writes only inside longer names ("BuzzFeed News") is not a name of its own.
  const own = (word: string): boolean =>
    words.alwaysCapitalized(word) && (!isEveryday(word) || words.isWholeName(word));
  const strong = found.map((_m, k) => name[k] && (!isCommon(lower[k]!) || own(lower[k]!)));
  // A first name the corpus writes only at the start of sentences still belongs to the surname next to it.
  for (let k = 0; k < found.length; k++) {
    if (!name[k] && nameLike(k) && (strong[k - 1] || strong[k + 1]) && words.alwaysCapitalized(lower[k]!)) {
      name[k] = true;
    }
  }
  // Whether one of the corpus's names holds the words from a to b together.
  const holds = (a: number, b: number): boolean => {
    const run = lower.slice(a, b + 1).map(termOf);
    return run.every((t) => t !== null) && words.namesHold(run as string[]);
  };
  // A common word after a name word is written with a capital where the corpus's name goes on with it
  // ("northreach launch" is Northreach Launch, "aldwyn pilots association" the Aldwyn Pilots Association), though
  // the corpus mostly writes the word in lower case.
  let from = 0; // where the run of name words before k starts
  for (let k = 1; k < found.length; k++) {
    if (!name[k - 1]) from = k;
    if (!name[k] && strong[k - 1] && nameLike(k) && !/\p{Lu}/u.test(found[k]![0]) && holds(from, k)) {
      name[k] = strong[k] = true;
    }
  }
  // A weak name word ("centre") beside the name words of a corpus name ("wildlife rescue") joins them only where one
  // of the corpus's names holds the two together: "Sandpiper Wildlife Rescue" has no centre.
  for (let k = 0; k < found.length; k++) {
    if (!name[k] || strong[k] || !isCommon(lower[k]!)) continue;
    const beside = [k - 1, k + 1].filter((j) => name[j]);
    if (beside.length > 0 && !beside.some((j) => holds(Math.min(j, k), Math.max(j, k)))) name[k] = false;
  }
  // "measure l" is Measure L: a lone letter the corpus writes only in names, with the word before it, is a name.
  for (let k = 1; k < found.length; k++) {
    const letter = lower[k]!;
    if (letter.length !== 1 || LONE_LETTER_WORDS.has(letter) || !words.alwaysCapitalized(letter)) continue;
    // A lone letter is no index term: the corpus's "Measure L" is indexed as a name of the word before it alone.
    if (words.isWholeName(lower[k - 1]!)) name[k - 1] = name[k] = strong[k] = true;
  }
  let out = question;
  for (let k = found.length - 1; k >= 0; k--) {
    if (!name[k] || !(strong[k] || strong[k - 1] || strong[k + 1])) continue;
    const { index, 0: word } = found[k]!;
    // Each part of a hyphenated name ("halvorsen-bell") is capitalized, as the corpus writes it.
    const cased = word.replace(
      /(^|-)(\p{Ll})/gu,
      (_m, before: string, letter: string) => before + letter.toUpperCase(),
    );
    out = out.slice(0, index) + cased + out.slice(index + word.length);
  }
  return out;
}

/** Parts of speech a noun phrase is made of ("the girl's hospital stay", "two new ferries"). */
export const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

// Auxiliaries a question opens on before its subject and then its main verb ("what has the outbreak cost …").
const VERB_AUXILIARIES = new Set(['do', 'have', 'will', 'would', 'can', 'could', 'should', 'may', 'might']);
const AFTER_VERB = new Set(['DET', 'PRON', 'PROPN', 'ADP', 'ADV', 'NUM']);
const OPENING_REACH = 3;

/**
 * "What has the outbreak cost the county?": after "what", an auxiliary and its subject comes the main verb, which
 * taggers read as the last noun of the subject ("outbreak cost"). A bare word that can be a verb, after a noun and
 * before an object or the end, is that verb.
 */
function markVerbAfterSubject(tokens: QuestionToken[], isVerb: (word: string) => boolean): void {
  const aux = tokens.findIndex((t, i) => i <= OPENING_REACH && t.pos === 'AUX' && VERB_AUXILIARIES.has(t.lemma));
  // Only where "what" or "which" asks for the verb's object or complement: the verb must then be there.
  if (aux < 0 || !tokens.slice(0, aux).some((t) => t.lower === 'what' || t.lower === 'which')) return;
  const verbLike = (token: QuestionToken): boolean => token.lemma === token.lower && isVerb(token.lower);
  for (let i = aux + 2; i < tokens.length; i++) {
    const token = tokens[i]!;
    const before = tokens[i - 1]!;
    const after = tokens[i + 1];
    const subjectEnds = before.pos === 'NOUN' || before.pos === 'PROPN';
    // "What did the hospital stay cost?": a verb read inside the subject ("hospital stay"), when a bare verb ends
    // the question after it, is a noun, and that last word the verb.
    if (token.pos === 'VERB' && subjectEnds && after?.pos === 'NOUN' && verbLike(after) && i + 2 === tokens.length) {
      Object.assign(token, { pos: 'NOUN', cls: 'n' });
      Object.assign(after, { pos: 'VERB', cls: 'v' });
      return;
    }
    if (token.pos === 'VERB') return;
    if (token.pos === 'NOUN' && subjectEnds && verbLike(token) && (!after || AFTER_VERB.has(after.pos))) {
      Object.assign(token, { pos: 'VERB', cls: 'v' });
      return;
    }
    if (!NOUN_PHRASE_POS.has(token.pos) && !isPossessive(token)) return;
  }
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/**
 * "The pipe that burst": taggers read "that" after a noun as a determiner and the verb after it as a noun. A
 * determiner cannot follow a noun, so "that" opens a relative clause, and a bare word that can be a verb, before an
 * object or the end, is its verb.
 */
function markRelativeVerb(tokens: QuestionToken[], isVerb: (word: string) => boolean): void {
  for (let i = 2; i < tokens.length; i++) {
    const token = tokens[i]!;
    const after = tokens[i + 1];
    const relative = RELATIVE_PRONOUNS.has(tokens[i - 1]!.lower) && tokens[i - 2]!.pos === 'NOUN';
    const objectOrEnd = !after || after.pos === 'PUNCT' || AFTER_VERB.has(after.pos);
    if (relative && token.pos === 'NOUN' && token.lemma === token.lower && isVerb(token.lower) && objectOrEnd) {
      Object.assign(token, { pos: 'VERB', cls: 'v' });
    }
  }
}

function looksLikeName(token: ItemToken, raw: string, opensSentence: boolean): boolean {
  if (!/^\p{Lu}/u.test(raw)) return false;
  // The first word of a sentence ("… ban? Need it for my draft.") is capitalized whatever it is; only the tagger can
  // say it is a name.
  return token.out(nlp().its.pos) === 'PROPN' || !opensSentence;
}

/**
 * What tagging asks of English: whether a word is a common one, an everyday one, names a role ("ceo"), or can be a
 * verb ("cost").
 */
export interface EnglishCase {
  isCommon(word: string): boolean;
  isRole(word: string): boolean;
  /** A word English uses often ("news", "post"), not a rare one that is mostly a name ("amazon", "ford"). */
  isEveryday(word: string): boolean;
  isVerb(word: string): boolean;
  /** Whether English knows the word at all, in any of its forms. */
  isWord(word: string): boolean;
}

/** What may follow a noun phrase's last word: a preposition, a relative pronoun, punctuation. */
const ROLE_FOLLOWERS: ReadonlySet<string> = new Set(['ADP', 'PRON', 'PUNCT']);

/** Tags of a verb's particle: "laid off", "chip in", "wiped out". */
export const PARTICLE_POS: ReadonlySet<string> = new Set(['ADP', 'PART', 'ADV']);

/** Tags a question with wink-nlp after truecasing it against the corpus's names. */
export function tagQuestion(question: string, words: NameCasing, english: EnglishCase): TaggedQuestion {
  const doc = nlp().readDoc(truecase(question, words, english));
  const its = nlp().its;
  const tokens: QuestionToken[] = [];
  let sentenceEnded = false;
  let opensSentence = true;
  let separated = false;
  let hyphen = false;
  let point = false;
  doc.tokens().each((token: ItemToken) => {
    const raw = token.out();
    const spaced = token.out(its.precedingSpaces) !== '';
    // "PM2.5": wink splits a figure's decimal point off a word ending in a digit; the index keeps them one term.
    const last = tokens.at(-1);
    if (raw === '.' && !spaced && /\d$/u.test(last?.raw ?? '')) {
      point = true;
      return;
    }
    if (point && !spaced && /^\d+$/u.test(raw)) {
      point = false;
      const joined = `${last!.raw}.${raw}`;
      Object.assign(last!, { raw: joined, lower: surfaceWords(joined)[0] ?? joined.toLowerCase() });
      return;
    }
    if (point) sentenceEnded = opensSentence = true;
    point = false;
    // "Brisk Logistics' headcount": a lone apostrophe closing a plural is its possessive, not punctuation.
    const closesPlural =
      APOSTROPHE.test(raw) && /s$/i.test(tokens.at(-1)?.raw ?? '') && !token.out(its.precedingSpaces);
    const pos = closesPlural ? 'PART' : (token.out(its.pos) as string);
    if (pos === 'PUNCT' || pos === 'SYM') {
      if (/[?!.]/u.test(raw)) sentenceEnded = opensSentence = true;
      hyphen = raw === '-' && !spaced && tokens.length > 0;
      separated = true;
      return;
    }
    const lemma = lemmaOf(token);
    tokens.push({
      // The same normalization as the index ("St." → "st", "U.S." → "us"), so question and corpus terms meet.
      raw,
      lower: POSSESSIVE.test(raw) ? "'s" : (surfaceWords(raw)[0] ?? raw.toLowerCase().replace(/’/gu, "'")),
      pos,
      lemma,
      cls: wordClassOf(pos),
      capitalized: looksLikeName(token, raw, opensSentence),
      name: false,
      title: false,
      separated,
      hyphenated: hyphen && !spaced,
      afterFirstSentence: sentenceEnded,
      inTime: TIME_ENTITIES.has(token.parentEntity()?.out(its.type) ?? ''),
    });
    separated = false;
    opensSentence = false;
    hyphen = false;
  });
  // Taggers read a verb after a plural noun as a noun ("departments work with", "cars use the"): before a
  // preposition or article, a bare word after a plural noun is its verb. A noun after "many" is plural however
  // it is written ("how many people visit the museum"), and the word after it a verb wherever English has one
  // ("how many hospitals use Harbor's software").
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const counted = tokens[i - 2]?.lower === 'many';
    if (
      token.pos === 'NOUN' &&
      before?.pos === 'NOUN' &&
      (before.lemma !== before.lower || counted) &&
      token.lemma === token.lower &&
      (after?.pos === 'ADP' || after?.pos === 'DET' || (counted && english.isVerb(token.lower)))
    )
      Object.assign(token, { pos: 'VERB', cls: 'v' });
  });
  // "What is the yearly licence fee for a van?": what follows "what is" and an article is a noun phrase, which holds
  // no verb; a word there in its base form after a noun, before a preposition or the end, is the phrase's head noun,
  // though taggers may read a verb ("fee"). Not after "was" opening a question: "Was the driver hurt?".
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const opened = tokens.slice(0, i).findLastIndex((t) => t.pos === 'DET');
    const asked = opened > 1 && /^(?:what|which)$/u.test(tokens[opened - 2]!.lower);
    const copula = asked && tokens[opened - 1]?.lemma === 'be';
    const inPhrase = copula && tokens.slice(opened + 1, i).every((t) => t.pos === 'NOUN' || t.pos === 'ADJ');
    const head = token.pos === 'VERB' && token.lemma === token.lower && before?.pos === 'NOUN';
    if (head && inPhrase && (!after || after.pos === 'ADP' || after.pos === 'PUNCT') && english.isCommon(token.lower)) {
      Object.assign(token, { pos: 'NOUN', cls: 'n' });
    }
  });
  // "What's Clearview make?", "where's she live": after a wh-word, "'s" before a subject and a bare verb is "does"
  // (a verb's plain form never follows "is"). A subject is a plain noun phrase: "what's the name of the man who …"
  // and "what's the population of Hadley Cross" go on past one.
  const contracted = /^['’]s$/u.test(tokens[1]?.lower ?? '') && WH.has(tokens[0]!.lower) ? tokens[1] : undefined;
  const verb = tokens.findIndex((t, i) => i > 1 && t.pos === 'VERB');
  const subject = tokens.slice(2, verb);
  // An infinitive after the subject ("what's the deadline to claim") is no verb of its own: "'s" is "is" there.
  const plain =
    verb > 2 && subject.every((t) => t.pos !== 'ADP' && !WH.has(t.lower) && t.lower !== 'that' && t.lower !== 'to');
  if (contracted && plain && tokens[verb]!.lower === tokens[verb]!.lemma && tokens[verb]!.lemma !== 'be') {
    Object.assign(contracted, { raw: 'does', lower: 'does', lemma: 'do' });
  }
  // "How much did the family chip in?": "did" asks for a verb after its subject. With none tagged, a noun closing
  // the subject and the question (alone or with its particle) that English also has as a verb is that verb.
  const does = tokens.findIndex((t) => t.pos === 'AUX' && t.lemma === 'do');
  if (does >= 0 && !tokens.slice(does + 1).some((t) => t.pos === 'VERB')) {
    let last = does + 1;
    // One noun phrase: an article opens it, and another article opens the next ("did amazon anounce the pause").
    const within = (t: QuestionToken, i: number): boolean =>
      (NOUN_PHRASE_POS.has(t.pos) && (t.pos !== 'DET' || i === does + 1)) || isPossessive(t);
    while (tokens[last] && within(tokens[last]!, last)) last++;
    const verb = tokens[last - 1];
    const closes = last === tokens.length || (last === tokens.length - 1 && PARTICLE_POS.has(tokens[last]!.pos));
    const subject = tokens.slice(does + 1, last - 1).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    if (closes && subject && verb?.pos === 'NOUN' && english.isVerb(verb.lower)) {
      Object.assign(verb, { pos: 'VERB', cls: 'v' });
    }
  }
  // A word after a possessive is what is owned, a noun, though taggers may read a verb there ("Mossop's bail", "his
  // bail").
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    const owner = (before?.pos === 'PART' && isPossessive(before)) || POSSESSIVE_PRONOUNS.has(before?.lower ?? '');
    if (token.pos === 'VERB' && owner) {
      Object.assign(token, { pos: 'NOUN', cls: 'n' });
    }
  });
  // "How big a fine …", "how long a sentence …": what follows "how", a degree word and "a" is the noun measured,
  // though the tagger may read "fine" as an adjective.
  tokens.forEach((token, i) => {
    const degree = tokens[i - 3]?.lower === 'how' && tokens[i - 2]?.pos === 'ADJ';
    if (degree && /^an?$/u.test(tokens[i - 1]!.lower) && token.pos !== 'NOUN' && token.pos !== 'PROPN') {
      Object.assign(token, { pos: 'NOUN', cls: 'n' });
    }
  });
  // "Who is the chief of IBM?", "the IBM chief that made the call": a word that names a person's role, read as an
  // adjective where it ends a noun phrase (after an article, a noun or a possessive, with nothing after it that it
  // could modify), is that role.
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const closesPhrase = !after || ROLE_FOLLOWERS.has(after.pos);
    const opens = before?.pos === 'DET' || before?.pos === 'NOUN' || before?.pos === 'PROPN' || isPossessive(before);
    if (token.pos === 'ADJ' && opens && closesPhrase && english.isRole(token.lower)) {
      Object.assign(token, { pos: 'NOUN', cls: 'n' });
    }
  });
  // "Right now", "right away": "right" before an adverb of time or place is an adverb too, though taggers may read a
  // noun ("the fare right now"). Those adverbs are a closed class of English, so they are written out.
  tokens.forEach((token, i) => {
    if (token.lower === 'right' && /^(?:now|away|here|there|then)$/u.test(tokens[i + 1]?.lower ?? '')) {
      Object.assign(token, { pos: 'ADV', cls: 'r' });
    }
  });
  markVerbAfterSubject(tokens, english.isVerb);
  markRelativeVerb(tokens, english.isVerb);
  markCatenatives(tokens);
  const entities = doc.entities().out(its.detail) as Array<{ type: string; value: string }>;
  return { tokens, entities };
}
