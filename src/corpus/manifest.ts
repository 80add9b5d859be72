import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** The manifest's file name inside the corpus directory. */
export const MANIFEST_FILE = 'manifest.yaml';

/** Metadata the manifest gives one corpus file. */
export const ManifestEntrySchema = z
  .object({
    outlet: z.string().trim().min(1).optional(),
    title: z.string().trim().min(1).optional(),
    published: z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
  })
  .strict();

const ManifestSchema = z.object({
  files: z.record(z.string(), z.unknown()).default({}),
  examples: z.array(z.string().trim().min(1)).optional(),
  /** Groups of words or phrases that mean the same in this corpus ("ICE", "Immigration and Customs Enforcement"). */
  aliases: z.array(z.array(z.string().trim().min(1)).min(2)).optional(),
});

/** One manifest entry, validated. */
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

/** A loaded manifest and the problems found in it. */
export interface Manifest {
  entries: Map<string, ManifestEntry>;
  /** Example questions for help texts, when the corpus's curator gives them. */
  examples: string[];
  /** The corpus's own synonyms: each group's phrases stand for one another in questions. */
  aliases: string[][];
  warnings: string[];
}

/**
 * Reads `manifest.yaml` (file name → outlet, title, published, url); a missing manifest is empty, a bad entry is
 * skipped with a warning.
 */
export async function loadManifest(corpusDir: string): Promise<Manifest> {
  const entries = new Map<string, ManifestEntry>();
  const examples: string[] = [];
  const aliases: string[][] = [];
  const warnings: string[] = [];
  let raw: string;
  try {
    raw = await readFile(join(corpusDir, MANIFEST_FILE), 'utf8');
  } catch {
    return { entries, examples, aliases, warnings };
  }
  let data: unknown;
  // Loaded here, not at the top: a start from the index cache never reads a manifest and spares yaml's loading.
  const { parse: parseYaml } = await import('yaml');
  try {
    data = parseYaml(raw, { logLevel: 'error' });
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : error;
    warnings.push(`${MANIFEST_FILE}: not valid YAML (${why}); it was ignored`);
    return { entries, examples, aliases, warnings };
  }
  const files = ManifestSchema.safeParse(data);
  if (!files.success) {
    warnings.push(
      `${MANIFEST_FILE}: expected a "files:" mapping of file name to metadata, an optional "examples:" ` +
        'list of questions and an optional "aliases:" list of synonym groups (each a list of two or more phrases); ' +
        'it was ignored',
    );
    return { entries, examples, aliases, warnings };
  }
  examples.push(...(files.data.examples ?? []));
  aliases.push(...(files.data.aliases ?? []));
  for (const [file, value] of Object.entries(files.data.files)) {
    const entry = validEntry(file, value ?? {}, warnings);
    if (entry) entries.set(file, entry);
  }
  return { entries, examples, aliases, warnings };
}

/**
 * One file's entry, its bad fields left out with a warning: a "gemini://" link must not cost the file its outlet and
 * title. Null (with a warning) when the entry is no mapping at all.
 */
function validEntry(file: string, value: unknown, warnings: string[]): ManifestEntry | null {
  const entry = ManifestEntrySchema.safeParse(value);
  if (entry.success) return entry.data;
  const issues = entry.error.issues.map((i) => `${i.path.join('.') || 'entry'} ${i.message}`).join('; ');
  if (typeof value !== 'object' || Array.isArray(value)) {
    warnings.push(`${MANIFEST_FILE}: entry for ${file} ignored: ${issues}`);
    return null;
  }
  // The fields an issue names, and the unknown keys a strict object reports.
  const bad = new Set(entry.error.issues.flatMap((i) => ('keys' in i ? (i.keys as string[]) : [String(i.path[0])])));
  const kept = ManifestEntrySchema.safeParse(
    Object.fromEntries(Object.entries(value as object).filter(([key]) => !bad.has(key))),
  );
  const fields = [...bad].join(', ');
  warnings.push(`${MANIFEST_FILE}: entry for ${file}: ${issues}; ${fields} left out, the rest of the entry is used`);
  return kept.success ? kept.data : null;
}
