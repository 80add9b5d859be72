import type { AnswerType } from './answer-type.ts';
import { isPossessive, type QuestionToken } from './tag-question.ts';
import type { WordKnowledge } from './word-knowledge.ts';
import { TIME_UNITS } from '../text/calendar.ts';
import { isScale } from '../text/magnitudes.ts';

// What a "how" question asks for, by the word after it: a count, an amount or a sum, a time or a length, an age, a
// date.

/**
 * Words that make "how" ask for a quantity: they belong to the wh-phrase, not to the question's topic.
 * ("Frequently" shares the first sense of "often".)
 */
export const HOW_MODIFIERS = new Set([
  'many',
  'much',
  'long',
  'old',
  'soon',
  'far',
  'big',
  'large',
  'often',
  'frequently',
]);

/** Nouns of a rise or fall in something: "what traffic reduction" asks how much. */
export const CHANGE_NOUNS: readonly string[] = [
  'reduction',
  'increase',
  'decrease',
  'drop',
  'decline',
  'rise',
  'growth',
  'gain',
  'jump',
  'shortfall',
];
/** Lemmas of a rise or fall in something, as a noun or a verb ("shares fell", "sales have dropped"). */
const CHANGE_WORDS: ReadonlySet<string> = new Set([
  ...CHANGE_NOUNS,
  ...['fall', 'grow', 'reduce', 'climb', 'slide', 'slump', 'plunge'],
  ...['sink', 'shrink', 'soar', 'tumble', 'dip', 'surge'],
]);

/** Words of paying: "how much" about them asks for money. */
export const MONEY_WORDS = new Set([
  'money',
  'cost',
  'pay',
  'paid',
  'spend',
  'spent',
  'price',
  'worth',
  'fee',
  'fine',
  'charge',
  'earn',
  'raise',
  'donate',
  'pledge',
  'sell',
  'buy',
  'bid',
  'offer',
  'fund',
  'budget',
  'salary',
  'wage',
  'award',
  'settle',
  'settlement',
  'penalty',
  'damages',
  'compensation',
  'revenue',
  'sales',
  'profit',
  'loss',
  'debt',
  'premium',
]);

// Kinds of things whose length is in space: "How long was the crack?" asks a measure, "How long was the strike?" a
// time.
const THINGS = new Set(['noun.artifact', 'noun.object', 'noun.shape', 'noun.body', 'noun.location']);

/**
 * "How long is/was the <thing>", "what was the length of the <thing>": the head of the noun phrase (its last noun:
 * "the scooter ban" is a ban), when it names a thing or a place ("the route"), makes it a length.
 */
function asksLength(phrase: readonly QuestionToken[], knowledge: WordKnowledge): boolean {
  const end = phrase.findIndex((t) => !['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(t.pos));
  // "How long was the bridge closed?" asks how long it stayed so: a verb after the thing makes it a time.
  if (end >= 0 && (phrase[end]!.pos === 'VERB' || phrase[end]!.pos === 'AUX')) return false;
  const head = phrase
    .slice(0, end < 0 ? phrase.length : end)
    .filter((t) => t.pos === 'NOUN')
    .at(-1);
  return head !== undefined && THINGS.has(knowledge.category(head.lemma, 'n') ?? '');
}

/** What the length of a noun phrase is: a measure for a thing ("the crack"), a time for anything else. */
export function lengthType(phrase: readonly QuestionToken[], knowledge: WordKnowledge): AnswerType {
  return asksLength(phrase, knowledge) ? 'amount' : 'duration';
}

/**
 * Whether "how much of" is followed by a sum ("of the $1.2 million", "of the council's 40k", "of the £2m fund"): a
 * part of a sum is a sum. The currency sign is gone from the tokens, so a figure counts as a sum unless a noun after
 * it says what it counts ("of the 300 tonnes"), as money's own nouns do not.
 */
function partOfSum(rest: readonly QuestionToken[], knowledge: WordKnowledge): boolean {
  // The figure opens the phrase after "of", past its determiner or owner: "of route 14" is a part of a route.
  const figure = rest.findIndex((t, i) => i > 0 && t.pos !== 'DET' && !isPossessive(rest[i + 1]) && !isPossessive(t));
  if (rest[figure]?.pos !== 'NUM') return false;
  const after = rest.slice(figure).find((t) => t.pos !== 'NUM' && !isScale(t.lower));
  if (after?.pos !== 'NOUN') return true;
  return MONEY_WORDS.has(after.lemma) || knowledge.category(after.lemma, 'n') === 'noun.possession';
}

/**
 * "How much" asks for money when it is about paying ("how much did they pay", "how much is the fine"), or for a part
 * of a sum; a part of anything else ("how much of the fund") or a change ("by how much did sales fall", "how much
 * have prices gone up") is told as often in a percentage or a count as in money.
 */
function muchType(
  tokens: readonly QuestionToken[],
  at: number,
  rest: readonly QuestionToken[],
  knowledge: WordKnowledge,
): AnswerType {
  const changes = rest.some(
    (t, i) => CHANGE_WORDS.has(t.lemma) || (t.lemma === 'go' && ['up', 'down'].includes(rest[i + 1]?.lower ?? '')),
  );
  if (rest[0]?.lower === 'of' && partOfSum(rest, knowledge)) return 'money';
  if (tokens[at - 1]?.lower === 'by' || rest[0]?.lower === 'of' || changes) return 'amount';
  return rest.some((t) => MONEY_WORDS.has(t.lemma) || MONEY_WORDS.has(t.lower)) ? 'money' : 'amount';
}

/** What a "how" and the word after it ask for ("how many", "how much", "how long", "how old"). */
export function howType(tokens: readonly QuestionToken[], at: number, knowledge: WordKnowledge): AnswerType {
  const next = tokens[at + 1]?.lower;
  const rest = tokens.slice(at + 2);
  // "How many days did the count take?" asks how long it took.
  if (next === 'many' && TIME_UNITS.includes(rest[0]?.lemma ?? '')) return 'duration';
  if (next === 'many') return rest.some((t) => t.lemma === 'percent') ? 'percent' : 'count';
  if (next === 'much') return muchType(tokens, at, rest, knowledge);
  if (next === 'long') return rest[0]?.lemma === 'be' && asksLength(rest.slice(1), knowledge) ? 'amount' : 'duration';
  if (next === 'old') return 'age';
  if (next === 'soon') return 'date';
  if (next === 'far' || next === 'big' || next === 'large' || next === 'often' || next === 'frequently')
    return 'amount';
  // "How tall is …", "how deep …", "how fast …": the adjective is a value of a magnitude, told in figures.
  // ("How fast is traffic moving" reads "fast" as an adverb: its degree is the adjective's.)
  const adjective = tokens[at + 1];
  const graded = adjective?.pos === 'ADJ' || adjective?.pos === 'ADV';
  const measuring =
    graded && (knowledge.isMagnitude(adjective.lemma, 'a') || knowledge.dimension(adjective.lemma, 'a'));
  return measuring ? 'amount' : 'manner';
}
