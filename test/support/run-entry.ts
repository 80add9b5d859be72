import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

/** What an entry point printed and how it ended. */
export interface EntryRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs an entry point (a path from the project root, e.g. `adapters/slack/main.ts`) with exactly `env` (plus PATH), as `npm run` would. */
export function runEntryPoint(
  path: string, env: Record<string, string>, args: readonly string[] = [],
): Promise<EntryRun> {
  const entry = fileURLToPath(new URL(`../../${path}`, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), entry, ...args], {
      // Outside the repository, so a developer's own .env cannot leak into the entry point under test.
      cwd: tmpdir(),
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
