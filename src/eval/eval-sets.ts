import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import { PROJECT_ROOT } from '../project-root.ts';
import { MANIFEST_FILE } from '../corpus/manifest.ts';
import { CoverageBotError } from '../errors.ts';

/** The project's root, which the paths in eval/sets.yaml are relative to. */

/** The list of question sets `npm run eval` scores. */
const EVAL_SETS_FILE = join(PROJECT_ROOT, 'eval/sets.yaml');

const EvalSetSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/u),
  /** One corpus folder, or several merged in order. */
  corpus: z.array(z.string().min(1)).min(1),
  dev: z.string().min(1),
  heldout: z.string().min(1).optional(),
});

/** One question set and the corpus it asks about, with paths resolved. */
export type EvalSet = z.infer<typeof EvalSetSchema>;

/** Which half of a set to score. */
export type Split = 'dev' | 'heldout';

/** Reads eval/sets.yaml (or another list), resolving its paths against the project root. */
export async function loadEvalSets(file = EVAL_SETS_FILE): Promise<EvalSet[]> {
  const parsed = z.object({ sets: z.array(EvalSetSchema).min(1) }).safeParse(parseYaml(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new CoverageBotError('EVAL_SET_INVALID', `${file}: ${problems}`, { cause: parsed.error });
  }
  const at = (path: string): string => resolve(PROJECT_ROOT, path);
  return parsed.data.sets.map((set) => ({
    ...set,
    corpus: set.corpus.map(at),
    dev: at(set.dev),
    ...(set.heldout ? { heldout: at(set.heldout) } : {}),
  }));
}

const ManifestLike = z
  .object({
    files: z.record(z.string(), z.unknown()).optional(),
    examples: z.array(z.unknown()).optional(),
    aliases: z.array(z.unknown()).optional(),
  })
  .passthrough();

async function readManifest(dir: string): Promise<z.infer<typeof ManifestLike>> {
  try {
    return ManifestLike.parse(parseYaml(await readFile(join(dir, MANIFEST_FILE), 'utf8')) ?? {});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/**
 * The folder a set's questions are asked of: its one corpus folder, or a temporary folder holding several copied
 * side by side with their manifests merged (later folders win on the same file name).
 */
export async function corpusFolderOf(set: EvalSet): Promise<string> {
  if (set.corpus.length === 1) return set.corpus[0]!;
  const merged = await mkdtemp(join(tmpdir(), `coverage-eval-${set.name}-`));
  const manifest: { files: Record<string, unknown>; examples: unknown[]; aliases: unknown[] } = {
    files: {},
    examples: [],
    aliases: [],
  };
  for (const dir of set.corpus) {
    for (const name of await readdir(dir)) {
      if (name !== MANIFEST_FILE) await cp(join(dir, name), join(merged, name), { recursive: true });
    }
    const part = await readManifest(dir);
    Object.assign(manifest.files, part.files ?? {});
    manifest.examples.push(...(part.examples ?? []));
    manifest.aliases.push(...(part.aliases ?? []));
  }
  const { examples, aliases, files } = manifest;
  const out = { files, ...(examples.length ? { examples } : {}), ...(aliases.length ? { aliases } : {}) };
  await writeFile(join(merged, MANIFEST_FILE), stringifyYaml(out));
  return merged;
}
