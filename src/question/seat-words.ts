import { termOf } from '../text/analyzer.ts';
import type { AnswerType } from './answer-type.ts';
import type { CorpusWords, QueryTerm } from './query-terms.ts';

// "Where is it based?", "where is it headquartered?", "where is it located?": English says where a body sits with
// any of these, and a question may use one where the coverage writes another. A closed set, by hand: WordNet files
// them under unrelated senses ("base" an argument on facts).
/** The verbs, by lemma, that say where something sits ("based", "headquartered", "located", "situated"). */
export const SEAT_VERBS: ReadonlySet<string> = new Set(['locate', 'situate', 'base', 'headquarter']);
const SEAT_TERMS: readonly string[] = [...SEAT_VERBS].flatMap((verb) => termOf(verb) ?? []);
/** As sure as a synonym. */
const SEAT_WEIGHT = 0.9;

/** The question's terms, a "where" question's word for where a body sits standing for the others the coverage has. */
export function withSeatWords(terms: readonly QueryTerm[], type: AnswerType, words: CorpusWords): QueryTerm[] {
  if (type !== 'place') return [...terms];
  return terms.map((t) => {
    if (!SEAT_TERMS.includes(t.term)) return t;
    const others = SEAT_TERMS.filter((s) => s !== t.term && words.frequency(s) > 0);
    const standIns = others.map((s) => ({ terms: [s], weight: SEAT_WEIGHT, relation: 'synonym' as const }));
    return { ...t, alternatives: [...t.alternatives, ...standIns] };
  });
}
