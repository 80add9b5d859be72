import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { QuestionName } from '../question/question-names.ts';
import type { Passage } from '../retrieval/passage.ts';
import { termsOfName } from './name-terms.ts';
import { acronymsOf } from '../lexicon/names.ts';
import { ranksOtherwise } from '../text/ordinals.ts';
import type { NameSpan, ValueSpan } from '../text/annotate.ts';
import { regex } from '../text/regex.ts';
import type { ArticleSubject } from './article-subject.ts';
import { attributeMentions } from './attribute-mentions.ts';
import { containsRun } from './word-run.ts';
import { writtenTerms } from './term-positions.ts';
import type { NameKinds } from './type-match.ts';

/** Whether a sentence ties the attribute a question asks about to the entity it names. */
export interface RelationCheck {
  /** 1: tied to the question's entity; -1: tied to another entity instead; 0: cannot tell, or nothing to check. */
  link: -1 | 0 | 1;
  /** The other entity the attribute belongs to, when link is -1 ("IBM" in "IBM CEO Arvind Krishna"). */
  other: string | null;
  /** The sentence cannot be the answer at all: its figures count something else. */
  rulesOut?: true;
}

const NONE: RelationCheck = { link: 0, other: null };

/** Whether two names refer to the same entity: one's terms run inside the other's ("Baptiste", "Louis Baptiste"). */
export function sameEntity(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return a.length <= b.length ? containsRun(b, a) : containsRun(a, b);
}

/** Whether a sentence names the entity (by its full name or a part of it, as "Lee" for "Jennifer Lee"). */
export function namesEntity(passage: Passage, entity: QuestionName): boolean {
  return passage.names.some((n) => sameEntity(termsOfName(n.text), entity.terms));
}

/** A stand-in this sure for a one-word name is that name written out: "attorney general" for "AG". */
const SPELLED_OUT = 0.8;

/** Whether a sentence's terms write a one-word name out in full: "the attorney general" for the question's "AG". */
export function spellsOut(held: ReadonlySet<string>, name: readonly string[], question: AnalyzedQuestion): boolean {
  const term = name.length === 1 ? question.terms.find((t) => t.term === name[0]) : undefined;
  return !!term?.alternatives.some(
    (a) => a.weight >= SPELLED_OUT && a.terms.length > 1 && a.terms.every((t) => held.has(t)),
  );
}

