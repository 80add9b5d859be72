import { termOf, words } from './analyzer.ts';

/** Ordinal words by the number they stand for. "Last" is left out: "last week" is the one before, not a rank. */
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};
const DIGIT_ORDINAL = /^(\d+)(?:st|nd|rd|th)$/u;
/** Words an ordinal may reach across to its noun: "the second full week". */
const REACH = 2;

/** An ordinal and the index term of a word it counts: "second week" → { rank: 2, term: "week" }. */
export interface CountedOrdinal {
  rank: number;
  term: string;
}

/** The rank an ordinal word stands for ("second", "2nd" → 2), or null. */
export function ordinalRank(word: string): number | null {
  return ORDINAL_WORDS[word] ?? (DIGIT_ORDINAL.test(word) ? Number(DIGIT_ORDINAL.exec(word)![1]) : null);
}

/** Each ordinal in a text with the words after it that it may count ("the second full week": full, week). */
export function countedOrdinals(text: string): CountedOrdinal[] {
  const found: CountedOrdinal[] = [];
  const all = words(text);
  all.forEach((word, i) => {
    const rank = ordinalRank(word);
    if (rank === null) return;
    for (const next of all.slice(i + 1, i + 1 + REACH)) {
      const term = termOf(next);
      if (term) found.push({ rank, term });
    }
  });
  return found;
}

/**
 * Whether a sentence ranks what the question ranks only otherwise: asked for "the second week", it tells of "the
 * first week" and never of the second. That is another week's figure, not the answer.
 */
export function ranksOtherwise(sentence: string, asked: readonly CountedOrdinal[]): boolean {
  if (asked.length === 0) return false;
  const said = countedOrdinals(sentence);
  return asked.some(
    (a) =>
      said.some((s) => s.term === a.term && s.rank !== a.rank) &&
      !said.some((s) => s.term === a.term && s.rank === a.rank),
  );
}
