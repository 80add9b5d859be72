import { randomBytes } from 'node:crypto';
import { access, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AddArticleError } from '../errors.ts';

/** The parts of an article its file name is made of. */
export interface FileNameParts {
  published: string | null;
  outlet: string | null;
  title: string | null;
}

const slug = (text: string, max: number): string => {
  const full = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/gu, '');
  // Cut at a word boundary so names stay readable ("port-of-larkspur-approves", not "port-of-larkspur-appr").
  return full.length <= max ? full : full.slice(0, max).replace(/-[^-]*$/u, '');
};

/** `<published-date>-<outlet>-<slug>.md`, e.g. `2024-05-14-harbor-gazette-port-approves-seawall.md`. */
export function articleFileName({ published, outlet, title }: FileNameParts): string {
  const outletPart = slug(outlet ?? '', 40) || 'unknown-outlet';
  const titlePart = slug(title ?? '', 60) || 'article';
  return `${published ?? 'undated'}-${outletPart}-${titlePart}.md`;
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * A file name in the corpus that no other article uses: `name.md`, else `name-2.md`, `name-3.md` … The file being
 * replaced (with --force) may keep its name.
 */
export async function freeFileName(corpusDir: string, name: string, replacing: string | null): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : name.replace(/\.md$/u, `-${n}.md`);
    if (candidate === replacing || !(await exists(join(corpusDir, candidate)))) return candidate;
  }
}

/**
 * Writes a corpus file all at once: to a hidden temporary file in the same folder, then renamed into place. A
 * rename within one folder is atomic, so the running bot's hot reload (which ignores hidden files) never sees half
 * an article, and a failure leaves the corpus as it was.
 */
export async function writeArticleFile(corpusDir: string, name: string, content: string): Promise<void> {
  const temporary = join(corpusDir, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, join(corpusDir, name));
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new AddArticleError(
      'ADD_WRITE_FAILED',
      join(corpusDir, name),
      `could not be written (${code}); check the corpus folder is writable and the disk has room`,
      { cause: error },
    );
  }
}
