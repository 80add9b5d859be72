import { decadesIn, MONTH_PATTERN, monthNumber, YEAR_PATTERN } from '../text/calendar.ts';
import { regex } from '../text/regex.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { QuestionName } from '../question/question-names.ts';
import { namedInClause } from '../question/relative-clause.ts';
import type { Passage } from '../retrieval/passage.ts';
import { termOf, terms } from '../text/analyzer.ts';
import { attributeMentions } from './attribute-mentions.ts';
import { perPassage } from './per-passage.ts';
import { ranksOtherwise } from '../text/ordinals.ts';
import type { NameSpan } from '../text/annotate.ts';
import type { ArticleSubject } from './article-subject.ts';
import { isQuestionName, namesEntity, NONE, type RelationCheck, sameEntity, spellsOut } from './entity-match.ts';
import { eventRelation } from './event-relation.ts';
import { onlyWithheld } from './withheld.ts';
import { onlyUnidentified } from './unidentified.ts';
import { countsOtherwise } from './counts-otherwise.ts';
import { anotherPersons } from './other-person.ts';
import { bySubject, isPlainlyAbout } from './subject-relation.ts';
import { organizationBefore, REFERRING_NOUNS } from './sentence-terms.ts';
import type { SentenceContext } from './sentence-context.ts';
import { writtenTerms } from './term-positions.ts';
import type { NameKinds } from './type-match.ts';
import { isPersonName } from './person-names.ts';