/** Between an owner and the second of two roles it holds: "'s president and ". */
const COORDINATED_ROLE = /^['’]s (?:\p{Ll}[\p{Ll}-]* ){1,3}and $/u;

/** Between an owner and what it has, qualified: "'s kindergarten ". */
const QUALIFIED_POSSESSION = /^['’]s (?:\p{Ll}[\p{Ll}-]* ){1,2}$/u;

/** From an attribute to the owner named after it: "chief executive of (the) ", "spokesperson for the ". */
const OWNER_AFTER = /^[\p{L}\p{N}'’.-]+(?:\s+[\p{L}-]+){0,2}?\s+(?:of|at|for|with)\s+(?:the\s+)?/u;

/** Whether a one-word owner is written out right after the attribute: "a spokesperson for the attorney general". */
function spelledOwnerAfter(passage: Passage, at: number, question: AnalyzedQuestion, owner: QuestionName): boolean {
  const after = passage.text.slice(at).match(OWNER_AFTER);
  if (!after) return false;
  const words = writtenTerms(passage);
  const first = words.findIndex((w) => w.at === at + after[0].length);
  return first >= 0 && spellsOut(new Set(words.slice(first, first + 4).map((w) => w.term)), owner.terms, question);
}

/**
 * The name an attribute mention belongs to: "Acme's chief executive", "Acme chief executive", "chief executive of
 * Acme", and for ages "Jane Roe, 54". A name set off by a comma owns an age ("Dravec, a 26-year-old") but holds a
 * role ("Priya Raman, an analyst at Holloway Securities" is Holloway's analyst).
 */
function ownerAt(text: string, at: number, names: readonly NameSpan[], age: boolean): NameSpan | null {
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

/** How many times more an article must name its subject than the asked entity to read "the club's" as its subject's. */
const DOMINANCE = 2;

/**
 * When no name is attached to the attribute ("Chief executive Marcus Ebbage said …"), it belongs to whom the
 * article is about, if the article is plainly about someone else than the asked entity.
 */
function bySubject(
  owner: QuestionName,
  subject: ArticleSubject | null,
  contextTerms: ReadonlySet<string>,
): RelationCheck {
  if (!subject || sameEntity(subject.terms, owner.terms) || owner.terms.every((t) => contextTerms.has(t))) return NONE;
  const ownerNames = [...subject.mentions].filter(([name]) => sameEntity(termsOfName(name), owner.terms));
  // "TVTA" is the article's "Tessaly Valley Transit Authority", which the question asks of as "the transit authority".
  if (ownerNames.some(([name]) => acronymsOf(name).some((a) => a.toLowerCase() === subject.name))) return NONE;
  const ownerMentions = ownerNames.reduce((sum, [, n]) => sum + n, 0);
  return (subject.mentions.get(subject.name) ?? 0) >= DOMINANCE * Math.max(1, ownerMentions)
    ? { link: -1, other: subject.name.replace(/\b\p{L}/gu, (c) => c.toUpperCase()) }
    : NONE;
}

/** Questions about when, how long, how many or how much something happened: the event's doer must be the one asked. */
const EVENT_TYPES = new Set(['date', 'duration', 'count', 'money', 'amount', 'time']);
/** How far after a verb its object may be named: "founded Drummond", "bought the Drummond company". */
const OBJECT_REACH = 12;
/** How far before a verb its subject may be named: "Lumeridge, which was founded in 2014". */
const SUBJECT_REACH = 45;
const BETWEEN_SUBJECT_AND_VERB = regex([
  String.raw`^(?:['’]s)?(?:,? (?:which|who|that))?`,
  String.raw`(?:,? (?:is|was|were|are|has|had|have|been|be|being|also|then|first|later|itself))*,? ?$`,
]);

/** A form of "be" right before a verb makes it passive: "was founded", "had been quietly sold". */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;

/**
 * "When was Drummond founded?" is not answered by "Lumeridge, founded in 2014, bought Drummond": the name just
 * before the question's verb says whose event a sentence tells.
 */
function eventRelation(passage: Passage, question: AnalyzedQuestion, asked: QuestionName): RelationCheck {
  if (!EVENT_TYPES.has(question.type) || question.eventTerms.length === 0) return NONE;
  const wanted = new Set(question.eventTerms);
  let other: string | null = null;
  for (const { at, word, term } of writtenTerms(passage)) {
    if (!wanted.has(term)) continue;
    const doer = passage.names
      .filter((n) => n.end <= at && at - n.end <= SUBJECT_REACH)
      .find((n) => BETWEEN_SUBJECT_AND_VERB.test(passage.text.slice(n.end, at).toLowerCase()));
    // "Jane Roe founded Drummond in 1998": in the active voice the asked entity is the one right after the verb.
    const end = at + word.length;
    const after = passage.names.find((n) => n.start >= end && n.start - end <= OBJECT_REACH);
    if (
      (doer && sameEntity(termsOfName(doer.text), asked.terms)) ||
      (after && sameEntity(termsOfName(after.text), asked.terms))
    ) {
      return { link: 1, other: null };
    }
    if (doer) other ??= doer.text;
    // "When was Drummond founded?" against "… before he founded Lumeridge in 2014": the one an active verb acts on
    // is the one that underwent the event.
    const active = !PASSIVE_BEFORE.test(passage.text.slice(Math.max(0, at - 16), at));
    if (question.eventPassive && active && after) other ??= after.text;
  }
  return other ? { link: -1, other } : NONE;
}

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

const COUNTED_OTHERWISE: RelationCheck = { link: -1, other: null, rulesOut: true };
/** A counted noun weighed at least this much is specific: "people" or "ones" may be counted as anyone. */
const SPECIFIC_WEIGHT = 0.5;

/** A figure in or right after a name ("Local 412", "Route 9") is part of it and counts nothing. */
function inName(passage: Passage, v: ValueSpan): boolean {
  return passage.names.some(
    (n) => n.start <= v.start && (v.end <= n.end || passage.text.slice(n.end, v.start) === ' '),
  );
}

/**
 * "How many mechanics does Local 412 represent?" is not answered by "… represents about 2,300 TVTA workers": a
 * sentence that never mentions what is counted, whose every count counts some other noun, gives another count.
 */
function countsOtherwise(passage: Passage, question: AnalyzedQuestion): boolean {
  if (question.type !== 'count' || question.attributeTerms.length === 0) return false;
  const head = question.terms.find((t) => t.term === question.attributeTerms.at(-1));
  if (!head || head.weight < SPECIFIC_WEIGHT || attributeMentions(passage, question).length > 0) return false;
  const counts = passage.values.filter((v) => v.kind === 'count' && !inName(passage, v));
  return counts.length > 0 && counts.every((v) => v.counted !== undefined);
}

const ANOTHER_ONE: RelationCheck = { link: -1, other: null };

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
    !question.years.every((year) => held.has(year) || contextTerms.has(year) || !!published?.startsWith(year))
  );
}

/**
 * Checks whether the sentence gives the asked attribute of the question's entity, of another one, or cannot tell.
 * `held` is what the sentence says (its terms, and those it refers to), `contextTerms` its paragraph's.
 */
export function checkRelation(
  passage: Passage,
  question: AnalyzedQuestion,
  subject: ArticleSubject | null,
  held: ReadonlySet<string>,
  contextTerms: ReadonlySet<string>,
  kinds: NameKinds,
  published: string | null,
): RelationCheck {
  if (countsOtherwise(passage, question)) return COUNTED_OTHERWISE;
  if (tellsOfAnother(passage, question, held, contextTerms, published)) return ANOTHER_ONE;
  const known = question.names.filter((n) => n.known);
  const found = attributeRelation(passage, question, known, subject, held, contextTerms, kinds);
  if (found.link !== 0 || question.type !== 'yes-no') return found;
  return yesNoRelation(passage, question, known, subject, contextTerms);
}

function attributeRelation(
  passage: Passage,
  question: AnalyzedQuestion,
  known: readonly QuestionName[],
  subject: ArticleSubject | null,
  held: ReadonlySet<string>,
  contextTerms: ReadonlySet<string>,
  kinds: NameKinds,
): RelationCheck {
  const owner = question.owner ?? (known.length === 1 ? known[0]! : null);
  if (!owner) return NONE;
  // Whose a role or a measure is decides the answer; whose "deal" or "ban" it is, less so.
  if (question.attributeKind !== 'role' && question.attributeKind !== 'measure' && question.type !== 'age') {
    return eventRelation(passage, question, owner);
  }
  const mentions = attributeMentions(passage, question);
  // "How old is Farraday?" and "how old is Felix Roe, the engineer?" ask a person's age: every age in the sentence
  // is someone's. "How old is the Kingsmere manager?" asks of the role, tied to Kingsmere.
  const person = question.attributeTerms.length === 0 || kinds.get(owner.text.toLowerCase()) === 'person';
  const ages = new Set<number>();
  if (question.type === 'age' && person) {
    for (const value of passage.values) if (value.kind === 'age') ages.add(value.start);
  }
  if (mentions.length === 0 && ages.size === 0) return NONE;
  let other: string | null = null;
  for (const at of [...mentions, ...ages]) {
    if (spelledOwnerAfter(passage, at, question, owner)) return { link: 1, other: null };
    const name = ownerAt(passage.text, at, passage.names, question.type === 'age');
    if (!name) continue;
    if (sameEntity(termsOfName(name.text), owner.terms)) return { link: 1, other: null };
    other ??= name.text;
  }
  const named = namesEntity(passage, owner) || spellsOut(held, owner.terms, question);
  // "Glenn Mottram, 58," is Mottram's age however often the sentence names Dravec; a role another owner holds may
  // still be said of the asked one elsewhere in the sentence.
  if (other) return named && question.type !== 'age' ? NONE : { link: -1, other };
  if (named) return NONE;
  // "Chief financial officer Graham Pell said the deal would add to Crestline's earnings": a role with no owner
  // attached, in a sentence about another organization, is that organization's.
  const organization =
    question.attributeKind === 'role'
      ? passage.names.find((n) => kinds.get(n.text.toLowerCase()) === 'organization')
      : undefined;
  if (organization) return { link: -1, other: organization.text };
  // Only a role is read as the article's subject's when nothing names its holder ("Chief executive Marcus Ebbage");
  // a count or a figure may be anyone's.
  return question.attributeKind === 'role' ? bySubject(owner, subject, contextTerms) : NONE;
}
