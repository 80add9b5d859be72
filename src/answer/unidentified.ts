import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import { termOf } from '../text/analyzer.ts';
import { writtenTerms } from './term-positions.ts';

/** "Which clubs …", "which breed of …": the noun a "which" question asks to pick out. */
const WHICH = /^\s*which\s+([\p{L}-]+)/iu;
/**
 * Determiners that speak of some or all of a kind without picking any out ("several clubs", "most runners"),
 * with at most one word between. English quantifiers are a closed class, so they are written out.
 */
const QUANTIFIED = /\b(?:most|several|some|many|few|other|all|both|various|numerous|certain)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/**
 * "The country the family visited": a definite noun told only by a clause after it, with no name set beside it
 * before ("Ostland, the country that …", "Ostland is the country that …").
 */
const DEFINITE = /(?<!,|\b(?:is|was|are|were|became|becomes))\s+the\s+$/i;
const CLAUSE_AFTER = /^\s+(?:the|a|an|his|her|their|its|that|which|where|who|whom)\b/i;
/** How far back the quantifier may stand. */
const REACH = 30;
/** "Several clubs, including Vale Harriers", "other clubs, Ashby Runners and …": the ones meant are named after. */
const NAMED_AFTER = /^(?:[^.;]{0,40}?(?:\bincluding\b|\bsuch as\b|\bamong them\b|:|—)|,\s+\p{Lu}|\s+\()/u;

/**
 * "Which clubs backed the plan?" is not answered by "… backed by the parks board, several clubs and a parents'
 * group", nor "which country did they visit" by "… in the country the family visited": a sentence that writes what is
 * asked only with a quantifier, or only as told by a clause, and never names which ones, picks none out.
 */
export function onlyUnidentified(passage: Passage, question: AnalyzedQuestion): boolean {
  const noun = WHICH.exec(question.text)?.[1];
  const term = noun ? termOf(noun.toLowerCase()) : null;
  if (!term) return false;
  const mentions = writtenTerms(passage).filter((w) => w.term === term);
  const unidentified = (at: number, word: string): boolean => {
    const before = passage.text.slice(Math.max(0, at - REACH), at);
    const after = passage.text.slice(at + word.length);
    // "… the country the family visited, Ostland": a name later in the sentence may still say which.
    const namedLater = passage.names.some((n) => n.start > at);
    const described = DEFINITE.test(before) && CLAUSE_AFTER.test(after) && !namedLater;
    return (QUANTIFIED.test(before) || described) && !NAMED_AFTER.test(after);
  };
  return mentions.length > 0 && mentions.every((m) => unidentified(m.at, m.word));
}