/** Between an owner and the second of two roles it holds: "'s president and ". */
const COORDINATED_ROLE = /^['’]s (?:\p{Ll}[\p{Ll}-]* ){1,3}and $/u;

/** Between an owner and what it has, qualified: "'s kindergarten ". */
const QUALIFIED_POSSESSION = /^['’]s (?:\p{Ll}[\p{Ll}-]* ){1,2}$/u;

/** From an attribute to the owner named after it: "chief executive of (the) ", "spokesperson for the ". */
const ROLE_TO_OWNER = String.raw`^[\p{L}\p{N}'’.-]+(?:\s+[\p{L}-]+){0,2}?\s+(?:of|at|for|with)\s+`;
const OWNER_AFTER = regex([ROLE_TO_OWNER, String.raw`(?:the\s+)?`]);

/** How many words after the attribute may write out its owner: "the federal Mine Safety and Health Administration". */
const OWNER_WORDS = 8;

/** Whether a one-word owner is written out right after the attribute: "a spokesperson for the attorney general". */
function spelledOwnerAfter(passage: Passage, at: number, question: AnalyzedQuestion, owner: QuestionName): boolean {
  const after = passage.text.slice(at).match(OWNER_AFTER);
  if (!after) return false;
  const words = writtenTerms(passage);
  const first = words.findIndex((w) => w.at === at + after[0].length);
  const reach = words.slice(first, first + OWNER_WORDS).map((w) => w.term);
  return first >= 0 && spellsOut(new Set(reach), owner.terms, question);
}

/** Between an owner written out and its attribute: nothing, or a possessive. */
const OWNER_BESIDE = /^(?:['’]s)?\s+$/u;

/**
 * Whether the owner's words are written right before the attribute ("Gresham Falls Mayor Bertrand Ekwueme"), however
 * the sentence's names were cut: a tagger may read "Falls" as a verb and leave only "Gresham" a name.
 */
function ownerWrittenBefore(passage: Passage, at: number, owner: QuestionName): boolean {
  const words = writtenTerms(passage);
  const mention = words.findIndex((w) => w.at === at);
  const first = mention - owner.terms.length;
  if (first < 0 || !owner.terms.every((t, k) => words[first + k]!.term === t)) return false;
  const last = words[mention - 1]!;
  return OWNER_BESIDE.test(passage.text.slice(last.at + last.word.length, at));
}

/**
 * The name an attribute mention belongs to: "Acme's chief executive", "Acme chief executive", "chief executive of
 * Acme", and for ages "Jane Roe, 54". A name set off by a comma owns an age ("Dravec, a 26-year-old") but holds a
 * role ("Priya Raman, an analyst at Holloway Securities" is Holloway's analyst).
 */
function ownerAt(text: string, at: number, names: readonly NameSpan[], age: boolean): NameSpan | null {
  // "Silverpine Mayor Theodore Brandvold", read as one name where the corpus never writes "mayor" in lower case:
  // what precedes the role inside the name owns it.
  const around = names.find((n) => n.start < at && at < n.end);
  const before = around ? text.slice(around.start, at).trimEnd() : '';
  if (around && before) return { text: before, start: around.start, end: around.start + before.length };
  // "the Bishop of Carrowby", read as one name that opens on the role: what follows "of" owns it.
  const opening = names.find((n) => n.start === at);
  const title = opening ? text.slice(at, opening.end) : '';
  const of = OWNER_AFTER.exec(title)?.[0].length ?? 0;
  if (opening && of > 0 && of < title.length) return { text: title.slice(of), start: at + of, end: opening.end };
  const beside = age ? /^(?:['’]s)?\s*(?:,\s*(?:an?\s+)?)?$/u : /^(?:['’]s)?\s*$/u;
  for (const name of names) {
    if (name.end > at) continue;
    const between = text.slice(name.end, at);
    // "Acme's chief executive", "Acme chief executive", "Jane Roe, 54".
    if (beside.test(between) && at - name.end <= 7) return name;
    // "Acme's president and chief executive": the owner holds every role of the pair; "the county's kindergarten
    // vaccination rate": a word or two may qualify what the owner has.
    if (COORDINATED_ROLE.test(between) || QUALIFIED_POSSESSION.test(between)) return name;
  }
  const after = text.slice(at).match(OWNER_AFTER);
  if (after) {
    const from = at + after[0].length;
    const name = names.find((n) => n.start === from);
    if (name) return name;
  }
  return null;
}

/** A possessive pronoun before an attribute and its modifiers ("His agent", "its managing director"). */
const POSSESSIVE_BEFORE = /\b(his|her|its|their)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/iu;
const POSSESSIVE_REACH = 40;
/** An organization named again by its head noun before an attribute: "the authority's (executive) director". */
const DEFINITE_BEFORE = /\bthe\s+(\p{L}[\p{L}-]*)['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/iu;
const REFERENCE_REACH = 48;

/**
 * "the authority's executive director" in an article naming the Mobility Authority: the head noun of the owner's
 * name, as its possessor, refers to it when the paragraph or the headline names it in full.
 */
function definiteOwns(passage: Passage, at: number, owner: QuestionName, context: RelationContext): boolean {
  const noun = DEFINITE_BEFORE.exec(passage.text.slice(Math.max(0, at - REFERENCE_REACH), at))?.[1];
  if (!noun || owner.terms.length < 2 || termOf(noun.toLowerCase()) !== owner.terms.at(-1)) return false;
  return owner.terms.every((t) => context.terms.has(t));
}

/**
 * "Its president, Dr. Franklin Moss, said …" after a paragraph about the institute: a possessive pronoun before the
 * role refers to the owner when the paragraph (or the one before) names it and the pronoun fits its kind (a person's
 * "his" or "her", an organization's "its"; "their" either).
 */
function pronounOwns(
  passage: Passage,
  at: number,
  owner: QuestionName,
  context: RelationContext,
  kinds: NameKinds,
): boolean {
  const before = passage.text.slice(Math.max(0, at - POSSESSIVE_REACH), at);
  const pronoun = POSSESSIVE_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (!pronoun) return false;
  const person = isPersonName(owner.text, kinds);
  // An organization is named again by its head noun: "the institute" for the Halloran Institute.
  const named =
    owner.terms.every((t) => context.paragraphTerms.has(t)) ||
    (!person && owner.terms.length > 1 && context.paragraphTerms.has(owner.terms.at(-1)!)) ||
    // "Ashgrove closed its last plant. Its chief executive, …": the sentence before names the asked one first.
    (!person && namedBefore(context.before, owner, kinds));
  return named && (pronoun === 'their' || (pronoun === 'its' ? !person : person));
}

// "a spokeswoman for the chain", "the chain's spokeswoman": an organization named back by the kind of body it is.
const REFERRED_AFTER = regex([ROLE_TO_OWNER, String.raw`the\s+${REFERRING_NOUNS}\b(?!['’]s|\s+\p{Lu})`]);
const REFERRED_BEFORE = regex([String.raw`\bthe\s+${REFERRING_NOUNS}['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$`], 'i');

/**
 * Whether the role is held at an organization the sentence names only as "the company" or "the chain", when the
 * sentence's own paragraph names the owner and the sentence before no other: "Solmar said it had removed the
 * product. "Our customers' trust comes first," said Ines Carvalo, a spokeswoman for the chain."
 */
function referredOwns(
  passage: Passage,
  at: number,
  owner: QuestionName,
  context: RelationContext,
  kinds: NameKinds,
): boolean {
  const { text } = passage;
  const referred =
    REFERRED_AFTER.test(text.slice(at)) || REFERRED_BEFORE.test(text.slice(Math.max(0, at - REFERENCE_REACH), at));
  if (!referred) return false;
  // Its own paragraph, not the one before, names the owner.
  const paragraph = new Set(terms(context.paragraph));
  if (!owner.terms.every((t) => paragraph.has(t))) return false;
  const antecedent = organizationBefore(context.before, kinds);
  return antecedent === null || sameEntity(antecedent, owner.terms);
}

/** Whether the sentence before names the owner first, in full or in part ("Ashgrove" for Ashgrove Mountain Co.). */
function namedBefore(before: Passage | undefined, owner: QuestionName, kinds: NameKinds): boolean {
  const antecedent = organizationBefore(before, kinds);
  return antecedent !== null && sameEntity(antecedent, owner.terms);
}

/** What may come before a sentence's subject: nothing, or "The". */
const SENTENCE_OPENING = /^(?:the\s+)?$/i;

/**
 * "Did Microsoft also donate, like Amazon did?" is about Microsoft: a sentence that does not name it, in an article
 * about someone else, tells of that other one.
 */
function yesNoRelation(
  passage: Passage,
  question: AnalyzedQuestion,
  known: readonly QuestionName[],
  subject: ArticleSubject | null,
  contextTerms: ReadonlySet<string>,
): RelationCheck {
  const asked = known.find((n) => n.text === question.subject);
  if (!asked || namesEntity(passage, asked) || asked.terms.every((t) => contextTerms.has(t))) return NONE;
  return bySubject(asked, subject, contextTerms);
}

/** "Who is Netflix's chief executive?": a question for the holder of an owner's role. */
export function asksRoleHolder(question: AnalyzedQuestion): boolean {
  const who = question.type === 'person' || question.type === 'agent';
  return who && question.attributeKind === 'role' && question.owner !== null;
}

const ANOTHER_ONE: RelationCheck = { link: -1, other: null };
const COUNTED_OTHERWISE: RelationCheck = { link: -1, other: null, rulesOut: true };
/** What is asked is written only as withheld or unidentified: the sentence does not give it. */
const NOT_GIVEN: RelationCheck = { link: 0, other: null, rulesOut: true };

/**
 * Whether the sentence tells of another one of what is asked: "the first week" for the second, or a story neither
 * written about nor published in the year asked ("the 1998 strike").
 */
function tellsOfAnother(
  passage: Passage,
  question: AnalyzedQuestion,
  held: ReadonlySet<string>,
  contextTerms: ReadonlySet<string>,
  published: string | null,
): boolean {
  return (
    ranksOtherwise(passage.text, question.ordinals) ||
    !question.years.every((year) => held.has(year) || contextTerms.has(year) || !!published?.startsWith(year)) ||
    tellsOfOtherMonth(passage, question.months) ||
    tellsOfOtherDecade(passage, question.decades)
  );
}

const YEARS = new RegExp(String.raw`\b${YEAR_PATTERN}\b`, 'gu');

/** Whether a sentence names decades or years, none in one asked about: "the 1990s" for a 2000s average. */
function tellsOfOtherDecade(passage: Passage, asked: readonly string[]): boolean {
  if (asked.length === 0) return false;
  const told = [...decadesIn(passage.text), ...(passage.text.match(YEARS) ?? []).map((year) => year.slice(0, 3))];
  return told.length > 0 && !told.some((decade) => asked.includes(decade));
}

// A month as prose writes it, with its capital: "January", "Feb.", "Sept".
const MONTH_WORD = new RegExp(`\\b(${MONTH_PATTERN})(?![\\p{L}])`, 'giu');

/** The months a sentence names, as prose writes them (the same sentences are candidates question after question). */
const monthsNamed = perPassage(({ text }) =>
  [...text.matchAll(MONTH_WORD)].flatMap((m) => (/^\p{Lu}/u.test(m[1]!) ? [monthNumber(m[1]!)] : [])),
);

/** Whether a sentence names months, none of them one asked about: "in January" for a February figure. */
function tellsOfOtherMonth(passage: Passage, asked: readonly number[]): boolean {
  if (asked.length === 0) return false;
  const named = monthsNamed(passage);
  return named.length > 0 && !named.some((month) => month !== null && asked.includes(month));
}

/**
 * Checks whether the sentence gives the asked attribute of the question's entity, of another one, or cannot tell.
 * `held` is what the sentence says (its terms, and those it refers to), `context` what surrounds it.
 */
export function checkRelation(
  passage: Passage,
  question: AnalyzedQuestion,
  subject: ArticleSubject | null,
  held: ReadonlySet<string>,
  context: RelationContext,
  kinds: NameKinds,
  published: string | null,
): RelationCheck {
  if (countsOtherwise(passage, question, held)) return COUNTED_OTHERWISE;
  if (onlyWithheld(passage, question) || onlyUnidentified(passage, question)) return NOT_GIVEN;
  if (tellsOfAnother(passage, question, held, context.terms, published)) return ANOTHER_ONE;
  const known = question.names.filter((n) => n.known);
  const found = attributeRelation(passage, question, known, subject, held, context, kinds);
  if (found.link !== 0) return found;
  const person = anotherPersons(passage, question, known, held, kinds);
  if (person.link !== 0 || question.type !== 'yes-no') return person;
  return yesNoRelation(passage, question, known, subject, context.terms);
}

/**
 * The terms around a sentence: with its headline's, and its paragraphs' alone; and the sentence before it in its
 * paragraph, whose first organization "its" most likely refers to.
 */
export interface RelationContext extends Pick<SentenceContext, 'terms' | 'paragraphTerms' | 'paragraph'> {
  before?: Passage | undefined;
}

function attributeRelation(
  passage: Passage,
  question: AnalyzedQuestion,
  known: readonly QuestionName[],
  subject: ArticleSubject | null,
  held: ReadonlySet<string>,
  context: RelationContext,
  kinds: NameKinds,
): RelationCheck {
  const owner = question.owner ?? (known.length === 1 ? known[0]! : null);
  if (!owner) return NONE;
  // Whose a role or a measure is decides the answer, and whose thing a name is asked of ("the name of IBM's
  // product"); whose "deal" or "ban" it is, less so.
  const whose = question.attributeKind === 'role' || question.attributeKind === 'measure' || question.type === 'name';
  if (!whose && question.type !== 'age') {
    return eventRelation(passage, question, owner);
  }
  const mentions = attributeMentions(passage, question);
  // "How old is Farraday?" and "how old is Felix Roe, the engineer?" ask a person's age: every age in the sentence
  // is someone's. "How old is the Kingsmere manager?" asks of the role, tied to Kingsmere.
  // "How old is the math teacher who taught Aldercott?" asks the teacher's age: Aldercott's is someone else's.
  const clause = question.type === 'age' && !question.owner && namedInClause(question.text, owner.text);
  const person = question.attributeTerms.length === 0 || clause || kinds.get(owner.text.toLowerCase()) === 'person';
  const ages = new Set<number>();
  if (question.type === 'age' && person) {
    for (const value of passage.values) if (value.kind === 'age') ages.add(value.start);
  }
  if (mentions.length === 0 && ages.size === 0) return NONE;
  let other: string | null = null;
  for (const at of [...mentions, ...ages]) {
    if (spelledOwnerAfter(passage, at, question, owner) || ownerWrittenBefore(passage, at, owner)) {
      return { link: 1, other: null };
    }
    if (
      question.attributeKind === 'role' &&
      !isPersonName(owner.text, kinds) &&
      definiteOwns(passage, at, owner, context)
    ) {
      return { link: 1, other: null };
    }
    if (question.attributeKind === 'role' && pronounOwns(passage, at, owner, context, kinds)) {
      return { link: 1, other: null };
    }
    if (question.attributeKind === 'role' && referredOwns(passage, at, owner, context, kinds)) {
      return { link: 1, other: null };
    }
    const name = ownerAt(passage.text, at, passage.names, question.type === 'age');
    if (!name) continue;
    const owns = isQuestionName(name.text, owner);
    if (owns && !clause) return { link: 1, other: null };
    if (owns || !clause) other ??= name.text;
  }
  // Asked of one the question does not name, any other age may be theirs; only the clause's name's is not.
  if (clause) return other ? { link: -1, other } : NONE;
  // "Chief Executive Marguerite Deslauriers" in an article plainly about Velantis is Velantis's chief executive.
  if (question.attributeKind === 'role' && !other && mentions.length > 0 && isPlainlyAbout(subject, owner, kinds)) {
    return { link: 1, other: null };
  }
  const named = namesEntity(passage, owner) || spellsOut(held, owner.terms, question);
  // "Glenn Mottram, 58," is Mottram's age however often the sentence names Dravec; a role another owner holds may
  // still be said of the asked one elsewhere in the sentence.
  if (other) return named && question.type !== 'age' ? NONE : { link: -1, other };
  if (named) return NONE;
  // "… a 17-year-old girl, according to the sheriff's office" is not Sheriff Pruett-Hale's age: an age in a sentence
  // that neither names the asked person nor refers to them is someone else's.
  if (ages.size > 0 && !owner.terms.every((t) => held.has(t))) return { link: -1, other: null };
  // "Tern Aerospace is laying off 45 employees" counts Tern's, not Glasswing's: a measure no name is attached to, in
  // a sentence whose subject is another organization or place and that never names the asked one, is the subject's.
  if (question.attributeKind === 'measure' && mentions.length > 0) {
    const subjectName = passage.names.find((n) => SENTENCE_OPENING.test(passage.text.slice(0, n.start)));
    if (subjectName && subjectName.end <= mentions[0]! && kinds.get(subjectName.text.toLowerCase()) !== 'person') {
      return { link: -1, other: subjectName.text };
    }
  }
  // "Chief financial officer Graham Pell said the deal would add to Crestline's earnings": a role with no owner
  // attached, in a sentence about another organization, is that organization's.
  const organization =
    question.attributeKind === 'role'
      ? passage.names.find((n) => kinds.get(n.text.toLowerCase()) === 'organization')
      : undefined;
  if (organization) return { link: -1, other: organization.text };
  // A role or a measure named with no holder ("Chief executive Marcus Ebbage", "the airline still had planes") is
  // the article's subject's, when the article is plainly about another than the asked one. A headline naming the
  // asked one ("… turn down Kingsmere offer") does not make "Manager Glenn Mottram" of an article about Harbury
  // Kingsmere's: only the paragraphs around it may. A figure that names nothing asked may be anyone's.
  const ownerless = question.attributeKind === 'role' || (question.attributeKind === 'measure' && mentions.length > 0);
  return ownerless ? bySubject(owner, subject, context.paragraphTerms) : NONE;
}
