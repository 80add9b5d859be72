import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

/** What an entry point printed and how it ended. */
export interface EntryRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns an entry point (a path from the project root) with exactly `env` (plus PATH), as `npm run` would. */
function spawnEntry(path: string, env: Record<string, string>, args: readonly string[]): ChildProcess {
  const entry = fileURLToPath(new URL(`../../${path}`, import.meta.url));
  return spawn(process.execPath, ['--import', import.meta.resolve('tsx'), entry, ...args], {
    // Outside the repository, so a developer's own .env cannot leak into the entry point under test.
    cwd: tmpdir(),
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs an entry point (a path from the project root, e.g. `adapters/slack/main.ts`) to its end. */
export function runEntryPoint(
  path: string,
  env: Record<string, string>,
  args: readonly string[] = [],
): Promise<EntryRun> {
  const child = spawnEntry(path, env, args);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** One JSON log record a running entry point wrote to stderr. */
export type EntryRecord = Record<string, unknown> & { event?: string };

/**
 * An entry point left running (a bot, a shard manager): its JSON log records as they come, for tests to await
 * instead of sleeping, and a way to stop it with a signal.
 */
export class RunningEntry {
  readonly records: EntryRecord[] = [];
  /** Lines of stderr that are not JSON (a startup problem). */
  readonly text: string[] = [];
  private readonly emitter = new EventEmitter();
  private readonly closed: Promise<number | null>;

  constructor(private readonly child: ChildProcess) {
    this.closed = once(child, 'close').then(([code]) => code as number | null);
    let partial = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        if (line.startsWith('{')) this.records.push(JSON.parse(line) as EntryRecord);
        else this.text.push(line);
      }
      this.emitter.emit('line');
    });
  }

  /** Resolves with the records matching `match` once there are `count`; rejects if the process ends first. */
  async waitFor(match: (record: EntryRecord) => boolean, count = 1): Promise<EntryRecord[]> {
    for (;;) {
      const found = this.records.filter(match);
      if (found.length >= count) return found;
      const next = await Promise.race([once(this.emitter, 'line'), this.closed.then((code) => ({ code }))]);
      // 'close' comes after the last of stderr, so every record is in by then.
      if ('code' in next && this.records.filter(match).length < count) {
        throw new Error(`exited with ${next.code} before logging what was awaited:\n${this.text.join('\n')}`);
      }
    }
  }

  /** Whether the process has ended. */
  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** Sends `signal` (default SIGTERM) and resolves with the exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (!this.exited) this.child.kill(signal);
    return this.closed;
  }
}

/** Starts an entry point that keeps running; stop it with {@link RunningEntry.stop}. */
export function startEntryPoint(path: string, env: Record<string, string>): RunningEntry {
  return new RunningEntry(spawnEntry(path, env, []));
}
