import type { Passage } from '../retrieval/passage.ts';
import { anyOf, regex } from '../text/regex.ts';
import { writtenTerms } from './term-positions.ts';

/**
 * Modal verbs that put what follows among what only may happen. Not "will" or "would": news tells a settled deal
 * that way ("they will pay Harbury an initial £52m"), and a plan so told often answers what was done.
 */
const MODALS = ['could', 'may', 'might', 'should'];
/** Words (as patterns) that tell of a plan or a forecast: "expected Wednesday", "plans to reopen", "due in May". */
export const PLAN_WORDS = ['expects?', 'expected', 'plans?', 'planned', 'scheduled', 'due'];
/** Words that, with a "to" after them, tell of a plan, a hope or a forecast ("expects Marisol to make landfall"). */
const INTENDED = [
  ...PLAN_WORDS,
  'hopes?',
  'hoped',
  'aims?',
  'likely',
  'unlikely',
  'set',
  'going',
  'intends?',
  'intended',
  'wants?',
  'seeks?',
  'proposes?',
  'proposed',
];
/** Conjunctions whose clause tells of what has not happened ("until the bridge reopens"). */
const UNREALIZED = ['until', 'unless', 'if'];
/** One of them within three words before the verb, in the same clause. */
const UNREAL_BEFORE = regex(
  [
    String.raw`\b(?:${anyOf([...MODALS, ...UNREALIZED])}|${anyOf(INTENDED)}(?:\s+[\w'’-]+){0,2}?\s+to)`,
    String.raw`(?:\s+[\w'’-]+){0,3}\s*$`,
  ],
  'i',
);
/** Only the clause the verb stands in is looked at: "…, and said it would" is another clause's plan. */
const CLAUSE_START = /[.;:,()—–]\s*(?=[^.;:,()—–]*$)/u;
/** How far before the verb (in characters) its clause is looked at. */
const REACH = 60;

/**
 * Whether every place the sentence writes one of the verbs tells it as what only may happen, is planned or expected
 * ("could reopen by early July", "expects Marisol to make landfall"), not as done; false when it writes none of them.
 */
export function toldAsUnreal(passage: Passage, verbs: readonly string[]): boolean {
  if (verbs.length === 0) return false;
  let seen = false;
  for (const written of writtenTerms(passage)) {
    if (!verbs.includes(written.term)) continue;
    seen = true;
    const before = passage.text.slice(Math.max(0, written.at - REACH), written.at);
    const clause = before.slice((CLAUSE_START.exec(before)?.index ?? -1) + 1);
    if (!UNREAL_BEFORE.test(clause)) return false;
  }
  return seen;
}
