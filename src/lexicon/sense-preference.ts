import { memoized } from '../text/memoize.ts';
import { sensesOf, type Sense } from './sense-index.ts';
import type { WordClass } from './word-class.ts';

/** A sense worth following for a word, with how much it counts. */
export interface PreferredSense extends Sense {
  /** How much the sense counts (factorOf). */
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
function share(tags: number, max: number): number {
  return Math.min(1, (tags + 1) / (max + 1));
}

/** Whether a sense tagged `tags` times is frequent enough beside the word's most tagged sense (`max` tags). */
export function isFrequent(tags: number, max: number): boolean {
  return share(tags, max) >= MIN_SHARE;
}

/** How much a frequent sense counts: 1 for the word's most tagged sense, 0.775 for one tagged a quarter as often. */
export function factorOf(tags: number, max: number): number {
  return 0.7 + 0.3 * share(tags, max);
}

function computePreferred(key: string): readonly PreferredSense[] {
  const cls = key.charAt(0) === '*' ? null : (key.charAt(0) as WordClass);
  const all = sensesOf(key.slice(1));
  const overall = maxTags(all);
  // Within a class senses are numbered most frequent first: the class's first sense has its most tags.
  const max = cls ? (all.find((s) => s.cls === cls && s.sense === 1)?.tags ?? 0) : overall;
  const out: PreferredSense[] = [];
  for (const { cls: c, offset, lexfile, sense, tags } of all) {
    if (cls && c !== cls) continue;
    const anyClass = isFrequent(tags, overall);
    if (cls ? sense === 1 || isFrequent(tags, max) : anyClass) {
      out.push({ cls: c, offset, lexfile, sense, tags, factor: factorOf(tags, max), anyClass });
    }
  }
  return out;
}

const preferred = memoized(computePreferred);

/** The senses of a WordNet lemma worth following in a class, or in every class when the class is unknown (null). */
export function preferredSenses(lemma: string, cls: WordClass | null): readonly PreferredSense[] {
  return preferred(`${cls ?? '*'}${lemma}`);
}
