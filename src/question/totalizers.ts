import type { QuestionToken } from './tag-question.ts';

// "How many were hurt in total?", "what did it cost overall?": these adverbials only say that the answer is a whole.
// They are not what the question is about, and searched for, "total" finds "a total loss". English's closed set,
// listed by hand: a word alone, or a word after the one that makes it the adverbial ("in total", "all told").
const ALONE = new Set(['altogether', 'overall']);
const AFTER: Readonly<Record<string, string>> = { total: 'in', told: 'all' };

/** Whether a question's word is, or ends, an adverbial saying only that a total is asked ("in total", "overall"). */
export function asksTotal(tokens: readonly QuestionToken[], index: number): boolean {
  const word = tokens[index]?.lower ?? '';
  return ALONE.has(word) || (AFTER[word] !== undefined && tokens[index - 1]?.lower === AFTER[word]);
}
