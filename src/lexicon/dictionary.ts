import SearchableMap from 'minisearch/SearchableMap';
import { isTransposition } from '../text/edits.ts';
import { memoized } from '../text/memoize.ts';
import { baseForms, detachedStems } from './morphy.ts';
import { senseIndexText, sensesOf } from './sense-index.ts';

let words: SearchableMap<number> | undefined;
const MIN_FREQUENCY = 2;
const ONE_WORD = /^[a-z][a-z'-]+$/u;

/** How much English uses a word: its senses, each counted once plus how often it was tagged (0: unknown). */
export function englishUsage(word: string): number {
  const lower = word.toLowerCase();
  return ONE_WORD.test(lower) ? sensesOf(lower).reduce((usage, sense) => usage + sense.tags + 1, 0) : 0;
}

let frequent: string | undefined;

/**
 * WordNet's one-word lemmas used at least MIN_FREQUENCY times ({@link englishUsage}), one "word usage" a line: what
 * spelling correction looks through. A word nobody tagged in WordNet's corpus ("corvine") is too rare to be what
 * someone meant to type. Worked out once per process, and held by the one-shot command's start-up snapshot: a short
 * text costs next to nothing to load, where reading the sense index for it takes about 50 ms.
 */
export function frequentWords(): string {
  if (frequent !== undefined) return frequent;
  const usage = new Map<string, number>();
  const text = senseIndexText();
  // One pass over the ~200,000 lines by offsets: splitting them all first took most of the time. A lemma's lines
  // are consecutive (the file is sorted by sense key), so its pattern is tested once.
  let lemma = '';
  let oneWord = false;
  for (let at = 0; at < text.length; ) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const percent = text.indexOf('%', at);
    if (percent > at && percent < end) {
      const key = text.slice(at, percent);
      if (key !== lemma) [lemma, oneWord] = [key, ONE_WORD.test(key)];
      if (oneWord) {
        const tags = Number(text.slice(text.lastIndexOf(' ', end) + 1, end)) || 0;
        usage.set(key, (usage.get(key) ?? 0) + tags + 1);
      }
    }
    at = end + 1;
  }
  const lines: string[] = [];
  for (const [word, used] of usage) if (used >= MIN_FREQUENCY) lines.push(`${word} ${used}`);
  frequent = lines.join('\n');
  return frequent;
}

/** The {@link frequentWords} searchable within edits: built on first use, as only a word the corpus lacks needs it. */
function dictionary(): SearchableMap<number> {
  if (words) return words;
  words = new SearchableMap<number>();
  for (const line of frequentWords().split('\n')) {
    const space = line.indexOf(' ');
    words.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return words;
}

/** Whether WordNet knows the word, as written or in a base form ("employees" → "employee"). */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  return sensesOf(lower).length > 0 || baseForms(lower, null).some(([base]) => sensesOf(base).length > 0);
}

/**
 * The English word an unknown word is most likely a misspelling of ("percantage" → "percentage"): the most frequent
 * WordNet lemma within one edit (two for long words), or null. Short words are left alone: too many are one edit
 * from another real word.
 */
export const correctEnglish: (word: string) => string | null = memoized(closestEnglish, 10_000);

interface Closest {
  word: string;
  distance: number;
  frequency: number;
}

// A fuzzy search of all of WordNet takes a millisecond or more, and the same unknown words come up again.
// "critisizing" is no lemma's misspelling, but its stem "critisize" is one of "criticize".
function closestEnglish(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length < 5 || !/^[a-z]+$/u.test(lower) || isEnglishWord(lower)) return null;
  const found = closestLemma(lower) ?? detachedStems(lower).map(closestLemma).reduce(better, null);
  return found?.word ?? null;
}

const better = (a: Closest | null, b: Closest | null): Closest | null =>
  !a || (b && (b.distance < a.distance || (b.distance === a.distance && b.frequency > a.frequency))) ? b : a;

function closestLemma(lower: string): Closest | null {
  if (lower.length < 5) return null;
  const maxDistance = lower.length >= 9 ? 2 : 1;
  let best: Closest | null = null;
  for (const [candidate, [frequency, found]] of dictionary().fuzzyGet(lower, 2)) {
    // Swapped neighbours ("socre") are one slip of the fingers, though edit distance counts them as two.
    const distance = found === 2 && isTransposition(lower, candidate) ? 1 : found;
    if (distance > maxDistance) continue;
    best = better(best, { word: candidate, distance, frequency });
  }
  return best;
}
