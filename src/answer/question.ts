import type { ItemToken } from 'wink-nlp';
import type { Vocabulary } from '../retrieval/vocabulary.ts';
import { aliasTerms, phraseAlternatives } from '../text/aliases.ts';
import { termOf, words } from '../text/analyzer.ts';
import { collectNames, type NameToken } from '../text/names.ts';
import { nlp } from '../text/nlp.ts';

/** The kind of answer a question expects. */
export type AnswerType = 'who' | 'what' | 'define' | 'when' | 'where' | 'how-many' | 'how-much' | 'how-long' | 'why' | 'yes-no';

/** Questions about the coverage itself, answered from source metadata rather than from sentences. */
export type MetaQuestion = 'outlets' | 'published' | 'authors' | 'overview';

/** A question reduced to what retrieval and answer composition need. */
export interface AnalyzedQuestion {
  type: AnswerType;
  meta: MetaQuestion | null;
  /** Index terms with their weights (names weigh most, reporting verbs least). */
  weights: Map<string, number>;
  /** Terms the question itself contains (not aliases), for coverage scoring. */
  questionTerms: string[];
  /** Names (proper-noun phrases) the question asks about, as written. */
  names: string[];
  /** Words the coverage must contain for an answer: the names and the head noun ("price" in "what is the price of …"). */
  required: string[];
  /** The main clause's other specific nouns: when the coverage lacks one, the rest must be answered more clearly. */
  specific: string[];
  /** Alternatives for terms that are part of a multiword alias phrase in the question ("face" in "face recognition"). */
  phrases: Map<string, string[][]>;
  /** Misspellings fixed before searching ("rekognitoin" → "rekognition"). */
  corrections: Array<[string, string]>;
  /** What a definition question asks about ("Rekognition" in "What is Rekognition?"), else null. */
  subject: string | null;
  /** The question asks for several things ("which companies …"), so answers naming several are better. */
  plural: boolean;
  /** The head noun as written ("moratorium" in "How long is Amazon's moratorium?"), or null. */
  head: string | null;
  /** The question asks what someone said ("What did IBM announce?"), so reported speech answers it. */
  asksSpeech: boolean;
  /** The question asks for a share ("what percentage of …"), which only a percentage answers. */
  asksPercent: boolean;
}

