import type { Passage } from '../retrieval/passage.ts';

/**
 * Wraps a measure that depends on the sentence alone, whatever the question, so each sentence is measured once:
 * the same sentences are candidates question after question. Kept as long as the sentence is.
 */
export function perPassage<T>(measure: (passage: Passage) => T): (passage: Passage) => T {
  const known = new WeakMap<Passage, { value: T }>();
  return (passage) => {
    let entry = known.get(passage);
    if (!entry) known.set(passage, (entry = { value: measure(passage) }));
    return entry.value;
  };
}
