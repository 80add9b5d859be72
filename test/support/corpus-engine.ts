import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildCorpusIndex, type CorpusIndex } from '../../src/corpus-index.ts';
import { createEngine, type Engine } from '../../src/index.ts';

/** Writes a small corpus (file name → text) to a temporary folder before the enclosing tests, removed after them. */
function useCorpusFolder<T>(
  files: Readonly<Record<string, string>>,
  open: (dir: string) => Promise<T>,
  close: (made: T) => Promise<void>,
): () => T {
  let dir: string | undefined;
  let made: T | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corpus-'));
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    made = await open(dir);
  });
  afterAll(async () => {
    if (made !== undefined) await close(made);
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return () => {
    if (made === undefined) throw new Error('the corpus is read in beforeAll; use it inside a test');
    return made;
  };
}

/**
 * An engine over a small corpus written to a temporary folder (file name → text) for the enclosing test file or
 * describe block, closed and removed after it. Read `engine` inside tests: it is made before they run.
 */
export function useCorpusEngine(files: Readonly<Record<string, string>>): { readonly engine: Engine } {
  const engine = useCorpusFolder(
    files,
    (corpusDir) => createEngine({ corpusDir }),
    (made) => made.close(),
  );
  return {
    get engine(): Engine {
      return engine();
    },
  };
}

/** The index of a small corpus written to a temporary folder, as `useCorpusEngine` writes it. */
export function useCorpusIndex(files: Readonly<Record<string, string>>): { readonly index: CorpusIndex } {
  const index = useCorpusFolder(files, buildCorpusIndex, async () => {});
  return {
    get index(): CorpusIndex {
      return index();
    },
  };
}
