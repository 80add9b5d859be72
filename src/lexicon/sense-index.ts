import { memoized } from '../text/memoize.ts';
import { FileText, type SearchableText } from './file-text.ts';
import { readDictionaryFile } from './wordnet-files.ts';
import { wordClassOfSynsetType, type WordClass } from './word-class.ts';

/** One sense of a word: its synset, lexicographer file, rank among the word's senses in its class, and tag count. */
export interface Sense {
  cls: WordClass;
  offset: number;
  lexfile: number;
  /** 1 for the word's most frequent sense in its class. */
  sense: number;
  /** How often annotators tagged this sense in WordNet's semantic concordance: its frequency. */
  tags: number;
}

// index.sense is sorted bytewise by sense key ("lemma%ss_type:lex_filenum:..."), so binary search finds a word's lines
// without parsing the file. An index build reads it whole (~7 MB, once per process); answering questions alone reads
// only the blocks its words' lines are in.
let senseText: string | undefined;
let senseBlocks: FileText | undefined;

/** The text of index.sense, read whole on first use. */
export function senseIndexText(): string {
  senseText ??= readDictionaryFile('index.sense');
  return senseText;
}

/** index.sense to look words up in: its whole text once read, else its blocks as needed. */
function senseIndex(): SearchableText {
  return senseText ?? (senseBlocks ??= new FileText('index.sense'));
}

/** Lets go of index.sense's text and blocks (the next lookup reads blocks again). */
export function releaseSenseIndex(): void {
  senseText = undefined;
  senseBlocks = undefined;
}

/** Position of the first line of index.sense that sorts at or after `key`. */
function firstLineFrom(key: string): number {
  const all = senseIndex();
  const lineStartFrom = (at: number): number => {
    if (at === 0) return 0;
    const newline = all.indexOf('\n', at - 1);
    return newline < 0 ? all.length : newline + 1;
  };
  // Lines starting before lo sort before key; lines starting at or after hi do not. Both are line starts.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    let probe = lineStartFrom((lo + hi) >>> 1);
    if (probe >= hi) probe = lo;
    if (compareAt(all, probe, key) < 0) lo = lineStartFrom(probe + 1);
    else hi = probe;
  }
  return lo;
}

/** Compares the text at `at` with `key` over the key's length, like a bytewise sort, without copying. */
function compareAt(all: SearchableText, at: number, key: string): number {
  for (let i = 0; i < key.length; i++) {
    const diff = (at + i < all.length ? all.charCodeAt(at + i) : -1) - key.charCodeAt(i);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The lines of index.sense whose key starts with `prefix`, in file order. */
function linesStartingWith(prefix: string): string[] {
  const all = senseIndex();
  const lines: string[] = [];
  for (let at = firstLineFrom(prefix); at < all.length && all.startsWith(prefix, at); ) {
    const end = all.indexOf('\n', at);
    const stop = end < 0 ? all.length : end;
    lines.push(all.slice(at, stop));
    at = stop + 1;
  }
  return lines;
}

function parseSense(line: string): Sense {
  // lemma%ss_type:lex_filenum:lex_id:head_word:head_id synset_offset sense_number tag_cnt
  const [key = '', offset = '', sense = '', tags = ''] = line.split(' ');
  const type = key.slice(key.indexOf('%') + 1);
  return {
    cls: wordClassOfSynsetType(type.charAt(0)),
    lexfile: Number(type.slice(2, type.indexOf(':', 2))),
    offset: Number(offset),
    sense: Number(sense),
    tags: Number(tags),
  };
}

/** Every sense WordNet gives a lemma ("police_officer" for collocations), in all classes; empty for unknown words. */
export const sensesOf: (lemma: string) => readonly Sense[] = memoized((lemma) =>
  lemma ? linesStartingWith(`${lemma}%`).map(parseSense) : [],
);

/** The phrases WordNet may hold, and the pairs of words they begin with (see collocationStarts). */
interface Collocations {
  starts: Set<string>;
  firstPairs: Map<string, Set<string>>;
}
let collocations: Collocations | undefined;

function readCollocations(): Collocations {
  const starts = new Set<string>();
  const firstPairs = new Map<string, Set<string>>();
  const all = senseIndexText();
  for (let at = 0; at < all.length; at = all.indexOf('\n', at) + 1 || all.length) {
    const lemma = all.slice(at, all.indexOf('%', at));
    const last = lemma.lastIndexOf('_');
    if (last < 0) continue;
    starts.add(lemma);
    if (lemma.lastIndexOf('_', last - 1) >= 0) starts.add(lemma.slice(0, last));
    const [first = '', second = ''] = lemma.split('_', 2);
    let seconds = firstPairs.get(first);
    if (!seconds) firstPairs.set(first, (seconds = new Set()));
    seconds.add(second);
  }
  return { starts, firstPairs };
}

/**
 * Every phrase (words joined by "_") that is a WordNet collocation or a collocation's first words but its last: the
 * only phrases {@link sensesOf} or {@link collocationsExtending} can find anything for.
 */
export function collocationStarts(): ReadonlySet<string> {
  collocations ??= readCollocations();
  return collocations.starts;
}

/**
 * Whether some collocation begins with these two words ("police", "officer"): every phrase of {@link
 * collocationStarts} does, so a run of words that none begins with is passed over before its phrase is written out.
 */
export function beginsCollocation(first: string, second: string): boolean {
  collocations ??= readCollocations();
  return collocations.firstPairs.get(first)?.has(second) ?? false;
}

/** WordNet lemmas one word longer than a lemma that begin with it ("chief_executive" → chief_executive_officer). */
export function collocationsExtending(lemma: string): string[] {
  const prefix = `${lemma}_`;
  const found = new Set<string>();
  for (const line of linesStartingWith(prefix)) {
    const candidate = line.slice(0, line.indexOf('%'));
    if (!candidate.includes('_', prefix.length)) found.add(candidate);
  }
  return [...found];
}
