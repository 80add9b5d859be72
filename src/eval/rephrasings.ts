import type { Variant } from './robustness.ts';

// "Who is Dravec's agent?", "what's the city's annual budget": what a possessive owns, closing the question.
const POSSESSIVE = /^(who|what)( is| was| are| were|['’]s) ((?:(?! of ).)+?)['’]s ([a-z-]+(?: [a-z-]+)?)(?=\?|$)/iu;

/** Rewrites a question whose opening matches `from` (case aside) to open with `to` instead, else null. */
const reopened =
  (from: RegExp, to: string) =>
  (question: string): string | null =>
    from.test(question) ? question.replace(from, to) : null;

/**
 * Other wordings of the same question, as people write them: a wh-phrase for its wh-word ("what number of" for "how
 * many", "what led X to" for "why"), and the owner after "of" instead of before "'s" ("the agent of Dravec").
 */
export const REPHRASINGS: readonly Variant[] = [
  { name: 'what number of …', rewrite: reopened(/^how many\b/i, 'What number of') },
  {
    name: 'on what date …',
    rewrite: reopened(/^when(?= (?:did|was|were|is|will|does|do|has|had)\b)/i, 'On what date'),
  },
  { name: 'for what reason …', rewrite: reopened(/^why\b/i, 'For what reason') },
  { name: 'the … of X', rewrite: reopened(POSSESSIVE, '$1$2 the $4 of $3') },
  // Only where the subject is one word, a name or a pronoun: where a longer one ends takes a parser to tell.
  {
    name: 'what led X to …',
    rewrite: reopened(/^[Ww]hy (?:did|does|do) (\p{Lu}[\p{L}'’-]*|he|she|they|it) (?=\p{Ll})/u, 'What led $1 to '),
  },
  { name: 'which person …', rewrite: reopened(/^who\b/i, 'Which person') },
  { name: 'in which place …', rewrite: reopened(/^where\b/i, 'In which place') },
  {
    name: 'how much money …',
    rewrite: reopened(/^how much(?= (?:did|does|do|will|would|is|was)\b)/i, 'How much money'),
  },
];