// Ordered: the first pattern that matches the start of the question decides its type.
const TYPE_PATTERNS: ReadonlyArray<[RegExp, AnswerType]> = [
  // "What is Rekognition?", "Who is Evan Greer?": a short subject and nothing else wants a definition.
  [/^(?:what|who)(?: is|'s| are| was| were) (?:the |an? )?[\p{L}\p{N}'’.&-]+(?: [\p{L}\p{N}'’.&-]+){0,3}\?*$/u, 'define'],
  [/^(?:for )?how long\b|^(?:what|which) (?:period|duration|length of time)\b|^until when\b/u, 'how-long'],
  [/^how many\b|^what (?:number|percentage|share) of\b/u, 'how-many'],
  [/^how much\b|^what (?:amount|sum)\b/u, 'how-much'],
  [/^when\b|^(?:what|which) (?:date|day|year|month|time)\b|^on what (?:date|day)\b/u, 'when'],
  [/^where\b|^(?:in )?(?:what|which) (?:city|country|state|place|location)\b/u, 'where'],
  [/^why\b|^for what reason\b|^what (?:was|is|were|are) the (?:reason|motivation|rationale)s?\b|^what (?:led|prompted|motivated|caused)\b/u, 'why'],
  [/^(?:who|whom|whose)\b|^(?:which|what) (?:companies|company|organi[sz]ations?|groups?|people|person|agenc(?:y|ies)|firms?|officials?|activists?|executives?)\b/u, 'who'],
  [/^(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must)\b/u, 'yes-no'],
];

/** The leading question words ("how long", "what date"): they say what kind of answer is wanted, not what it is about. */
export const QUESTION_PHRASE =
  /^(?:for |until |since )?(?:how (?:long|many|much(?: money| cash)?|often|far|old|soon)|(?:what|which) (?:date|day|year|month|time|period|duration|amount|number|percentage|share)(?: of the (?:week|month|year)| of day| of)?|for what reason|on what (?:date|day)|what|who|whom|whose|when|where|why|which|how)\b/iu;

const META_PATTERNS: ReadonlyArray<[RegExp, MetaQuestion]> = [
  [/^(?:please |can you |could you )?(?:summari[sz]e|sum up|give me (?:a |an )?(?:summary|overview|rundown|recap)|overview|tl;?dr)\b|^what(?:'s| is| are) (?:this|these|the coverage|the news|the story|the articles|it all) about\b/u, 'overview'],
  [/^who (?:wrote|authored|is the (?:author|writer|reporter) of|are the (?:authors|writers|reporters) of)\b(?! about)/u, 'authors'],
  [/^(?:which|what) (?:outlets?|publications?|news ?(?:outlets?|organi[sz]ations?|sites?|sources?)|media(?: outlets)?|newspapers?|sources?|websites?|sites?|articles?)\b|^who (?:reported|covered|wrote about|published)\b/u, 'outlets'],
  [/^when (?:was|were|did) .*\b(?:publish(?:ed)?|writ(?:e|ten)|post(?:ed)?|come out|came out|run|appear(?:ed)?|report(?:ed)?)\b|\bpublication date\b/u, 'published'],
];

/** Index terms of words that make a question about the coverage itself ("which outlets reported …"). */
export const META_TERMS: ReadonlySet<string> = new Set(['outlet', 'report', 'cover', 'publish', 'public', 'articl', 'sourc', 'news', 'media', 'newspap', 'site', 'websit', 'written', 'write', 'wrote', 'stori', 'coverag', 'corpus']);

// Words so general that their absence from the coverage says nothing ("what is Microsoft's position on …").
const GENERIC_NOUNS = new Set(
  'reason way thing things kind type story stories article articles news coverage report reports role part position view views stance response reaction plan plans impact effect effects point idea deal status situation detail details information outcome result results significance background context summary gist people person anyone someone time year day week month today decision announcement move'.split(' '),
);

// Verbs of saying and doing appear in nearly every sentence of news; they steer retrieval only a little.
const LIGHT_VERBS = new Set(
  'say said tell told report announce mention happen do did make made think go get'.split(' ').map((w) => termOf(w)).filter((t): t is string => t !== null),
);

const SPEECH_QUESTION = /^what (?:did|does|do|has|have|will) .+\b(?:say|said|tell|told|announce|announced|tweet|tweeted|write|wrote|report|reported|claim|argue|think|demand|want)\b/u;

// Words after these open a clause that sets the scene ("… when Amazon made the announcement"); it weighs less than the main clause.
const SCENE_SETTERS = new Set(['when', 'while', 'after', 'before', 'since', 'because', 'during', 'as', 'amid']);
const SCENE_WEIGHT = 0.5;
const AFTERTHOUGHT_WEIGHT = 0.3;
/** The head noun is what the question is about, so it weighs more than the other words. */
const HEAD_NOUN_WEIGHT = 1.5;

const POS_WEIGHTS: Record<string, number> = { PROPN: 1.6, NOUN: 1.0, NUM: 1.0, ADJ: 0.8, VERB: 0.8, ADV: 0.4, X: 0.8, SYM: 0 };

// wink's typings declare its.lemma with a narrower signature than token.out accepts; the call is valid at run time.
function lemmaOf(token: ItemToken): string {
  return String((token.out as (f: unknown) => unknown)(nlp().its.lemma)).toLowerCase();
}

/** Reads a question: its answer type, weighted search terms (with aliases and spelling fixes), and the names it must be about. */
export function analyzeQuestion(question: string, vocabulary: Vocabulary): AnalyzedQuestion {
  const lower = question.toLowerCase().replace(/’/g, "'").trim();
  let type = TYPE_PATTERNS.find(([pattern]) => pattern.test(lower))?.[1] ?? 'what';
  // "Who is the city engineer?" asks for a person in a role, not for a definition.
  if (type === 'define' && lower.startsWith('who') && !/\s\p{Lu}/u.test(question)) type = 'who';
  const meta = META_PATTERNS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;

  const its = nlp().its;
  const tokens: Array<{ word: string; pos: string; raw: string; lemma: string; afterFirstSentence: boolean }> = [];
  let sentenceEnded = false;
  // The whole question is tagged (taggers read "how many cars use" right, "cars use" not), then its question words skipped.
  const trimmed = question.trim();
  const phraseEnd = QUESTION_PHRASE.exec(trimmed)?.[0].length ?? 0;
  let offset = 0;
  nlp().readDoc(trimmed).tokens().each((token: ItemToken) => {
    const raw = token.out();
    const start = trimmed.indexOf(raw, offset);
    offset = start >= 0 ? start + raw.length : offset;
    if (start < phraseEnd) return;
    if (/^[?.!]+$/u.test(raw)) sentenceEnded = true;
    for (const word of words(raw)) tokens.push({ word, pos: token.out(its.pos) as string, raw, lemma: lemmaOf(token), afterFirstSentence: sentenceEnded });
  });
  // The tagger reads a verb after a plural noun as a noun ("cars use the bridge"); a noun is not followed by "the".
  tokens.forEach((token, i) => {
    if (token.pos === 'NOUN' && tokens[i + 1]?.pos === 'DET' && tokens[i - 1]?.pos === 'NOUN') token.pos = 'VERB';
  });

  const weights = new Map<string, number>();
  const questionTerms: string[] = [];
  const corrections: Array<[string, string]> = [];
  const nameTokens: NameToken[] = [];
  const required: string[] = [];
  const specific: string[] = [];
  let headNounSeen = false;
  let inSceneClause = false;
  let plural = false;
  let head: string | null = null;
  tokens.forEach((token, position) => {
    let word = token.word;
    if (position > 0 && SCENE_SETTERS.has(word)) inSceneClause = true;
    let term = termOf(word);
    if (term && vocabulary.frequency(term) === 0) {
      const fixed = vocabulary.correct(word);
      if (fixed) {
        corrections.push([word, fixed]);
        word = fixed;
        term = termOf(fixed);
      }
    }
    // A capitalized word is a name even when the tagger misses it, except the question's first word.
    const isName = (token.pos === 'PROPN' || (position > 0 && /^\p{Lu}/u.test(token.raw))) && term !== null;
    nameTokens.push({ text: token.raw, isName });
    if (!term || (meta && META_TERMS.has(term))) return;
    let weight = isName ? POS_WEIGHTS.PROPN! : LIGHT_VERBS.has(term) ? 0.2 : GENERIC_NOUNS.has(word) ? 0.3 : POS_WEIGHTS[token.pos] ?? 0.5;
    if (weight <= 0) return;
    // The names and the head noun of the question proper must be in the coverage; its other specific nouns
    // should be, or the rest of the question must be answered all the more clearly.
    const main = !inSceneClause && !token.afterFirstSentence;
    if (!isName && token.pos === 'NOUN' && main && !GENERIC_NOUNS.has(word)) {
      if (!headNounSeen) {
        // In "what is the price of …" the head noun is what is sought; in "why do they get an exception …"
        // it is only part of the situation asked about.
        (type === 'why' || type === 'yes-no' ? specific : required).push(word);
        weight *= HEAD_NOUN_WEIGHT;
        plural = token.lemma !== word;
        head = token.raw;
      } else specific.push(word);
    }
    if (!isName && token.pos === 'NOUN') headNounSeen = true;
    if (isName && !token.afterFirstSentence) required.push(word);
    if (inSceneClause) weight *= SCENE_WEIGHT;
    // What follows the question proper ("… press release, interview, something else?") only elaborates on it.
    if (token.afterFirstSentence) weight *= AFTERTHOUGHT_WEIGHT;
    weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    if (!questionTerms.includes(term)) questionTerms.push(term);
  });
  const names = collectNames(nameTokens);

  // Aliases widen the search at a lower weight than the words the user chose.
  for (const term of aliasTerms(questionTerms)) if (!weights.has(term)) weights.set(term, 0.5);
  const subject = type === 'define' ? trimmed.slice(phraseEnd).replace(/^\s*(?:is|'s|are|was|were)\s+(?:the |an? )?/iu, '').replace(/\?+$/u, '').trim() : null;
  const asksSpeech = SPEECH_QUESTION.test(lower);
  const asksPercent = /\b(?:percent(?:age)?|proportion|share of|fraction)\b|%/u.test(lower);
  return { type, meta, weights, questionTerms, names, required, specific, corrections, subject, plural, head, asksSpeech, asksPercent, phrases: phraseAlternatives(questionTerms) };
}
