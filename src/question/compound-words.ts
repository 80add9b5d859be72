import type { Expansion } from './word-knowledge.ts';
import { termOf } from '../text/analyzer.ts';
import type { CorpusWords } from './query-terms.ts';
import type { QuestionToken } from './tag-question.ts';

/** Each part at least this long: "heat|wave", not "a|ward". */
const MIN_PART = 3;
/** The corpus's two words are the question's one, written apart. */
const COMPOUND_WEIGHT = 0.9;
/** A word typed in lower case, letters only: names and figures are not split or joined. */
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * "heatwave" for the corpus's "heat wave", "healthcare" for its "health care": a word the corpus lacks, closed up
 * from two it writes one after the other. The first split the corpus holds as a phrase wins.
 */
export function splitCompound(token: QuestionToken, term: string, words: CorpusWords): Expansion[] {
  const word = token.lower;
  if (token.name || words.frequency(term) > 0 || word.length < 2 * MIN_PART || !LOWER_WORD.test(word)) return [];
  for (let at = MIN_PART; at <= word.length - MIN_PART; at++) {
    const [first, second] = [termOf(word.slice(0, at)), termOf(word.slice(at))];
    if (first && second && words.holdsPhrase([first, second])) {
      return [{ terms: [first, second], weight: COMPOUND_WEIGHT, relation: 'phrase' }];
    }
  }
  return [];
}

/**
 * "heat wave" for the corpus's "heatwave": two words the question writes apart that the corpus writes as one, a
 * stand-in for each of them (by token index), as a phrase's stand-ins are.
 */
export function closedUp(tokens: readonly QuestionToken[], words: CorpusWords): Map<number, Expansion[]> {
  const out = new Map<number, Expansion[]>();
  const joinable = (t: QuestionToken): boolean =>
    t.cls !== null && !t.name && t.lower.length >= MIN_PART && LOWER_WORD.test(t.lower);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [first, second] = [tokens[i]!, tokens[i + 1]!];
    if (!joinable(first) || !joinable(second)) continue;
    const closed = termOf(first.lower + second.lower);
    if (!closed || words.frequency(closed) === 0) continue;
    const expansion: Expansion = { terms: [closed], weight: COMPOUND_WEIGHT, relation: 'phrase' };
    for (const k of [i, i + 1]) out.set(k, [...(out.get(k) ?? []), expansion]);
  }
  return out;
}
