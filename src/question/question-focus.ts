import { DIMENSION_NOUNS } from './answer-type.ts';
import { isPossessive, type QuestionToken } from './tag-question.ts';

/** What a question is about: the thing asked for, whose it is, and whom a definition or quote is asked of. */
export interface QuestionFocus {
  /** Index of the head noun: the attribute asked about ("executive" in "Netflix's chief executive"), or -1. */
  head: number;
  /** Indexes of the attribute phrase: the head with its modifiers ("chief executive"). */
  attribute: number[];
  /** Index of the first token of the name that owns the attribute ("Netflix"), or -1. */
  owner: number;
  /** The attribute's dictionary word: the head's lemma, or a compound's ("chief of staff"); null with no head. */
  lemma: string | null;
}

const MODIFIER_POS = new Set(['ADJ', 'NOUN']);

function nameStartBefore(tokens: readonly QuestionToken[], at: number): number {
  let i = at;
  while (i > 0 && tokens[i - 1]!.name) i--;
  return tokens[at]?.name ? i : -1;
}

/** Whether a noun (with its modifiers) follows a possessive: "Wynnesboro's annual budget". */
function possessed(tokens: readonly QuestionToken[], at: number): boolean {
  let first = at;
  while (first > 0 && MODIFIER_POS.has(tokens[first - 1]!.pos) && !tokens[first - 1]!.name) first--;
  return isPossessive(tokens[first - 1]);
}

/**
 * Nouns whose "of" marks no owner: a part of what follows ("what percent of Ashby students"), or the name of what
 * follows ("the name of Microsoft's product" asks for the product's).
 */
const NOT_OWNED = new Set([
  'percent',
  'percentage',
  'share',
  'proportion',
  'fraction',
  'number',
  'amount',
  'majority',
  'name',
]);

/** Whether a name owns a noun through "of": "the population of Port Wickery", not "… of Port Wickery's ferry". */
function ownedThroughOf(tokens: readonly QuestionToken[], at: number): boolean {
  if (tokens[at + 1]?.lower !== 'of' || NOT_OWNED.has(tokens[at]!.lemma)) return false;
  let next = tokens[at + 2]?.pos === 'DET' ? at + 3 : at + 2;
  if (tokens[next]?.name !== true) return false;
  while (tokens[next + 1]?.name) next++;
  return !isPossessive(tokens[next + 1]);
}

/**
 * The head noun of the question proper: the first common noun after its wh-phrase, skipping the type noun unless a
 * name owns it ("What is Wynnesboro's budget?" and "what is the population of Port Wickery?" ask for the name's
 * budget or population, not any sum or count), or it only names the kind of value ("What is Stroud's age?" asks what
 * "How old is Stroud?" does).
 */
function headNoun(tokens: readonly QuestionToken[], start: number, typeNoun: number, typeTail: number): number {
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.afterFirstSentence) break;
    const typeOnly =
      i === typeNoun && (DIMENSION_NOUNS.has(token.lemma) || !(possessed(tokens, i) || ownedThroughOf(tokens, i)));
    if (typeOnly || i === typeTail || token.name || token.title) continue;
    // "the city's public works director": an owner is not what is asked about, when something it owns follows.
    if (isPossessive(tokens[i + 1]) && tokens.slice(i + 2).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) continue;
    // A capitalized common noun the tagger took for a proper one ("the IBM CEO") is still the head.
    if (token.pos === 'NOUN' || token.pos === 'PROPN') return i;
  }
  return -1;
}

/**
 * "What day of the week …", "what time of day …": a noun of the type noun's own kind after its "of" only narrows
 * the kind of answer. Its index, or -1.
 */
export function typeTailOf(
  tokens: readonly QuestionToken[],
  typeNoun: number,
  kindOf: (lemma: string) => string | null,
): number {
  if (typeNoun < 0 || tokens[typeNoun + 1]?.lower !== 'of') return -1;
  const at = tokens[typeNoun + 2]?.pos === 'DET' ? typeNoun + 3 : typeNoun + 2;
  const tail = tokens[at];
  const kind = kindOf(tokens[typeNoun]!.lemma);
  return tail?.pos === 'NOUN' && kind !== null && kindOf(tail.lemma) === kind ? at : -1;
}

