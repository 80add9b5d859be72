import { LRUCache } from 'lru-cache';
import type { Passage } from '../retrieval/passage.ts';

// Composing compares a few candidates with the points already chosen: each passage's term set is built once.
// Bounded, so a long-running bot over a large corpus does not keep a set for every passage it ever compared.
const termSets = new LRUCache<Passage, Set<string>>({ maxSize: 4_096, sizeCalculation: () => 1 });
function termSet(passage: Passage): Set<string> {
  let set = termSets.get(passage);
  if (!set) termSets.set(passage, (set = new Set(passage.terms)));
  return set;
}

/** Jaccard and overlap of the smaller set, from two term sets. */
function setSimilarity(sa: ReadonlySet<string>, sb: ReadonlySet<string>): { jaccard: number; overlap: number } {
  let shared = 0;
  for (const t of sa) if (sb.has(t)) shared++;
  const union = sa.size + sb.size - shared;
  const smaller = Math.min(sa.size, sb.size);
  return { jaccard: union ? shared / union : 0, overlap: smaller ? shared / smaller : 0 };
}

/** Similarity of two sentences' terms: Jaccard, and overlap of the smaller set (one restating part of the other). */
export function similarity(a: Passage, b: Passage): { jaccard: number; overlap: number } {
  return setSimilarity(termSet(a), termSet(b));
}

function sameFactOf(sa: ReadonlySet<string>, sb: ReadonlySet<string>, shorter: number): boolean {
  const { jaccard, overlap } = setSimilarity(sa, sb);
  return jaccard >= 0.45 || (overlap >= 0.75 && shorter >= 4);
}

/** Whether two sentences report the same fact in other words (outlets restating one another). */
export function sameFact(a: Passage, b: Passage): boolean {
  return sameFactOf(termSet(a), termSet(b), Math.min(a.terms.length, b.terms.length));
}

/**
 * For each sentence, the other sources among the list that report the same fact. Ranking compares every pair of
 * its ~60 candidates, so each term set is built once and each pair (the test is symmetric) is compared once.
 */
export function echoesAmong(sentences: ReadonlyArray<{ passage: Passage; sourceId: string }>): Array<Set<string>> {
  const sets = sentences.map((s) => new Set(s.passage.terms));
  const echoes = sentences.map(() => new Set<string>());
  sentences.forEach((a, i) => {
    for (let j = i + 1; j < sentences.length; j++) {
      const b = sentences[j]!;
      if (a.sourceId === b.sourceId) continue;
      if (!sameFactOf(sets[i]!, sets[j]!, Math.min(a.passage.terms.length, b.passage.terms.length))) continue;
      echoes[i]!.add(b.sourceId);
      echoes[j]!.add(a.sourceId);
    }
  });
  return echoes;
}
