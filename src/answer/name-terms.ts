import { memoized } from '../text/memoize.ts';
import { terms } from '../text/analyzer.ts';

/**
 * The index terms of a short text that recurs, such as a name or an outlet, worked out once: ranking asks them of
 * the same names for every candidate of every question. The array is shared: never change it.
 */
export const termsOfName: (text: string) => readonly string[] = memoized(terms, 50_000);