/** Finds the attribute a question asks about and the name it belongs to, if any. */
export function questionFocus(
  tokens: readonly QuestionToken[],
  start: number,
  type: { noun: number; tail: number },
  isRole: (lemma: string) => boolean,
  isCompound: (phrase: string) => boolean,
): QuestionFocus {
  const head = headNoun(tokens, start, type.noun, type.tail);
  if (head < 0) return { head, attribute: [], owner: -1, lemma: null };
  // The attribute runs on while nouns follow ("chief executive officer"), and takes its modifiers before it.
  let last = head;
  while ((tokens[last + 1]?.pos === 'NOUN' || tokens[last + 1]?.pos === 'PROPN') && !tokens[last + 1]!.name) last++;
  let first = head;
  while (first > start && MODIFIER_POS.has(tokens[first - 1]!.pos) && !tokens[first - 1]!.name) first--;
  // "Chief of staff", "secretary of state": a dictionary's compound with "of" is one attribute ("chief" may be
  // tagged an adjective, so the head can be either noun); the compound's own kind says whether it is a role.
  const before = first >= start + 2 && tokens[first - 1]!.lower === 'of' ? tokens[first - 2]! : undefined;
  const compound = before && !before.name ? `${before.lemma} of ${tokens[last]!.lemma}` : '';
  const joined = compound !== '' && isCompound(compound);
  if (joined) first -= 2;
  const lemma = joined ? compound : tokens[last]!.lemma;
  const attribute = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  return { head: last, attribute, owner: ownerOf(tokens, first, last, isRole(lemma)), lemma };
}

/** Whether a common noun starts at a token, perhaps one hyphenated from its parts ("by-election"). */
const startsNoun = (tokens: readonly QuestionToken[], at: number): boolean =>
  tokens[at]?.pos === 'NOUN' || (tokens[at + 1]?.hyphenated === true && tokens[at + 1]?.pos === 'NOUN');

/**
 * The name an attribute belongs to: "Netflix's chief executive", "the Netflix chief executive", "the chief
 * executive of Netflix", "how many employees does Netflix have".
 */
function ownerOf(tokens: readonly QuestionToken[], first: number, last: number, role: boolean): number {
  const before = tokens[first - 1];
  if (isPossessive(before)) return nameStartBefore(tokens, first - 2);
  // "The IBM CEO" is IBM's; "Big Tech companies" are a kind of company, not Big Tech's; "the city's Public Works
  // director" is the city's, the name only says which director.
  if (before?.name && role) {
    const name = nameStartBefore(tokens, first - 1);
    return isPossessive(tokens[name - 1]) ? -1 : name;
  }
  const after = tokens[last + 1];
  // "The chief executive of Netflix"; "the protester in the photo" belongs to no one.
  if (after && ['of', 'at', 'for'].includes(after.lower)) {
    const next = tokens.findIndex((t, i) => i > last + 1 && t.pos !== 'DET');
    let end = next;
    while (end >= 0 && tokens[end + 1]?.name) end++;
    // "The returning officer for the Brackenford by-election" is the by-election's: a name before a common noun
    // only says which one.
    if (next >= 0 && tokens[next]!.name) return startsNoun(tokens, end + 1) ? -1 : next;
  }
  // "…does Netflix have", "…did Acme employ": the subject of a possessive verb owns the attribute; "have to" is a
  // need ("did the lady in Malaga have to pay"), no possessing.
  const possesses = (t: QuestionToken, i: number): boolean =>
    (t.lemma === 'have' && tokens[i + 1]?.lower !== 'to') || t.lemma === 'employ';
  const verb = tokens.findIndex((t, i) => i > last && possesses(t, i));
  if (verb > last) {
    const subject = tokens.findIndex((t, i) => i > last && i < verb && t.name);
    if (subject >= 0) return subject;
  }
  // "How many searches has Marrowgate run": what is counted is the doing of the name right after the auxiliary.
  const aux = tokens[last + 1];
  if (tokens[first - 1]?.lower === 'many' && aux?.pos === 'AUX' && tokens[last + 2]?.name) return last + 2;
  return -1;
}

/** "When was Drummond founded?": the question's subject undergoes its event (a form of "be", then a participle). */
export function asksPassive(tokens: readonly QuestionToken[], from: number): boolean {
  const be = tokens.findIndex((t, i) => i >= from && t.lemma === 'be');
  return (
    be >= 0 && tokens.slice(be + 1).some((t) => t.pos === 'VERB' && t.lower !== t.lemma && !t.lower.endsWith('ing'))
  );
}
