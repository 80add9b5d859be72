import type { Passage } from '../retrieval/passage.ts';

/** Similarity of two sentences' terms: Jaccard, and overlap of the smaller set (one restating part of the other). */
export function similarity(a: Passage, b: Passage): { jaccard: number; overlap: number } {
  const sa = new Set(a.terms);
  const sb = new Set(b.terms);
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
