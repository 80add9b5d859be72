import { memoized } from '../text/memoize.ts';
import { collocationsExtending, sensesOf, type Sense } from './sense-index.ts';

/**
 * How much a link counts when one side is a WordNet collocation cut to its first words: news style drops the last
 * word of titles ("chief executive" for chief_executive_officer), but the shorter phrase may also name something
 * else, so the link is weaker than the whole collocation's.
 */
export const SHORTENED_FACTOR = 0.8;

/** The lexicographer file of a lemma's most frequent sense in any class (most tags, then lowest sense number). */
function mainLexfile(lemma: string): number | undefined {
  let best: Sense | undefined;
  for (const sense of sensesOf(lemma)) {
    if (!best || sense.tags > best.tags || (sense.tags === best.tags && sense.sense < best.sense)) best = sense;
  }
  return best?.lexfile;
}

/**
 * Whether a collocation of 3+ words may be written as its first words. When those words are a WordNet lemma of
 * their own, they must name the same kind of thing: "chief executive" (a person) may stand for chief executive
 * officer, "united states" (a place) not for united states president.
 */
function mayShorten(collocation: string, prefix: string): boolean {
  const own = mainLexfile(prefix);
  return own === undefined || own === mainLexfile(collocation);
}

/** The first words of a collocation of three or more words, if they may stand for it; else null. */
export const shortenedForm: (collocation: string) => string | null = memoized((collocation) => {
  const words = collocation.split('_');
  if (words.length < 3) return null;
  const prefix = words.slice(0, -1).join('_');
  return mayShorten(collocation, prefix) ? prefix : null;
});

/** The collocations one word longer than a corpus phrase (WordNet lemma form) that the phrase may stand for. */
export function collocationsShortenedTo(phrase: string): string[] {
  return collocationsExtending(phrase).filter((longer) => longer.split('_').length >= 3 && mayShorten(longer, phrase));
}
