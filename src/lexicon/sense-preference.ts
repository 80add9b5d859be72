import { memoized } from '../text/memoize.ts';
import { sensesOf, type Sense } from './sense-index.ts';
import type { WordClass } from './word-class.ts';

/** A sense worth following for a word, with how much it counts. */
export interface PreferredSense extends Sense {
  /** 1 for the word's most frequent sense, down to 0.775 for a sense tagged a quarter as often. */
  factor: number;
  /** Whether the sense also holds when the word's class is unknown, i.e. it is frequent among all its senses. */
  anyClass: boolean;
}

// A sense counts if it is the word's first in its class or tagged at least a quarter as often as the word's most
// frequent one: "cop" the noun is a police officer (20 tags), never "thieve" (0 tags, the verb's first sense).
const MIN_SHARE = 0.25;

function maxTags(senses: readonly Sense[]): number {
  return senses.reduce((max, s) => Math.max(max, s.tags), 0);
}

// Counts are smoothed by one: a word whose senses were tagged 1 and 0 times ("fireman": a baseball play once, the
// firefighter never) has no frequent sense to speak of, so all its senses count.
function share(sense: Sense, max: number): number {
  return Math.min(1, (sense.tags + 1) / (max + 1));
}

function isFrequent(sense: Sense, max: number): boolean {
  return share(sense, max) >= MIN_SHARE;
}

function factorOf(sense: Sense, max: number): number {
  return 0.7 + 0.3 * share(sense, max);
}

function computePreferred(key: string): readonly PreferredSense[] {
  const cls = key.charAt(0) === '*' ? null : (key.charAt(0) as WordClass);
  const all = sensesOf(key.slice(1));
  const overall = maxTags(all);
  // Senses are listed by class and, within a class, most frequent first: the class's first sense has its most tags.
  const classMax = new Map<WordClass, number>();
  for (const s of all) if (s.sense === 1) classMax.set(s.cls, s.tags);
  const out: PreferredSense[] = [];
  for (const sense of all) {
    if (cls && sense.cls !== cls) continue;
    const max = cls ? classMax.get(cls) ?? 0 : overall;
    const anyClass = isFrequent(sense, overall);
    if (cls ? sense.sense === 1 || isFrequent(sense, max) : anyClass) {
      out.push({ ...sense, factor: factorOf(sense, max), anyClass });
    }
  }
  return out;
}

const preferred = memoized(computePreferred);

/** The senses of a WordNet lemma worth following in a class, or in every class when the class is unknown (null). */
export function preferredSenses(lemma: string, cls: WordClass | null): readonly PreferredSense[] {
  return preferred(`${cls ?? '*'}${lemma}`);
}

/** How a lemma's sense counts if that sense is one of its preferred senses in the class, else undefined. */
export function preference(lemma: string, cls: WordClass, offset: number): PreferredSense | undefined {
  return preferredSenses(lemma, cls).find((s) => s.offset === offset);
}
