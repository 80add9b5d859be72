import { groupNames } from '../lexicon/member-kinds.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import { terms } from '../text/analyzer.ts';
import { memoized } from '../text/memoize.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { Candidate } from './candidates.ts';
import { termSetOf } from './passage-term-set.ts';
import { holdsAll } from './term-holding.ts';

/** Members a group's kinds must have in WordNet for it to be a group one is said to be in ("a Democrat"). */
const MIN_MEMBERS = 3;
/** How many of the best leads are looked through for one naming the group. */
const GROUP_DEPTH = 5;

/** The index terms of every way of naming a group of a kind: the kind's word, its kinds and their members. */
const groupTerms = memoized((group: string): string[][] => {
  const { kinds, members } = groupNames(group);
  if (members.length < MIN_MEMBERS) return [];
  return [group, ...kinds, ...members].map((name) => terms(name)).filter((t) => t.length > 0);
});

/** Whether a sentence names a group of the kind a question asks someone is in, or a member of one ("a Democrat"). */
export function namesGroup(passage: Passage, question: AnalyzedQuestion): boolean {
  const named = question.group ? groupTerms(question.group) : [];
  return named.some((t) => holdsAll(termSetOf(passage), t));
}

/**
 * Whether a question asks which group of a kind someone is in ("what party is Governor Terhune?") and no good
 * sentence names one beside the names asked about: not the kind's word, nor a kind of it ("Labour"), nor a member of
 * one ("a Democrat"). A sentence naming the governor alone, or another lawmaker's party, is not an answer.
 */
export function groupUnnamed(leads: readonly Candidate[], question: AnalyzedQuestion): boolean {
  if (!question.group || groupTerms(question.group).length === 0) return false;
  return !leads.slice(0, GROUP_DEPTH).some((c) => c.features.names === 1 && namesGroup(c.passage, question));
}
