import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';

/**
 * An engine over a small corpus written to a temporary folder (file name → text) for the enclosing test file or
 * describe block, closed and removed after it. Read `engine` inside tests: it is made before they run.
 */
export function useCorpusEngine(files: Readonly<Record<string, string>>): { readonly engine: Engine } {
  let dir: string | undefined;
  let engine: Engine | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corpus-engine-'));
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    engine = await createEngine({ corpusDir: dir });
  });
  afterAll(async () => {
    await engine?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    get engine(): Engine {
      if (!engine) throw new Error('the corpus engine is made in beforeAll; read it inside a test');
      return engine;
    },
  };
}
