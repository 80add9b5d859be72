import type { Source } from '../corpus/source.ts';
import type { Passage, PassageRole } from '../retrieval/passage.ts';
import { VALUE_FIELDS, valueFrom, valueNumbers } from '../text/value-codec.ts';
import {
  CacheFormatError,
  column,
  columnBytes,
  jsonSection,
  parseJsonSection,
  section,
  type Sections,
} from './sections.ts';

const ROLES: readonly PassageRole[] = ['body', 'caption', 'headline', 'excerpt'];
const ATTRIBUTION = 4;
const OPENS_QUOTE = 8;

/** The per-passage number columns, in the order they are written. */
const INT_COLUMNS = ['source', 'start', 'end', 'paragraphStart', 'paragraphEnd', 'paragraphIndex', 'sentenceIndex'];
/** Lists of varying length: a count per passage, and one flat list of every passage's items. */
const LISTS = ['terms', 'values', 'names', 'numbers'] as const;

/** What the passage columns need to keep apart from the numbers: the distinct terms and the figures' digits. */
interface PassageStrings {
  terms: string[];
  numbers: string[];
}

/**
 * The passages as columns, one number per passage each, and flat lists: a quarter of a million small objects and
 * arrays parsed from JSON and copied into passages took most of a start from the cache. Text, id and index are
 * implied (a slice of the source's text, or its headline); terms are numbers into a table of the distinct terms.
 */
export function passageColumns(passages: readonly Passage[], into: Sections): void {
  const n = passages.length;
  const ints = INT_COLUMNS.map(() => new Int32Array(n));
  const kinds = new Uint8Array(n);
  const causal = new Float64Array(n);
  const counts = Object.fromEntries(LISTS.map((list) => [list, new Int32Array(n)])) as Record<
    (typeof LISTS)[number],
    Int32Array
  >;
  let [termTotal, valueTotal, nameTotal] = [0, 0, 0];
  for (const p of passages) {
    termTotal += p.terms.length;
    valueTotal += p.values.length;
    nameTotal += p.names.length;
  }
  // The flat lists sized up front and filled in place: grown as arrays of numbers, then copied, they were the
  // largest transient of writing a large index's cache.
  const terms = new Int32Array(termTotal);
  const values = new Int32Array(valueTotal * VALUE_FIELDS);
  const names = new Int32Array(nameTotal * 2);
  const termIds = new Map<string, number>();
  const numbers: string[] = [];
  let [t, v, m] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const p = passages[i]!;
    const row = [p.sourceIndex, p.start, p.end, p.paragraph[0], p.paragraph[1], p.paragraphIndex, p.sentenceIndex];
    for (let c = 0; c < row.length; c++) ints[c]![i] = row[c]!;
    kinds[i] = ROLES.indexOf(p.role) + (p.attribution ? ATTRIBUTION : 0) + (p.opensQuote ? OPENS_QUOTE : 0);
    causal[i] = p.causal;
    for (const term of p.terms) {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      terms[t++] = id;
    }
    for (const value of p.values) for (const x of valueNumbers(value)) values[v++] = x;
    for (const name of p.names) {
      names[m++] = name.start;
      names[m++] = name.end;
    }
    for (const figure of p.numbers) numbers.push(figure);
    counts.terms[i] = p.terms.length;
    counts.values[i] = p.values.length;
    counts.names[i] = p.names.length;
    counts.numbers[i] = p.numbers.length;
  }
  for (const [c, name] of INT_COLUMNS.entries()) into.set(`passages.${name}`, columnBytes(ints[c]!));
  into.set('passages.kinds', kinds);
  into.set('passages.causal', columnBytes(causal));
  for (const list of LISTS) into.set(`passages.${list}.counts`, columnBytes(counts[list]));
  into.set('passages.terms', columnBytes(terms));
  into.set('passages.values', columnBytes(values));
  into.set('passages.names', columnBytes(names));
  into.set('passages.strings', jsonSection({ terms: [...termIds.keys()], numbers } satisfies PassageStrings));
}

