import { countsSamePeople, isPeople } from './people-counts.ts';
import { englishWords } from '../lexicon/english.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { ValueSpan } from '../text/annotate.ts';
import { attributeMentions } from './attribute-mentions.ts';
import { holdsEvent } from './term-holding.ts';

/** How far after the start of a mention of what is asked its counted noun may be ("provisional ballots"). */
const COUNTED_REACH = 30;

/** A counted noun weighed at least this much is specific: "people" or "ones" may be counted as anyone. */
const SPECIFIC_WEIGHT = 0.5;

/**
 * "The highest algae cell count", "the final tally": a head that is itself a word for a figure names nothing
 * counted, so any count may be the one asked for ("210,000 cells per litre, the highest count").
 */
const NUMBER_HEADS: ReadonlySet<string> = new Set(['count', 'counts', 'number', 'total', 'tally', 'toll', 'figure']);

/** A figure in or right after a name ("Local 412", "Route 9") is part of it and counts nothing. */
function inName(passage: Passage, v: ValueSpan): boolean {
  return passage.names.some(
    (n) => n.start <= v.start && (v.end <= n.end || passage.text.slice(n.end, v.start) === ' '),
  );
}

/**
 * "How many people were hired?" is not answered by "… carries about 9,000 people a day": people are of no kind, and
 * only what they did or underwent says which ones are counted; a sentence that tells nothing of it counts others.
 */
const countsOtherPeople = (question: AnalyzedQuestion, held: ReadonlySet<string>): boolean =>
  isPeople(question.head) && question.eventTerms.length > 0 && !holdsEvent(held, question);

/**
 * "How many mechanics does Local 412 represent?" is not answered by "… represents about 2,300 TVTA workers": a
 * sentence that never mentions what is counted, whose every count counts some other noun, gives another count;
 * so does one that never tells what the people asked about did.
 */
export function countsOtherwise(passage: Passage, question: AnalyzedQuestion, held: ReadonlySet<string>): boolean {
  if (question.type !== 'count' || question.attributeTerms.length === 0) return false;
  if (countsOtherPeople(question, held)) return true;
  const head = question.terms.find((t) => t.term === question.attributeTerms.at(-1));
  if (!head || head.weight < SPECIFIC_WEIGHT || NUMBER_HEADS.has(question.head?.toLowerCase() ?? '')) return false;
  const mentions = attributeMentions(passage, question);
  // "… whose software hospitals use … is laying off 180 employees": what is asked may be named, and not counted.
  // Where it is named, a count of the same kind of thing may count it in other words ("28 members of Congress …
  // politicians" for lawmakers).
  const kind = englishWords().category(question.head?.toLowerCase() ?? '', 'n');
  // "It employs about 340 people" counts a staff, in other words.
  const countsAsked = (counted: readonly [number, number]): boolean =>
    mentions.some((at) => at <= counted[0] && counted[0] - at <= COUNTED_REACH) ||
    (mentions.length > 0 && englishWords().category(passage.text.slice(...counted).toLowerCase(), 'n') === kind) ||
    countsSamePeople(passage.text.slice(...counted), question.head);
  const counts = passage.values.filter((v) => v.kind === 'count' && !inName(passage, v));
  return counts.length > 0 && counts.every((v) => v.counted !== undefined && !countsAsked(v.counted));
}
