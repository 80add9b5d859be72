import type { Source } from '../corpus/source.ts';
import { anyOf, regex } from '../text/regex.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { ArticleSubject } from './article-subject.ts';
import type { QuestionSide } from './features.ts';
import { termsOfName } from './name-terms.ts';
import { writtenTerms } from './term-positions.ts';
import { termSetOf } from './passage-term-set.ts';
import { perPassage } from './per-passage.ts';
import { type SentenceContext, titleTerms } from './sentence-context.ts';
import { holdsAll } from './term-holding.ts';
import { sameEntity } from './entity-match.ts';
import { currenciesOfMoney } from '../text/currencies.ts';
import { homographsOf, writesOnlyAsOther } from './homographs.ts';
import type { NameKinds } from './type-match.ts';

/** Words by which a sentence refers back to an organization named before it: a pronoun, or "the (…) company". */
const PRONOUN = /\b(?:it|its|they|their)\b/i;
/** Nouns news refers back to an organization by ("the company", "the chain"), as a pattern. */
export const REFERRING_NOUNS = anyOf(['company', 'firm', 'club', 'group', 'chain', 'agency', 'bank', 'maker', 'city']);
const REFERRING_NOUN = regex([String.raw`\b${REFERRING_NOUNS}\b`], 'iu');
// Unicode mode for the words between (made slow by `i`), so it is tried only where one of the nouns is.
const THE_NOUN = regex([String.raw`\bthe (?:[\p{Ll}-]+ ){0,2}${REFERRING_NOUNS}\b`], 'iu');
const hasAnaphor = perPassage(({ text }) => PRONOUN.test(text) || (REFERRING_NOUN.test(text) && THE_NOUN.test(text)));
// A sentence opening on "They", "The company" or "Company spokesperson …" speaks of whom its article is about.
const REFERS_BACK = regex(
  [
    String.raw`^(?:(?:but|and|so|still),?\s+)?`,
    String.raw`(?:they|it|its|their|(?:the )?(?:company|club|firm|city|group|agency|chain|team))\b`,
  ],
  'iu',
);
const refersBack = perPassage(({ text }) => REFERS_BACK.test(text));

/** The sentence's terms, plus the names it refers to by surname or pronoun, and its outlet's name when asked about. */
export function sentenceTerms(
  passage: Passage,
  source: Source,
  context: SentenceContext,
  side: QuestionSide,
  subject: ArticleSubject | null,
  before?: Passage,
  thingBefore: readonly string[] = [],
): ReadonlySet<string> {
  // Most sentences add nothing to their own terms: the passage's shared set is copied only when one does.
  const shared = termSetOf(passage);
  let own: Set<string> | null = null;
  // "It sits about 2.5km north of Wendham", after sentences about the reactor, speaks of the reactor.
  for (const t of thingBefore) own = add(t, shared, own);
  if (side.outlets.has(source.outlet.toLowerCase()))
    for (const t of termsOfName(source.outlet)) own = add(t, shared, own);
  if (subject && refersBack(passage)) for (const t of subject.terms) own = add(t, shared, own);
  if (givesHeadlineFigure(passage, source)) for (const t of titleTerms(source)) own = add(t, shared, own);
  // Only names other than people's are referred to by "it" or "the company": tested when the question asks of one.
  let anaphor: boolean | undefined;
  const antecedent = organizationBefore(before, side.kinds);
  for (let k = 0; k < side.names.length; k++) {
    const name = side.names[k]!;
    // A person is named by surname after first mention ("Lee said"); "County" alone is not "Greer County".
    const surname = side.people[k] && (own ?? shared).has(name.at(-1)!) && !onlyInsideOtherNames(passage, name.at(-1)!);
    // "she said" or "the home surveillance company" speaks of the one the paragraph named just before.
    const refers = side.people[k]
      ? context.pronoun
      : (anaphor ??= hasAnaphor(passage)) && (!antecedent || sameEntity(antecedent, name));
    // A headline naming the asked one ("… as Glasswing moves …") is not what "the company" in the body refers to.
    // The sentence before naming it first, by its first word ("Ashgrove" for Ashgrove Mountain), is enough.
    const referred =
      refers &&
      (holdsAll(side.people[k] ? context.terms : context.paragraphTerms, name) || (!side.people[k] && !!antecedent));
    // "The sewer beneath the street was built in 1911" after a paragraph about Corliss Avenue, or "the airport's
    // chief executive" in an article about Brackenfield Airport.
    const about = (): boolean =>
      holdsAll(context.paragraphTerms, name) ||
      (!!subject?.terms.length && subject.terms.every((t) => name.includes(t)));
    const described = !side.people[k] && namedByKind(passage, side.referredAs[k]!) && about();
    if (surname || referred || described || shortForm(passage, side.shortNames[k]!, subject, side.names[k]!)) {
      for (const t of name) own = add(t, shared, own);
    }
  }
  // "CHF 4.5 million" is a sum in Swiss francs: it holds the words of a question asking "in Swiss francs".
  if (side.question.currency && inCurrency(passage, side.question.currency.codes)) {
    for (const t of side.question.currency.terms) own = add(t, shared, own);
  }
  // A sentence inside a quotation opened by the sentence before is spoken by whoever that sentence names.
  if (before?.opensQuote) {
    for (const name of before.names) for (const t of termsOfName(name.text)) own = add(t, shared, own);
  }
  // "Has found the wreck" tells of finding, whatever its index term shares with "founded".
  for (const [term, form] of homographsOf(side.question)) {
    if ((own ?? shared).has(term) && writesOnlyAsOther(passage, term, form)) {
      own ??= new Set(shared);
      own.delete(term);
    }
  }
  return own ?? shared;
}

