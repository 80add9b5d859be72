import type { ValueKind, ValueSpan } from './annotate.ts';

/**
 * A value span as plain numbers, for the index cache and for the trip between threads: its kind's number, start,
 * end, and the counted noun's start and end (-1, -1 when there is none).
 */
export const VALUE_FIELDS = 5;
const KINDS: readonly ValueKind[] = ['date', 'time', 'duration', 'money', 'percent', 'count', 'age'];

/** The numbers that stand for a value span. */
export function valueNumbers(value: ValueSpan): number[] {
  const [from, to] = value.counted ?? [-1, -1];
  return [KINDS.indexOf(value.kind), value.start, value.end, from, to];
}

/** The value span whose numbers start at `at` (as valueNumbers wrote them). */
export function valueFrom(numbers: ArrayLike<number>, at: number): ValueSpan {
  // `| 0`: offsets read from a Float64Array are doubles, and each kept as one took a heap number of its own.
  const span: ValueSpan = { kind: KINDS[numbers[at]!]!, start: numbers[at + 1]! | 0, end: numbers[at + 2]! | 0 };
  if (numbers[at + 3]! >= 0) span.counted = [numbers[at + 3]! | 0, numbers[at + 4]! | 0];
  return span;
}
