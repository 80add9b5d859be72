import { senseIndexText } from './sense-index.ts';
import { factorOf, isFrequent } from './sense-preference.ts';
import { WORD_CLASSES, type WordClass } from './word-class.ts';

/** A word whose frequent senses include a synset: a question may use it for that synset. */
export interface SynsetWord {
  lemma: string;
  /** How much this sense counts for the word (factorOf). */
  factor: number;
  /** Whether the sense also holds when the question word's class is unknown. */
  anyClass: boolean;
}

// Keys pack class, synset offset and line number into one double (offsets < 2^24, lines < 2^18), so a native
// numeric sort groups each synset's lines together.
const OFFSET_SPAN = 2 ** 24;
const LINE_SPAN = 2 ** 18;
const MIN_LINE_LENGTH = 24;

/**
 * Every synset's words whose frequent senses include it, from one pass over index.sense (~60 ms): the index build
 * asks this for each of thousands of synsets, where looking each word up by itself took five times as long.
 */
export class SynsetWords {
  private readonly text = senseIndexText();
  private readonly keys: Float64Array;
  private readonly lemmaEnd: Uint32Array;
  private readonly lineStart: Uint32Array;
  private readonly factor: Float32Array;
  /** Per line: 1 when the sense is frequent in its class, 2 when frequent among all the word's senses. */
  private readonly flags: Uint8Array;
  private readonly cache = new Map<number, SynsetWord[]>();

  constructor() {
    // No line, with its newline, is shorter than "a%3:00:00:: 00000000 1 0": room enough without counting lines.
    const lines = Math.ceil(this.text.length / MIN_LINE_LENGTH);
    this.keys = new Float64Array(lines);
    this.lemmaEnd = new Uint32Array(lines);
    this.lineStart = new Uint32Array(lines);
    this.factor = new Float32Array(lines);
    this.flags = new Uint8Array(lines);
    const count = this.readLines();
    this.keys = this.keys.subarray(0, count).sort();
  }

  /** The words a question may use for a synset, with how much each counts. */
  wordsOf(offset: number, cls: WordClass): readonly SynsetWord[] {
    const key = WORD_CLASSES.indexOf(cls) * OFFSET_SPAN + offset;
    let words = this.cache.get(key);
    if (words) return words;
    words = [];
    for (let i = this.firstKeyAtLeast(key * LINE_SPAN); i < this.keys.length; i++) {
      const packed = this.keys[i]!;
      if (Math.floor(packed / LINE_SPAN) !== key) break;
      const line = packed % LINE_SPAN;
      const flags = this.flags[line]!;
      if (!(flags & 1)) continue;
      const lemma = this.text.slice(this.lineStart[line], this.lemmaEnd[line]);
      words.push({ lemma, factor: this.factor[line]!, anyClass: (flags & 2) !== 0 });
    }
    this.cache.set(key, words);
    return words;
  }

  private firstKeyAtLeast(value: number): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Reads every line: "lemma%type:lexfile:lex_id:head:head_id offset sense tags"; returns how many. */
  private readLines(): number {
    const text = this.text;
    const number = (from: number, to: number): number => {
      let value = 0;
      for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
      return value;
    };
    const tags = new Uint16Array(this.flags.length);
    const classes = new Uint8Array(this.flags.length);
    const senses = new Uint16Array(this.flags.length);
    let line = 0;
    let groupStart = 0;
    for (let at = 0; at < text.length; line++) {
      const percent = text.indexOf('%', at);
      const keyEnd = text.indexOf(' ', percent);
      const offsetEnd = text.indexOf(' ', keyEnd + 1);
      const senseEnd = text.indexOf(' ', offsetEnd + 1);
      const newline = text.indexOf('\n', senseEnd);
      const end = newline < 0 ? text.length : newline;
      // Satellites (type 5) are adjectives (class 2 in WORD_CLASSES order); other types are 1-4 in that order.
      const type = text.charCodeAt(percent + 1) - 48;
      const cls = type === 5 ? 2 : type - 1;
      if (line > 0 && !this.sameLemma(line - 1, at, percent)) {
        this.judgeGroup(groupStart, line, tags, classes, senses);
        groupStart = line;
      }
      this.lineStart[line] = at;
      this.lemmaEnd[line] = percent;
      tags[line] = number(senseEnd + 1, end);
      senses[line] = number(offsetEnd + 1, senseEnd);
      classes[line] = cls;
      this.keys[line] = (cls * OFFSET_SPAN + number(keyEnd + 1, offsetEnd)) * LINE_SPAN + line;
      at = end + 1;
    }
    this.judgeGroup(groupStart, line, tags, classes, senses);
    return line;
  }

  private sameLemma(previous: number, at: number, percent: number): boolean {
    const start = this.lineStart[previous]!;
    if (this.lemmaEnd[previous]! - start !== percent - at) return false;
    for (let i = 0; i < percent - at; i++) {
      if (this.text.charCodeAt(start + i) !== this.text.charCodeAt(at + i)) return false;
    }
    return true;
  }

  /** Marks which of one lemma's lines (first..end) are frequent senses, in their class and overall. */
  private judgeGroup(first: number, end: number, tags: Uint16Array, classes: Uint8Array, senses: Uint16Array): void {
    const classMax = [0, 0, 0, 0];
    let overall = 0;
    for (let i = first; i < end; i++) {
      classMax[classes[i]!] = Math.max(classMax[classes[i]!]!, tags[i]!);
      overall = Math.max(overall, tags[i]!);
    }
    for (let i = first; i < end; i++) {
      const max = classMax[classes[i]!]!;
      const inClass = senses[i] === 1 || isFrequent(tags[i]!, max);
      this.flags[i] = (inClass ? 1 : 0) | (isFrequent(tags[i]!, overall) ? 2 : 0);
      this.factor[i] = factorOf(tags[i]!, max);
    }
  }
}