/** Whether a sentence names something again by what it is, after "the" ("the street"), and names no other. */
function namedByKind(passage: Passage, kinds: readonly string[]): boolean {
  if (kinds.length === 0) return false;
  const again = writtenTerms(passage).some(
    ({ term, at }) => kinds.includes(term) && /\bthe\s+$/i.test(passage.text.slice(Math.max(0, at - 4), at)),
  );
  // "Wren Street" in the sentence is what "the street" there names.
  return again && !passage.names.some((n) => kinds.includes(termsOfName(n.text).at(-1) ?? ''));
}

/**
 * Whether a surname's term is written only inside longer names it does not end ("Stelzer Seiltechnik", the firm,
 * not Markus Stelzer): a name ending in it ("Stelzer", "Markus Stelzer") is the person's.
 */
function onlyInsideOtherNames(passage: Passage, surname: string): boolean {
  let inside = false;
  for (const { text } of passage.names) {
    const terms = termsOfName(text);
    if (terms.at(-1) === surname) return false;
    inside ||= terms.includes(surname);
  }
  return inside;
}

/**
 * "Tern's chief executive" in an article that names Tern Aerospace in full: after the first mention news names an
 * organization by its first word. Only in an article that gives the full name, so "Greer" is not Greer County
 * anywhere the county is not named, and names nothing else that way.
 */
function shortForm(passage: Passage, short: string | null, subject: ArticleSubject | null, name: string[]): boolean {
  if (!short || !subject) return false;
  if (!passage.names.some((n) => n.text.toLowerCase() === short)) return false;
  // Every longer name the article starts with that word is this one: beside Aldwyn Air, "Aldwyn" is not the Aldwyn
  // Pilots Association.
  let full = false;
  for (const [mentioned] of subject.mentions) {
    if (!mentioned.startsWith(`${short} `)) continue;
    if (!sameEntity(termsOfName(mentioned), name)) return false;
    full = true;
  }
  return full;
}

// Whether a sentence gives its headline's figure does not change from question to question.
const givesFigure = new WeakMap<Passage, boolean>();

/**
 * "Aldwyn puts cost of September outage at $71 million" over "… the failure … cost it about $71 million": a
 * sentence giving the figure its headline gives is the one the headline sums up, and says what the headline says.
 */
function givesHeadlineFigure(passage: Passage, source: Source): boolean {
  let gives = givesFigure.get(passage);
  if (gives === undefined) {
    gives = passage.values.some((v) => {
      const figure = passage.text.slice(v.start, v.end);
      return v.kind !== 'date' && /\d/u.test(figure) && source.title.includes(figure);
    });
    givesFigure.set(passage, gives);
  }
  return gives;
}

const NOT_ORGANIZATIONS = new Set(['person', 'place']);

/**
 * The organization (or other name, not a person's or place's) the sentence just before names first, as its
 * subject: "Bellamy's shares rose 27%. The Alder Falls-based chain was founded in 1952." speaks of Bellamy's, not
 * of the Crestline the article is about.
 */
export function organizationBefore(before: Passage | undefined, kinds: NameKinds): readonly string[] | null {
  const first = before?.names.find((n) => !NOT_ORGANIZATIONS.has(kinds.get(n.text.toLowerCase()) ?? ''));
  return first ? termsOfName(first.text) : null;
}

/** Whether a sentence gives a sum in one of the currencies (by code, sign or name). */
function inCurrency(passage: Passage, codes: readonly string[]): boolean {
  return passage.values.some((value) => {
    if (value.kind !== 'money') return false;
    const written = currenciesOfMoney(passage.text.slice(value.start, value.end));
    return codes.some((code) => written.has(code));
  });
}

/** A term added to a sentence's own copy of its shared term set, made when the first new term comes. */
function add(term: string, shared: ReadonlySet<string>, own: Set<string> | null): Set<string> | null {
  if ((own ?? shared).has(term)) return own;
  const set = own ?? new Set(shared);
  set.add(term);
  return set;
}
