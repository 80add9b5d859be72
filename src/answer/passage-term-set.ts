import { LRUCache } from 'lru-cache';
import type { Passage } from '../retrieval/passage.ts';

// Ranking and composing look terms up in the same sentences question after question: each passage's term set is
// built once. Bounded, so a long-running bot over a large corpus does not keep a set for every passage it met.
const termSets = new LRUCache<Passage, ReadonlySet<string>>({ maxSize: 4_096, sizeCalculation: () => 1 });

/** A passage's index terms as a set (shared: never to be changed). */
export function termSetOf(passage: Passage): ReadonlySet<string> {
  let set = termSets.get(passage);
  if (!set) termSets.set(passage, (set = new Set(passage.terms)));
  return set;
}
