import { memoized } from '../text/memoize.ts';
import { nearHypernymWord } from './measure-nouns.ts';
import { withBaseForms } from './morphy.ts';
import { sensesOf } from './sense-index.ts';
import { synsetAt } from './wordnet-files.ts';

/**
 * A dimension that figures are told in: "how deep" wants a length; "how fast" and "how often" a rate, a magnitude per
 * unit of time ("55 mph", "every 20 minutes").
 */
export type Dimension = 'length' | 'area' | 'volume' | 'mass' | 'rate' | 'temperature';

// The kinds WordNet files units under ("mile" is a linear unit, "mph" a rate), by the dimension they measure.
const UNIT_KINDS: ReadonlyMap<string, Dimension> = new Map([
  ['linear_unit', 'length'],
  ['area_unit', 'area'],
  ['volume_unit', 'volume'],
  ['mass_unit', 'mass'],
  ['weight_unit', 'mass'],
  ['temperature_unit', 'temperature'],
  ['rate', 'rate'],
]);

// The attributes a measuring word names ("deep": depth, an extent; "tall": height), by the dimension figures of them
// are told in. A size is told in any ("12,900 acres", "a 56-seat bus"): it has none. A duration is a time, not a
// figure ("long" in its first sense; "how long is the blade" asks of its second, a length).
const ATTRIBUTE_KINDS: ReadonlyMap<string, Dimension | null> = new Map([
  ['duration', null],
  ['length', 'length'],
  ['dimension', 'length'],
  ['extent', 'length'],
  ['distance', 'length'],
  ['height', 'length'],
  ['rate', 'rate'],
  ['weight', 'mass'],
  ['temperature', 'temperature'],
]);

const UNIT_WORDS = [...UNIT_KINDS.keys()];
const ATTRIBUTE_WORDS = [...ATTRIBUTE_KINDS.keys()];

/** The dimensions a noun may measure as a unit, in any of its senses ("yard": a length or a volume; "crew": none). */
export const unitDimensions: (word: string) => ReadonlySet<Dimension> = memoized((word) => {
  const found = new Set<Dimension>();
  for (const lemma of withBaseForms(word.toLowerCase(), 'n')) {
    for (const sense of sensesOf(lemma)) {
      if (sense.cls !== 'n') continue;
      const kind = nearHypernymWord(sense.offset, UNIT_WORDS);
      if (kind) found.add(UNIT_KINDS.get(kind)!);
    }
  }
  return found;
});

const attributeDimension = (offset: number): Dimension | null => {
  const kind = nearHypernymWord(offset, ATTRIBUTE_WORDS);
  return kind ? (ATTRIBUTE_KINDS.get(kind) ?? null) : null;
};

// "High" values a degree first ("high prices") and a height second: the two most frequent senses are looked at.
const FREQUENT_SENSES = 2;

const frequentSenses = (lemma: string, cls: 'a' | 'r'): number[] =>
  sensesOf(lemma.toLowerCase())
    .filter((s) => s.cls === cls && s.sense <= FREQUENT_SENSES)
    .sort((a, b) => a.sense - b.sense)
    .map((s) => s.offset);

// An adjective names the attribute it values ("deep": depth); one that does not, its noun may ("frequent": frequency).
const ATTRIBUTE = '=';
const DERIVED = '+';
/** An adverb's pointer to the adjective it is made from. */
const PERTAINYM = '\\';

/** The dimension of the first attribute, or noun, an adjective synset points to by a symbol that has one. */
function valuedDimension(offset: number, symbol: string): Dimension | null {
  for (const pointer of synsetAt(offset, 'a').pointers) {
    const dimension = pointer.symbol === symbol && pointer.cls === 'n' ? attributeDimension(pointer.offset) : null;
    if (dimension) return dimension;
  }
  return null;
}

function synsetsDimension(offsets: readonly number[]): Dimension | null {
  for (const symbol of [ATTRIBUTE, DERIVED]) {
    const found = offsets.map((offset) => valuedDimension(offset, symbol)).find((d) => d !== null);
    if (found) return found;
  }
  return null;
}

/** The dimension an adjective's value is told in ("deep", "tall", "high": a length; "fast": a rate), or null. */
export const adjectiveDimension: (lemma: string) => Dimension | null = memoized((lemma) =>
  synsetsDimension(frequentSenses(lemma, 'a')),
);

/** The dimension of the adjective an adverb is made from ("often": "frequent", a rate), or null. */
export const adverbDimension: (lemma: string) => Dimension | null = memoized((lemma) =>
  synsetsDimension(
    frequentSenses(lemma, 'r').flatMap((offset) =>
      synsetAt(offset, 'r')
        .pointers.filter((p) => p.symbol === PERTAINYM && p.cls === 'a')
        .map((p) => p.offset),
    ),
  ),
);

/** The dimension a noun's most frequent sense measures ("depth", "height": a length; "speed"), or null. */
export const nounDimension: (lemma: string) => Dimension | null = memoized((lemma) => {
  const first = sensesOf(lemma.toLowerCase()).find((s) => s.cls === 'n' && s.sense === 1);
  return first ? attributeDimension(first.offset) : null;
});

/**
 * Whether an adjective's most frequent sense asks a figure of a dimension ("tall", "deep"), so that no sum answers
 * it; "high" values a degree first ("high prices", "how high is the fine").
 */
export const measuresFirst: (lemma: string) => boolean = memoized(
  (lemma) => synsetsDimension(frequentSenses(lemma, 'a').slice(0, 1)) !== null,
);

/**
 * The attributes with a dimension (their synsets' offsets) a measuring word names: an adjective those it values
 * ("deep": depth; "long": length, its temporal sense having none), a noun its first sense ("depth"). Else empty.
 */
const measuredAttributes: (lemma: string) => ReadonlySet<number> = memoized((lemma) => {
  const found = new Set<number>();
  for (const offset of frequentSenses(lemma, 'a')) {
    for (const pointer of synsetAt(offset, 'a').pointers) {
      if (pointer.symbol === ATTRIBUTE && pointer.cls === 'n' && attributeDimension(pointer.offset)) {
        found.add(pointer.offset);
      }
    }
  }
  const noun = sensesOf(lemma.toLowerCase()).find((s) => s.cls === 'n' && s.sense === 1);
  if (found.size === 0 && noun && attributeDimension(noun.offset)) found.add(noun.offset);
  return found;
});

/**
 * Whether two measuring words name one attribute ("tall" and "high": a height), false when they name two ("long" and
 * "deep"), null when either names none.
 */
export function measureAlike(one: string, other: string): boolean | null {
  const [first, second] = [measuredAttributes(one), measuredAttributes(other)];
  if (first.size === 0 || second.size === 0) return null;
  const words = new Set([...first].flatMap((offset) => synsetAt(offset, 'n').words));
  return [...second].some((offset) => synsetAt(offset, 'n').words.some((word) => words.has(word)));
}
