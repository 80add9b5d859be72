import type { SourceSummary } from '../../src/corpus/source.ts';
import { formatPublished } from '../../src/format.ts';

/** What a corpus covers at a glance: how many sources, from which outlets, over which dates. */
export interface CoverageSummary {
  sources: number;
  /** Every outlet once, in the engine's source order (articles before the related coverage they list). */
  outlets: string[];
  /** "Jun 10, 2020 – Jun 13, 2020", one date when all agree, or null when no source is dated. */
  span: string | null;
}

/** Summarizes the engine's sources for a "what I cover" panel. */
export function summarizeCoverage(sources: readonly SourceSummary[]): CoverageSummary {
  // ISO dates sort as text.
  const dates = sources.map((source) => source.published).filter((date): date is string => date !== null).sort();
  const [first, last] = [dates[0], dates.at(-1)];
  let span: string | null = null;
  if (first && last) span = [...new Set([first, last])].map(formatPublished).join(' – ');
  return { sources: sources.length, outlets: [...new Set(sources.map((source) => source.outlet))], span };
}
