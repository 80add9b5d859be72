import { z } from 'zod';

/**
 * A passage as a row: its text, id and index are implied (a slice of its source's text, or the headline), which keeps
 * the cache small; terms are space-joined since terms never contain spaces, spans are flat number lists.
 */
export type PassageRow = [
  sourceIndex: number,
  role: number,
  start: number,
  end: number,
  paragraph: [number, number],
  paragraphIndex: number,
  sentenceIndex: number,
  terms: string,
  values: number[],
  names: number[],
  numbers: string[],
  causal: number,
  flags: number,
];

const isInt = (v: unknown): v is number => Number.isInteger(v);
const ints = (v: unknown): boolean => Array.isArray(v) && v.every(isInt);

const isIntIn =
  (low: number, high = Number.MAX_SAFE_INTEGER) =>
  (v: unknown): boolean =>
    isInt(v) && v >= low && v <= high;
const isString = (v: unknown): boolean => typeof v === 'string';

/** One check per field of a row, in the order of `PassageRow`. */
const FIELD_CHECKS: ReadonlyArray<(v: unknown) => boolean> = [
  isIntIn(0), // source index
  isIntIn(0, 3), // role
  isInt, // start
  isInt, // end
  (v) => Array.isArray(v) && v.length === 2 && ints(v), // paragraph
  isInt, // paragraph index
  isInt, // sentence index
  isString, // terms
  ints, // values
  ints, // names
  (v) => Array.isArray(v) && v.every(isString), // numbers
  (v) => typeof v === 'number' && v >= 0 && v <= 1, // causal
  isIntIn(0, 3), // flags
];

/** Whether a value has a passage row's shape: checked by hand, since a schema library takes seconds on 250,000 rows. */
function isRow(row: unknown): row is PassageRow {
  return Array.isArray(row) && row.length === FIELD_CHECKS.length && FIELD_CHECKS.every((check, i) => check(row[i]));
}

/** The passages' rows, validated (a row of the wrong shape fails the whole cache, which is then rebuilt). */
export const PassageRows = z.custom<PassageRow[]>(
  (rows) => Array.isArray(rows) && rows.every(isRow),
  'a passage row has the wrong shape',
);
