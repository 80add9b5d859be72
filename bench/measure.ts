/** Small measuring helpers shared by the benchmark's parts. */
import { execFile } from 'node:child_process';
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
  return (await loadEvalSet(EVAL_SET)).filter((i): i is Extract<EvalItem, { expect: 'answer' | 'abstain' }> => i.expect !== 'context' && !i.conversation);
}

/** Questions for a synthetic corpus: about the people, organizations and figures its generator writes about. */
export const SYNTHETIC_QUESTIONS = [
  'How much did the City Council approve?', 'When will the bridge reopen?', 'How many workers walked off the job at Helix Biotech?',
  'Who is Maria Alvarez?', 'What did the Transit Authority say about the budget?', 'Why did the strike end?',
  'Which outlets reported the data breach at Meridian Bank?', 'How long will the bridge be closed?', 'What did critics say about the contract?',
  'How effective was the vaccine?', 'How many acres has the wildfire burned near Pine Ridge?', 'How much will the repairs cost?',
  'Who cast the deciding vote on the budget?', 'What did Atlas Semiconductor announce?', 'How many customers were affected by the breach?',
  'What was the price of gold?',
];

/** Runs a benchmark part in its own Node process (so its memory is its own) and returns the JSON it prints last. */
export function runPart<T>(script: string, args: string[] = [], env: Record<string, string> = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) return reject(new Error(`${script} ${args.join(' ')} failed: ${stderr || error.message}`));
        const last = stdout.trim().split('\n').pop() ?? '';
        resolve(JSON.parse(last) as T);
      });
  });
}

/** Prints a part's result as the one JSON line its parent reads. */
export function report(result: unknown): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
