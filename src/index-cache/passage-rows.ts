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

/** Whether a value has a passage row's shape: checked by hand, since a schema library takes seconds on 250,000 rows. */
function isRow(row: unknown): row is PassageRow {
  if (!Array.isArray(row) || row.length !== 13) return false;
  const [
    source,
    role,
    start,
    end,
    paragraph,
    paragraphIndex,
    sentenceIndex,
    terms,
    values,
    names,
    numbers,
    causal,
    flags,
  ] = row as unknown[];
  return (
    isInt(source) &&
    source >= 0 &&
    isInt(role) &&
    role >= 0 &&
    role <= 3 &&
    isInt(start) &&
    isInt(end) &&
    Array.isArray(paragraph) &&
    paragraph.length === 2 &&
    ints(paragraph) &&
    isInt(paragraphIndex) &&
    isInt(sentenceIndex) &&
    typeof terms === 'string' &&
    ints(values) &&
    ints(names) &&
    Array.isArray(numbers) &&
    numbers.every((n) => typeof n === 'string') &&
    typeof causal === 'number' &&
    causal >= 0 &&
    causal <= 1 &&
    isInt(flags) &&
    flags >= 0 &&
    flags <= 3
  );
}

/** The passages' rows, validated (a row of the wrong shape fails the whole cache, which is then rebuilt). */
export const PassageRows = z.custom<PassageRow[]>(
  (rows) => Array.isArray(rows) && rows.every(isRow),
  'a passage row has the wrong shape',
);
