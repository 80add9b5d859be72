import type { ItemResult } from './evaluate.ts';

/** Confidence bins of the reliability table: [low, high). */
const BINS: ReadonlyArray<readonly [number, number]> = [
  [0, 0.5],
  [0.5, 0.6],
  [0.6, 0.7],
  [0.7, 0.8],
  [0.8, 0.9],
  [0.9, 1.01],
];

/** One row of a reliability table: answers shown with a confidence in [low, high), and how many were right. */
export interface ReliabilityRow {
  low: number;
  high: number;
  answers: number;
  right: number;
  meanConfidence: number;
}

/** Groups answered items by shown confidence and counts how many of each group were right. */
export function reliabilityRows(results: readonly ItemResult[]): ReliabilityRow[] {
  const answered = results.filter((r) => !r.answer.abstained && r.item.expect !== 'context');
  return BINS.map(([low, high]) => {
    const inBin = answered.filter((r) => r.answer.confidence >= low && r.answer.confidence < high);
    const mean = inBin.reduce((sum, r) => sum + r.answer.confidence, 0) / (inBin.length || 1);
    return {
      low,
      high: Math.min(high, 1),
      answers: inBin.length,
      right: inBin.filter((r) => r.pass).length,
      meanConfidence: mean,
    };
  });
}

/** The reliability table as text: answers shown at about p should be right about p of the time. */
export function reliabilityTable(results: readonly ItemResult[]): string {
  const rows = reliabilityRows(results).filter((row) => row.answers > 0);
  const header = 'confidence   answers  mean shown  right';
  const body = rows.map((row) => {
    const range = `${row.low.toFixed(1)}–${row.high.toFixed(1)}`.padEnd(12);
    const right = `${((row.right / row.answers) * 100).toFixed(0)}% (${row.right})`;
    const shown = `${(row.meanConfidence * 100).toFixed(0)}%`;
    return `${range} ${String(row.answers).padStart(7)}  ${shown.padStart(10)}  ${right}`;
  });
  return ['Calibration of answered questions', header, ...body].join('\n');
}
