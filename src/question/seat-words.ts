import { termOf } from '../text/analyzer.ts';
import type { AnswerType } from './answer-type.ts';
import type { CorpusWords } from './query-terms.ts';
import type { Expansion } from './word-knowledge.ts';

// "Where is it based?", "where is it headquartered?", "where is it located?": English says where a body sits with
// any of these, and a question may use one where the coverage writes another. A closed set, by hand: WordNet files
// them under unrelated senses ("base" an argument on facts).
/** The verbs, by lemma, that say where something sits ("based", "headquartered", "located", "situated"). */
export const SEAT_VERBS: ReadonlySet<string> = new Set(['locate', 'situate', 'base', 'headquarter']);
const SEAT_TERMS: readonly string[] = [...SEAT_VERBS].flatMap((verb) => termOf(verb) ?? []);
/** As sure as a synonym. */
const SEAT_WEIGHT = 0.9;

/** The other words for where a body sits that the coverage has, standing in for one in a "where" question. */
export function seatStandIns(term: string, type: AnswerType, words: CorpusWords): Expansion[] {
  if (type !== 'place' || !SEAT_TERMS.includes(term)) return [];
  const others = SEAT_TERMS.filter((s) => s !== term && words.frequency(s) > 0);
  return others.map((s) => ({ terms: [s], weight: SEAT_WEIGHT, relation: 'synonym' }));
}
