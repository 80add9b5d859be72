import type { Expansion } from './word-knowledge.ts';
import { termOf } from '../text/analyzer.ts';
import type { CorpusWords } from './query-terms.ts';
import type { QuestionToken } from './tag-question.ts';

/** Each part at least this long: "heat|wave", not "a|ward". */
const MIN_PART = 3;
/** The corpus's two words are the question's one, written apart. */
const COMPOUND_WEIGHT = 0.9;

/**
 * "heatwave" for the corpus's "heat wave", "healthcare" for its "health care": a word the corpus lacks, closed up
 * from two it writes one after the other. The first split the corpus holds as a phrase wins.
 */
export function splitCompound(token: QuestionToken, term: string, words: CorpusWords): Expansion[] {
  const word = token.lower;
  if (token.name || words.frequency(term) > 0 || word.length < 2 * MIN_PART || !/^\p{Ll}+$/u.test(word)) return [];
  for (let at = MIN_PART; at <= word.length - MIN_PART; at++) {
    const [first, second] = [termOf(word.slice(0, at)), termOf(word.slice(at))];
    if (first && second && words.holdsPhrase([first, second])) {
      return [{ terms: [first, second], weight: COMPOUND_WEIGHT, relation: 'phrase' }];
    }
  }
  return [];
}
