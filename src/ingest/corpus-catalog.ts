import { createHash } from 'node:crypto';
import { articleUrlKey } from '../corpus/article-url.ts';
import { readEntry, splitFrontMatter } from '../corpus/front-matter.ts';
import { loadManifest } from '../corpus/manifest.ts';
import { readCorpusFiles } from '../corpus/read-corpus-files.ts';

/** Why an article counts as one the corpus already holds. */
export type DuplicateReason = 'same link' | 'same text';

/** An article already in the corpus that a new one duplicates. */
export interface Duplicate {
  file: string;
  reason: DuplicateReason;
}

/**
 * A fingerprint of an article's text that ignores spacing, case and Unicode forms, so the same article saved twice
 * (or added once from the web and once as a file) matches.
 */
function textHash(text: string): string {
  const normal = text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(normal).digest('hex');
}

/** What the corpus already holds, by link and by text, for telling a new article from a duplicate. */
export class CorpusCatalog {
  private readonly byUrl = new Map<string, string>();
  private readonly byText = new Map<string, string>();

  /**
   * Catalogs every article file: links from front matter (and manifest.yaml), text hashes of the bodies. Saved web
   * pages are read as the loader reads them. Files the loader would skip are skipped here too.
   */
  static async read(corpusDir: string): Promise<CorpusCatalog> {
    const catalog = new CorpusCatalog();
    const [{ files }, manifest] = await Promise.all([readCorpusFiles(corpusDir), loadManifest(corpusDir)]);
    for (const { file, raw } of files) {
      let split: ReturnType<typeof splitFrontMatter>;
      try {
        split = splitFrontMatter(raw, file);
      } catch {
        split = { data: null, body: raw }; // Broken front matter: the loader skips the file, but its text still counts.
      }
      const url = (split.data && readEntry(split.data)?.url) ?? manifest.entries.get(file)?.url ?? null;
      catalog.record(file, url, split.body);
    }
    return catalog;
  }

  /** Notes an article (just written, or read from disk) under its file name. */
  record(file: string, url: string | null, text: string): void {
    const key = url && articleUrlKey(url);
    if (key) this.byUrl.set(key, file);
    if (text.trim()) this.byText.set(textHash(text), file);
  }

  /** Forgets a file (one that --force replaced). */
  forget(file: string): void {
    for (const map of [this.byUrl, this.byText]) {
      for (const [key, value] of map) if (value === file) map.delete(key);
    }
  }

  /** The corpus file holding this link, if any. */
  findUrl(url: string | null): Duplicate | null {
    const file = url ? this.byUrl.get(articleUrlKey(url) ?? '') : undefined;
    return file ? { file, reason: 'same link' } : null;
  }

  /** The corpus file holding this article, by its link or else its text, if any. */
  find(url: string | null, text: string): Duplicate | null {
    const file = this.byText.get(textHash(text));
    return this.findUrl(url) ?? (file ? { file, reason: 'same text' } : null);
  }
}
