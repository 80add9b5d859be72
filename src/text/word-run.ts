/**
 * Whether a run of words occurs inside another list, word for word and in order. For words without spaces this is
 * what joining both with spaces and searching one in the other says, without building the strings (ranking asks it
 * for every name and figure of every candidate).
 */
export function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  start: for (let i = 0; i + inner.length <= outer.length; i++) {
    for (let j = 0; j < inner.length; j++) if (outer[i + j] !== inner[j]) continue start;
    return true;
  }
  return false;
}
