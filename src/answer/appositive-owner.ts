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

// A figure's appositive does not change from question to question: worked out once per figure, as terms.
const owners = new WeakMap<ValueSpan, readonly string[] | null>();

/** The terms of the name a value describes by apposition ("brookmer" for the 600 of "Brookmere, a town of 600"). */
function appositiveOwner(passage: Passage, span: ValueSpan): readonly string[] | null {
  let owner = owners.get(span);
  if (owner === undefined) {
    const pattern = span.kind === 'date' || span.kind === 'time' ? DATING_CLAUSE : APPOSITIVE;
    const name = pattern.exec(passage.text.slice(Math.max(0, span.start - REACH), span.start))?.[1];
    owners.set(span, (owner = name ? termsOfName(name) : null));
  }
  return owner;
}

/** Whether a value describes, by apposition or a clause, a name other than every one the question asks about. */
export function describesOtherName(passage: Passage, span: ValueSpan, question: AnalyzedQuestion): boolean {
  const asked = question.names.filter((n) => n.known && n.terms.length > 0);
  if (asked.length === 0) return false;
  const owner = appositiveOwner(passage, span);
  return owner !== null && !asked.some((name) => sameEntity(owner, name.terms));
}

// A figure's possessor does not change from question to question either.
const possessors = new WeakMap<ValueSpan, readonly string[] | null>();

/** Whether a figure is written as the possession of a name other than every one the question asks about. */
export function possessedByOtherName(passage: Passage, span: ValueSpan, question: AnalyzedQuestion): boolean {
  const asked = question.names.filter((n) => n.known && n.terms.length > 0);
  if (asked.length === 0 || span.kind === 'date' || span.kind === 'time') return false;
  let owner = possessors.get(span);
  if (owner === undefined) {
    const name = POSSESSOR.exec(passage.text.slice(Math.max(0, span.start - REACH), span.start))?.[1];
    possessors.set(span, (owner = name ? termsOfName(name) : null));
  }
  return owner !== null && !asked.some((name) => sameEntity(owner, name.terms));
}
