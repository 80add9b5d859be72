import { dictionaryFileSize, readDictionaryBytes } from './wordnet-files.ts';

/** What binary search over a sorted text file needs of its text: a string has all of it. */
export interface SearchableText {
  readonly length: number;
  charCodeAt(at: number): number;
  indexOf(search: string, from: number): number;
  slice(start: number, end: number): string;
  startsWith(search: string, at: number): boolean;
}

const BLOCK = 4096;

/**
 * A WordNet file read in 4 KB blocks as they are needed, each kept once read: looking up a few words touches a few
 * dozen blocks, where reading index.sense whole takes 8 ms of a one-shot answer and holding it costs a start-up
 * snapshot 7 MB.
 */
export class FileText implements SearchableText {
  readonly length: number;
  private readonly blocks = new Map<number, string>();

  constructor(private readonly name: string) {
    this.length = dictionaryFileSize(name);
  }

  charCodeAt(at: number): number {
    return at < 0 || at >= this.length ? Number.NaN : this.block(Math.floor(at / BLOCK)).charCodeAt(at % BLOCK);
  }

  indexOf(search: string, from: number): number {
    // Only single characters are searched for (newlines); a block holds all of one.
    for (let n = Math.floor(Math.max(0, from) / BLOCK); n * BLOCK < this.length; n++) {
      const found = this.block(n).indexOf(search, Math.max(0, from - n * BLOCK));
      if (found >= 0) return n * BLOCK + found;
    }
    return -1;
  }

  slice(start: number, end: number): string {
    let text = '';
    for (let n = Math.floor(start / BLOCK); n * BLOCK < Math.min(end, this.length); n++)
      text += this.block(n).slice(Math.max(0, start - n * BLOCK), end - n * BLOCK);
    return text;
  }

  startsWith(search: string, at: number): boolean {
    return this.slice(at, at + search.length) === search;
  }

  private block(n: number): string {
    let text = this.blocks.get(n);
    if (text === undefined) {
      text = readDictionaryBytes(this.name, n * BLOCK, BLOCK);
      this.blocks.set(n, text);
    }
    return text;
  }
}
