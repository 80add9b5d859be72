/** Small measuring helpers shared by the benchmark's parts. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEvalSet, type EvalItem } from '../src/eval/eval-set.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEED_CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
export const EVAL_SET = fileURLToPath(new URL('../eval/questions/bundled.dev.jsonl', import.meta.url));

/** Value at quantile q (0–1) of a list of numbers (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/** Median of a list. */
export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Resident set size and heap in use, in MB, after a full collection when the process allows one. */
export function memoryMb(): { rssMb: number; heapMb: number } {
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMb: Math.round(rss / 1e6), heapMb: Math.round(heapUsed / 1e6) };
}

/** Stand-alone eval questions (follow-ups need their conversation, so they are left out of latency runs). */
export async function evalItems(): Promise<Array<Extract<EvalItem, { expect: 'answer' | 'abstain' }>>> {
  type Standalone = Extract<EvalItem, { expect: 'answer' | 'abstain' }>;
  return (await loadEvalSet(EVAL_SET)).filter((i): i is Standalone => i.expect !== 'context' && !i.conversation);
}

/**
 * Runs a benchmark part in its own Node process (so its memory is its own) and returns the JSON it prints last;
 * its stderr (progress bars) goes straight to ours. `nodeFlags` are given to that node.
 */
export function runPart<T>(
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
  timeoutMs?: number,
  nodeFlags: string[] = [],
): Promise<T> {
  return new Promise((resolve, reject) => {
    const path = fileURLToPath(new URL(script, import.meta.url));
    const child = spawn(process.execPath, [...nodeFlags, '--expose-gc', '--import', 'tsx', path, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: timeoutMs,
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${script} ${args.join(' ')} exited with code ${code}`));
      resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '') as T);
    });
  });
}

/** Where a size's generated questions and passage texts are kept for the later steps and the peers. */
export const questionsFile = (n: number): string => join(ROOT, 'bench/corpus/.cache', `questions-${n}.json`);
export const passagesFile = (n: number): string => join(ROOT, 'bench/corpus/.cache', `passages-${n}.json`);

/** Peak resident set size of this process so far (its worker threads included), in MB. */
export const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** Latency percentiles of one call per item, in milliseconds. */
export interface Latencies {
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** Times `run` once per item, one after another. */
export async function latencies<T>(items: readonly T[], run: (item: T) => unknown): Promise<Latencies> {
  const times: number[] = [];
  for (const item of items) {
    const t = performance.now();
    await run(item);
    times.push(performance.now() - t);
  }
  return { p50: quantile(times, 0.5), p90: quantile(times, 0.9), p99: quantile(times, 0.99), max: Math.max(...times) };
}

/** Share of questions with a relevant passage among the first five a ranking returns. */
export function recallAt5<Q extends { relevant: number[] }>(
  questions: readonly Q[],
  ranking: (q: Q) => number[],
): number {
  const hits = questions.filter((q) =>
    ranking(q)
      .slice(0, 5)
      .some((p) => q.relevant.includes(p)),
  ).length;
  return questions.length ? hits / questions.length : NaN;
}

/** Prints a part's result as the one JSON line its parent reads. */
export function report(result: unknown): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
