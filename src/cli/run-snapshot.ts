import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Node's exit code when it cannot load a start-up snapshot (missing, damaged, or built by another node); a snapshot
 * whose held index is not current exits with it too (src/cli/ask-snapshot.ts).
 */
export const SNAPSHOT_REFUSED = 14;

/** The node that built a snapshot, as scripts/snapshot-cli.mjs records it beside the blob. */
export interface SnapshotNode {
  execPath: string;
  version: string;
  arch: string;
}

const thisNode = (): SnapshotNode => ({ execPath: process.execPath, version: process.version, arch: process.arch });

/**
 * The start-up snapshot `npm run build` made of a command (dist/snapshot/NAME.blob), if this runs compiled, this
 * node built it, and it is no older than the last compile or install (the code or packages it holds would be stale).
 */
export function currentSnapshot(name: string, here: string = import.meta.url, node = thisNode()): string | null {
  if (!here.endsWith('.js')) return null;
  const at = (path: string): string => fileURLToPath(new URL(path, here));
  try {
    const built = JSON.parse(readFileSync(at(`../../snapshot/${name}.json`), 'utf8')).node as SnapshotNode;
    if (built.execPath !== node.execPath || built.version !== node.version || built.arch !== node.arch) return null;
    const blob = at(`../../snapshot/${name}.blob`);
    const made = statSync(blob).mtimeMs;
    const inputs = [at('../../.tsbuildinfo'), at('../../../node_modules/.package-lock.json')];
    return inputs.every((input) => (statSync(input, { throwIfNoEntry: false })?.mtimeMs ?? 0) <= made) ? blob : null;
  } catch {
    return null;
  }
}

/**
 * Whether a run asks about the corpus a snapshot holds the index of (CORPUS_DIR unset, or the bundled corpus): the
 * snapshot's threads cannot build another corpus's index, and for another corpus it would save next to nothing.
 */
export function asksHeldCorpus(corpusDir: string | undefined, heldDir: string): boolean {
  return !corpusDir?.trim() || resolve(corpusDir) === resolve(heldDir);
}

/**
 * Runs a command from its current snapshot in a child node with this process's arguments and standard streams,
 * and exits as it does. Returns false, having run nothing, when there is no current snapshot or node refuses it.
 */
export function runFromSnapshot(name: string): boolean {
  const blob = currentSnapshot(name);
  if (!blob) return false;
  const args = [...process.execArgv, '--snapshot-blob', blob, ...process.argv.slice(1)];
  const { status, signal, error } = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (error || status === SNAPSHOT_REFUSED) return false;
  if (signal) process.kill(process.pid, signal);
  process.exit(status ?? 1);
}
