// The words that scale a figure, the one home of that knowledge: money, times and questions all read them.

/** Words that scale a figure, spelled out: "4.5 million". */
export const SCALE_WORDS: readonly string[] = ['thousand', 'million', 'billion', 'trillion'];

/** Short scales written onto a figure: "£52m", "€1.2bn", "$40k". */
export const SCALE_SUFFIXES: readonly string[] = ['k', 'm', 'bn'];

/** Whether a word scales the figure before it ("million", "m"). */
export const isScale = (word: string): boolean =>
  SCALE_WORDS.includes(word.toLowerCase()) || SCALE_SUFFIXES.includes(word.toLowerCase());
