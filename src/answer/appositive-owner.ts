import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { ValueSpan } from '../text/annotate.ts';
import { sameEntity } from './entity-match.ts';
import { termsOfName } from './name-terms.ts';

/**
 * "Brookmere, a community of about 600 people": a name, then an appositive describing it by a figure. The figure
 * is that name's, whatever else the sentence names.
 */
const APPOSITIVE = new RegExp(
  String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*),\s+(?:a|an)\s+[^,;:()]{1,40}?\s(?:of|with)\s+` +
    String.raw`(?:(?:about|roughly|nearly|some|around|almost|more than|fewer than|just over|just under)\s+)?\p{Sc}?$`,
  'u',
);
/** How far before a figure its appositive may start. */
const REACH = 100;

/** The name a figure describes by apposition ("Brookmere" for the 600 of "Brookmere, a town of about 600"). */
function appositiveOwner(passage: Passage, span: ValueSpan): string | null {
  return APPOSITIVE.exec(passage.text.slice(Math.max(0, span.start - REACH), span.start))?.[1] ?? null;
}

/** Whether a figure describes, by apposition, a name other than every one the question asks about. */
export function describesOtherName(passage: Passage, span: ValueSpan, question: AnalyzedQuestion): boolean {
  const asked = question.names.filter((n) => n.known && n.terms.length > 0);
  if (asked.length === 0) return false;
  const owner = appositiveOwner(passage, span);
  if (!owner) return false;
  const ownerTerms = termsOfName(owner);
  return !asked.some((name) => sameEntity(ownerTerms, name.terms));
}
