import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { ValueSpan } from '../text/annotate.ts';
import { sameEntity } from './entity-match.ts';
import { termsOfName } from './name-terms.ts';
import { regex } from '../text/regex.ts';
import { APPROXIMATELY } from '../text/stop-words.ts';

/** What may stand between a figure's owner and the figure: a word of approximation, a currency's sign. */
const APPROXIMATE_FIGURE = String.raw`(?:${APPROXIMATELY}\s+)?\p{Sc}?$`;

/**
 * "Brookmere, a community of about 600 people": a name, then an appositive describing it by a figure. The figure
 * is that name's, whatever else the sentence names.
 */
const APPOSITIVE = new RegExp(
  String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*),\s+(?:a|an)\s+[^,;:()]{1,40}?\s(?:of|with)\s+` +
    APPROXIMATE_FIGURE,
  'u',
);
/**
 * "The Kettle Lodge, which opened in 1994, …" or "Fenwick Springs, a bottler founded in 1961": a name, then a clause
 * or an appositive set off by a comma that dates something of it. The date is that name's.
 */
const DATING_CLAUSE =
  /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*),\s+(?:a|an|which|who)\s+[^,;:()]{1,60}?\s(?:in|on|since)\s+$/u;
/**
 * "Mossbank High's 640 students": a figure right after a name's possessive (and a word of approximation) is that
 * name's.
 */
const POSSESSOR = regex([String.raw`(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)['’]s\s+`, APPROXIMATE_FIGURE]);
/** How far before a value its appositive may start. */
const REACH = 100;

// A figure's owner does not change from question to question: each pattern is read once per figure.
const owners = new WeakMap<ValueSpan, Map<RegExp, readonly string[] | null>>();

/** The terms of the name a pattern ending at a value finds before it ("brookmer" for "Brookmere, a town of 600"). */
function ownerBefore(passage: Passage, span: ValueSpan, pattern: RegExp): readonly string[] | null {
  let found = owners.get(span);
  if (!found) owners.set(span, (found = new Map()));
  let owner = found.get(pattern);
  if (owner === undefined) {
    const name = pattern.exec(passage.text.slice(Math.max(0, span.start - REACH), span.start))?.[1];
    found.set(pattern, (owner = name ? termsOfName(name) : null));
  }
  return owner;
}

/** Whether the name a pattern finds before a value is another than every one the question asks about. */
function ownedByOther(passage: Passage, span: ValueSpan, question: AnalyzedQuestion, pattern: RegExp): boolean {
  const asked = question.names.filter((n) => n.known && n.terms.length > 0);
  if (asked.length === 0) return false;
  const owner = ownerBefore(passage, span, pattern);
  return owner !== null && !asked.some((name) => sameEntity(owner, name.terms));
}

const dated = (span: ValueSpan): boolean => span.kind === 'date' || span.kind === 'time';

/** Whether a value describes, by apposition or a clause, a name other than every one the question asks about. */
export function describesOtherName(passage: Passage, span: ValueSpan, question: AnalyzedQuestion): boolean {
  return ownedByOther(passage, span, question, dated(span) ? DATING_CLAUSE : APPOSITIVE);
}

/** Whether a figure is written as the possession of a name other than every one the question asks about. */
export function possessedByOtherName(passage: Passage, span: ValueSpan, question: AnalyzedQuestion): boolean {
  return !dated(span) && ownedByOther(passage, span, question, POSSESSOR);
}
