/**
 * The scale targets seen from outside, through the compiled command behind `npm run ask` with CORPUS_DIR at a
 * synthetic corpus: a first run with an empty cache, a start from the cache plus one question, and the generated
 * questions on stdin in one process (mean time per question). Peak RSS is read from /proc while each runs.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { questionsFile, report, ROOT } from './measure.ts';
import type { BenchQuestion } from './questions.ts';

/** What the outside view reports. */
export interface CliResult {
  size: number;
  firstRunMs: number;
  firstRunRssMb: number;
  cachedOneMs: number;
  questions: number;
  meanPerQuestionMs: number;
  stdinRssMb: number;
}

const size = Number(process.argv[2]);
const corpusDir = join(ROOT, 'bench/corpus', String(size));

/** Runs the CLI; resolves with its wall time, the times its output lines arrived, and its peak RSS. */
type Run = { ms: number; lines: number[]; rssMb: number };
function runCli(args: string[], env: Record<string, string>, input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // The command behind `npm run ask`: for a corpus other than the bundled one it execs node in its own process.
    const child = spawn('sh', ['scripts/ask.sh', ...args], {
      cwd: ROOT,
      env: { ...process.env, CORPUS_DIR: corpusDir, LOG_LEVEL: 'silent', NO_COLOR: '1', ...env },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let peakKb = 0;
    const poll = setInterval(() => {
      let status = '';
      try {
        status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      } catch {
        // The process has just ended: its last reading stands.
      }
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/u.exec(status)?.[1] ?? 0));
    }, 50);
    const lines: number[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      for (const char of chunk.toString()) if (char === '\n') lines.push(performance.now() - started);
    });
    child.stdin.end(input ?? '');
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0) return reject(new Error(`ask exited with code ${code}`));
      resolve({ ms: performance.now() - started, lines, rssMb: Math.round(peakKb / 1024) });
    });
  });
}

const cacheDir = await mkdtemp(join(tmpdir(), 'coverage-bot-cli-scale-'));
try {
  const questions = (JSON.parse(await readFile(questionsFile(size), 'utf8')) as BenchQuestion[]).map((q) => q.question);
  const first = await runCli([questions[0]!], { INDEX_CACHE_DIR: cacheDir });
  const cached = await runCli([questions[1]!], { INDEX_CACHE_DIR: cacheDir });
  const stdin = await runCli(['--json'], { INDEX_CACHE_DIR: cacheDir }, `${questions.join('\n')}\n`);
  const gaps = stdin.lines.slice(1).map((at, i) => at - stdin.lines[i]!);
  report({
    size,
    firstRunMs: first.ms,
    firstRunRssMb: first.rssMb,
    cachedOneMs: cached.ms,
    questions: stdin.lines.length,
    meanPerQuestionMs: gaps.reduce((sum, gap) => sum + gap, 0) / Math.max(1, gaps.length),
    stdinRssMb: stdin.rssMb,
  } satisfies CliResult);
} finally {
  await rm(cacheDir, { recursive: true, force: true });
}