/** Reads an int column of `length` values whose every value lies in [low, high]. */
function ints(sections: Sections, name: string, length: number, low: number, high: number): Int32Array {
  const values = column(Int32Array, section(sections, name), length);
  for (let i = 0; i < values.length; i++) {
    if (values[i]! < low || values[i]! > high) throw new CacheFormatError(`${name} holds ${values[i]}`);
  }
  return values;
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** The passages back from their columns (throws CacheFormatError when the columns do not fit together). */
export function passagesFromColumns(sections: Sections, sources: readonly Source[], n: number): Passage[] {
  const max = 0x7fffffff;
  const [sourceAt, starts, ends, pStarts, pEnds, paragraphIndexes, sentenceIndexes] = INT_COLUMNS.map((name) =>
    ints(sections, `passages.${name}`, n, name === 'source' ? 0 : -1, name === 'source' ? sources.length - 1 : max),
  ) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  const kinds = column(Uint8Array, section(sections, 'passages.kinds'), n);
  const causal = column(Float64Array, section(sections, 'passages.causal'), n);
  const counts = LISTS.map((list) => ints(sections, `passages.${list}.counts`, n, 0, max));
  const totals = counts.map((c) => c.reduce((sum, k) => sum + k, 0));
  const strings = parseJsonSection(section(sections, 'passages.strings')) as Partial<PassageStrings>;
  if (!isStrings(strings.terms) || !isStrings(strings.numbers) || strings.numbers.length !== totals[3])
    throw new CacheFormatError('passages.strings does not fit the passages');
  const table = strings.terms;
  const numberList = strings.numbers;
  const termList = ints(sections, 'passages.terms', totals[0]!, 0, table.length - 1);
  const valueList = ints(sections, 'passages.values', totals[1]! * VALUE_FIELDS, -1, max);
  const nameList = ints(sections, 'passages.names', totals[2]! * 2, 0, max);
  const [termCounts, valueCounts, nameCounts, numberCounts] = counts as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  let [t, v, m, f] = [0, 0, 0, 0];
  const passages = new Array<Passage>(n);
  // Plain loops: a quarter of a million passages are rebuilt on every start, and temporary arrays cost GC time.
  for (let i = 0; i < n; i++) {
    const source = sources[sourceAt[i]!]!;
    const role = ROLES[kinds[i]! & 3]!;
    const headline = role === 'headline';
    const start = starts[i]!;
    const text = headline ? source.title : source.text.slice(start, ends[i]);
    const terms = new Array<string>(termCounts[i]!);
    for (let k = 0; k < terms.length; k++) terms[k] = table[termList[t++]!]!;
    // Sized up front: arrays grown by push keep room for 17 items, which at this count is tens of megabytes.
    const values: Passage['values'] = new Array(valueCounts[i]!);
    for (let k = 0; k < values.length; k++, v += VALUE_FIELDS) values[k] = valueFrom(valueList, v);
    const names: Passage['names'] = new Array(nameCounts[i]!);
    for (let k = 0; k < names.length; k++, m += 2) {
      names[k] = { text: text.slice(nameList[m], nameList[m + 1]), start: nameList[m]!, end: nameList[m + 1]! };
    }
    const numbers = numberList.slice(f, (f += numberCounts[i]!));
    // Sentences of one paragraph share their source's range rather than each holding a copy.
    const ownParagraph = source.paragraphs[paragraphIndexes[i]!];
    const paragraph: [number, number] =
      ownParagraph && ownParagraph[0] === pStarts[i] && ownParagraph[1] === pEnds[i]
        ? ownParagraph
        : [pStarts[i]!, pEnds[i]!];
    passages[i] = {
      id: `${source.id}#${headline ? 'title' : start}`,
      index: i,
      sourceIndex: sourceAt[i]!,
      kind: headline ? 'headline' : 'sentence',
      role,
      text,
      start,
      end: ends[i]!,
      paragraph,
      paragraphIndex: paragraphIndexes[i]!,
      sentenceIndex: sentenceIndexes[i]!,
      terms,
      values,
      names,
      numbers,
      attribution: (kinds[i]! & ATTRIBUTION) !== 0,
      causal: causal[i]!,
      opensQuote: (kinds[i]! & OPENS_QUOTE) !== 0,
    };
  }
  return passages;
}
