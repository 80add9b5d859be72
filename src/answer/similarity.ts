import { LRUCache } from 'lru-cache';
import type { Passage } from '../retrieval/passage.ts';

// Ranking compares every pair of its ~60 candidates: each passage's term set is built once, not once per pair.
// Bounded, so a long-running bot over a large corpus does not keep a set for every passage it ever ranked.
const termSets = new LRUCache<Passage, Set<string>>({ maxSize: 4_096, sizeCalculation: () => 1 });
function termSet(passage: Passage): Set<string> {
  let set = termSets.get(passage);
  if (!set) termSets.set(passage, (set = new Set(passage.terms)));
  return set;
}

/** Similarity of two sentences' terms: Jaccard, and overlap of the smaller set (one restating part of the other). */
export function similarity(a: Passage, b: Passage): { jaccard: number; overlap: number } {
  const sa = termSet(a);
  const sb = termSet(b);
  let shared = 0;
  for (const t of sa) if (sb.has(t)) shared++;
  const union = sa.size + sb.size - shared;
  const smaller = Math.min(sa.size, sb.size);
  return { jaccard: union ? shared / union : 0, overlap: smaller ? shared / smaller : 0 };
}

/** Whether two sentences report the same fact in other words (outlets restating one another). */
export function sameFact(a: Passage, b: Passage): boolean {
  const { jaccard, overlap } = similarity(a, b);
  return jaccard >= 0.45 || (overlap >= 0.75 && Math.min(a.terms.length, b.terms.length) >= 4);
}
