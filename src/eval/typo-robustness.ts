import { isEnglishWord } from '../lexicon/dictionary.ts';
import type { Variant } from './robustness.ts';

/** The slips of the fingers a typed question may carry: two neighbours swapped, a letter dropped, one doubled. */
export type Slip = 'swap' | 'drop' | 'double';

/** Every kind of slip, in the order the eval reports them. */
const SLIPS: readonly Slip[] = ['swap', 'drop', 'double'];

/** Words shorter than this are left alone: at that length a slip is as likely to make another real word. */
const MIN_SLIPPED = 6;

/**
 * The question with one slip in the middle of its longest English word of six letters or more (a word the dictionary
 * knows, so the slip is the only one in it), or null when it has none.
 */
export function withSlip(question: string, slip: Slip): string | null {
  const words = question.split(' ');
  let at = -1;
  words.forEach((word, i) => {
    const plain = /^\p{Ll}+$/u.test(word) && word.length >= MIN_SLIPPED && isEnglishWord(word);
    if (plain && (at < 0 || word.length > words[at]!.length)) at = i;
  });
  if (at < 0) return null;
  const word = words[at]!;
  const k = Math.floor(word.length / 2);
  const slipped = {
    swap: word.slice(0, k - 1) + word[k] + word[k - 1] + word.slice(k + 1),
    drop: word.slice(0, k) + word.slice(k + 1),
    double: word.slice(0, k) + word[k] + word.slice(k),
  }[slip];
  return [...words.slice(0, at), slipped, ...words.slice(at + 1)].join(' ');
}

/** One typo of each kind, as ways of writing a question. */
export const SLIP_VARIANTS: readonly Variant[] = SLIPS.map((slip) => ({
  name: slip,
  rewrite: (question) => withSlip(question, slip),
}));
