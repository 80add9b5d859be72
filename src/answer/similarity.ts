import type { Passage } from '../retrieval/passage.ts';
import { termSetOf as termSet } from './passage-term-set.ts';

/** Jaccard and overlap of the smaller set, from the sizes of two term sets and how many terms they share. */
function fromCounts(shared: number, sizeA: number, sizeB: number): { jaccard: number; overlap: number } {
  const union = sizeA + sizeB - shared;
  const smaller = Math.min(sizeA, sizeB);
  return { jaccard: union ? shared / union : 0, overlap: smaller ? shared / smaller : 0 };
}

function sharedTerms(sa: ReadonlySet<string>, sb: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of sa) if (sb.has(t)) shared++;
  return shared;
}

/** Similarity of two sentences' terms: Jaccard, and overlap of the smaller set (one restating part of the other). */
export function similarity(a: Passage, b: Passage): { jaccard: number; overlap: number } {
  const sa = termSet(a);
  const sb = termSet(b);
  return fromCounts(sharedTerms(sa, sb), sa.size, sb.size);
}

/** The same-fact test, from shared terms, set sizes and the shorter sentence's term count. */
function reportsSameFact(shared: number, sizeA: number, sizeB: number, shorter: number): boolean {
  const { jaccard, overlap } = fromCounts(shared, sizeA, sizeB);
  return jaccard >= 0.45 || (overlap >= 0.75 && shorter >= 4);
}

/** Whether two sentences report the same fact in other words (outlets restating one another). */
export function sameFact(a: Passage, b: Passage): boolean {
  const sa = termSet(a);
  const sb = termSet(b);
  return reportsSameFact(sharedTerms(sa, sb), sa.size, sb.size, Math.min(a.terms.length, b.terms.length));
}

/**
 * For each sentence, the other sources among the list that report the same fact. Ranking compares every pair of
 * its ~60 candidates: the terms each pair shares are counted in one pass over which sentences hold each term,
 * rather than by testing every term of every pair.
 */
export function echoesAmong(sentences: ReadonlyArray<{ passage: Passage; sourceId: string }>): Array<Set<string>> {
  const n = sentences.length;
  const sizes = new Uint16Array(n);
  const holders = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const set = termSet(sentences[i]!.passage);
    sizes[i] = set.size;
    for (const term of set) {
      const holding = holders.get(term);
      if (holding) holding.push(i);
      else holders.set(term, [i]);
    }
  }
  const shared = new Uint16Array(n * n);
  for (const holding of holders.values()) {
    for (let x = 0; x < holding.length; x++) {
      const row = holding[x]! * n;
      for (let y = x + 1; y < holding.length; y++) shared[row + holding[y]!]!++;
    }
  }
  const echoes: Array<Set<string>> = [];
  for (let i = 0; i < n; i++) echoes.push(new Set());
  for (let i = 0; i < n; i++) {
    const a = sentences[i]!;
    for (let j = i + 1; j < n; j++) {
      const b = sentences[j]!;
      const shorter = Math.min(a.passage.terms.length, b.passage.terms.length);
      if (a.sourceId === b.sourceId || !reportsSameFact(shared[i * n + j]!, sizes[i]!, sizes[j]!, shorter)) continue;
      echoes[i]!.add(b.sourceId);
      echoes[j]!.add(a.sourceId);
    }
  }
  return echoes;
}
