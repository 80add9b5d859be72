import type { AnnotatedSentence, NameSpan, SentenceToken, ValueSpan } from '../text/annotate.ts';
import { VALUE_FIELDS, valueFrom, valueNumbers } from '../text/value-codec.ts';

/**
 * Annotated paragraphs packed for the trip between threads: numbers in one Float64Array, the few strings that
 * cannot be re-read from the paragraph (lemmas that are not the lowercased word, figures) in one joined string.
 * Cloning millions of small token objects between threads would cost more than annotating them.
 */
export interface PackedAnnotations {
  numbers: Float64Array;
  strings: string;
  /** How many strings are joined in `strings` (one empty string and none join alike). */
  stringCount: number;
  /** Parts of speech by number. */
  tags: string[];
}

const SEPARATOR = '\u0000'; // never in corpus text: files holding NUL bytes are skipped as binary
const RAW_WRITTEN = 1;
const LEMMA_WRITTEN = 2;

/**
 * Packs annotated paragraphs one at a time, in order, as they are made: a worker's paragraphs held until a whole
 * batch was annotated outlived the young generation, and were collected from the old one. The numbers go straight
 * into a Float64Array grown by doubling (its store is outside the JavaScript heap, so collections never copy it):
 * grown as an array of numbers, a batch's several megabytes were copied through the young generation and promoted.
 */
export class AnnotationPacker {
  private numbers = new Float64Array(1 << 16);
  private used = 0;
  private readonly strings: string[] = [];
  private readonly tags = new Map<string, number>();

  /** Packs the next paragraph's sentences (each paragraph's text is needed to unpack them). */
  add(sentences: readonly AnnotatedSentence[]): void {
    const { strings } = this;
    this.push(sentences.length);
    for (const s of sentences) {
      this.push(s.start, s.end, s.attribution ? 1 : 0, s.causal, s.values.length);
      for (const v of s.values) this.push(...valueNumbers(v));
      this.push(s.names.length);
      for (const n of s.names) this.push(n.start, n.end);
      this.push(s.numbers.length, s.tokens.length);
      strings.push(...s.numbers);
      for (const t of s.tokens) {
        const rawWritten = !s.text.startsWith(t.raw, t.start);
        const lemmaWritten = t.lemma !== t.raw.toLowerCase();
        const flags = (rawWritten ? RAW_WRITTEN : 0) | (lemmaWritten ? LEMMA_WRITTEN : 0);
        this.push(t.start, t.raw.length, this.tag(t.pos), flags);
        if (rawWritten) strings.push(t.raw);
        if (lemmaWritten) strings.push(t.lemma);
      }
    }
  }

  /** Everything packed so far, ready to send. */
  packed(): PackedAnnotations {
    return {
      numbers: this.numbers.slice(0, this.used),
      strings: this.strings.join(SEPARATOR),
      stringCount: this.strings.length,
      tags: [...this.tags.keys()],
    };
  }

  private push(...values: number[]): void {
    if (this.used + values.length > this.numbers.length) {
      const grown = new Float64Array(Math.max(this.numbers.length * 2, this.used + values.length));
      grown.set(this.numbers.subarray(0, this.used));
      this.numbers = grown;
    }
    for (const value of values) this.numbers[this.used++] = value;
  }

  private tag(pos: string): number {
    const known = this.tags.get(pos);
    if (known !== undefined) return known;
    this.tags.set(pos, this.tags.size);
    return this.tags.size - 1;
  }
}

/**
 * Reads what an AnnotationPacker packed, a few paragraphs at a time, given the same paragraphs' texts in the same
 * order: a source's tokens unpacked just before its passages are built die young, where a whole batch's outlived the
 * young generation and grew the heap. Null when the packed numbers end before the texts do.
 */
export function annotationReader(
  packed: PackedAnnotations,
): (texts: readonly string[]) => AnnotatedSentence[][] | null {
  const { numbers, tags } = packed;
  const strings = packed.stringCount === 0 ? [] : packed.strings.split(SEPARATOR);
  let at = 0;
  let next = 0;
  // Offsets and counts as small integers (`| 0`): read from the Float64Array as doubles, each one kept in a name, a
  // value or a passage took a heap number of its own.
  const num = (): number => numbers[at++]! | 0;
  const str = (): string => strings[next++]!;
  // Most sentences hold no value, name or figure: Array.from with a length and a callback, called for each of them,
  // showed in profiles of the building thread. A list a passage keeps is still made by it, packed and at its length
  // (grown by push, each would hold room for 17 entries).
  const list = <T>(length: number, read: () => T): T[] => (length === 0 ? [] : Array.from({ length }, read));
  const sentence = (paragraph: string): AnnotatedSentence => {
    const start = num();
    const end = num();
    const text = paragraph.slice(start, end);
    const attribution = num() === 1;
    const causal = numbers[at++]!;
    const values = list(num(), (): ValueSpan => {
      const value = valueFrom(numbers, at);
      at += VALUE_FIELDS;
      return value;
    });
    const names = list(num(), (): NameSpan => {
      const [from, to] = [num(), num()];
      return { text: text.slice(from, to), start: from, end: to };
    });
    const [numberCount, tokenCount] = [num(), num()];
    const figures = list(numberCount, str);
    // A plain loop: tokens are most of what is read, and a callback and an array per token showed in profiles.
    const tokens: SentenceToken[] = new Array(tokenCount);
    for (let k = 0; k < tokenCount; k++) {
      const tokenStart = num();
      const length = num();
      const pos = num();
      const flags = num();
      const raw = flags & RAW_WRITTEN ? str() : text.slice(tokenStart, tokenStart + length);
      const lemma = flags & LEMMA_WRITTEN ? str() : raw.toLowerCase();
      tokens[k] = { raw, pos: tags[pos]!, lemma, start: tokenStart };
    }
    return { start, end, text, values, names, numbers: figures, attribution, causal, tokens };
  };
  return (texts) => {
    // A paragraph's sentences live only until its passages are built: pushed, not made by Array.from.
    const paragraphs = texts.map((paragraph) => {
      const sentences: AnnotatedSentence[] = [];
      for (let k = num(); k > 0; k--) sentences.push(sentence(paragraph));
      return sentences;
    });
    return at <= numbers.length ? paragraphs : null;
  };
}
