import { termOf } from '../text/analyzer.ts';
import type { CorpusWords } from './query-terms.ts';
import type { QuestionToken } from './tag-question.ts';
import type { Expansion, WordKnowledge } from './word-knowledge.ts';

// A word and its shortened form stand for each other when the short one is no word of English's own: the question's
// "exec" for the coverage's "executive", the coverage's "Gov." for the question's "governor".

/** A word English hardly uses (no tagged sense) may be clipped from a longer one: "exec", "max", "approx". */
const CLIPPED_USAGE = 2;
/** More corpus words starting the same way ("rep": report, repair, reputation…) leave its meaning open. */
const MAX_CLIPPED = 2;
const CLIPPED_WEIGHT = 0.6;
/** How long a clipping is ("ad" says too little), and how much longer the word it is short for must be. */
const CLIPPED = /^[a-z]{3,7}$/u;
const CLIPPED_BY = 2;
/** The shortest abbreviation looked for: "Gov." for governor, "Sen." for senator ("go" is a word of its own). */
const SHORTEST_ABBREVIATION = 3;

/**
 * "Governor" may be written "Gov." in the coverage: a corpus word English hardly uses that begins the question's
 * word stands for it, as a clipped question word stands for the corpus word it begins.
 */
export function abbreviatedAs(
  token: QuestionToken,
  term: string,
  words: CorpusWords,
  knowledge: WordKnowledge,
): Expansion[] {
  if (token.name || !/^[a-z]+$/u.test(token.lower)) return [];
  const out: Expansion[] = [];
  for (let end = SHORTEST_ABBREVIATION; end <= token.lower.length - CLIPPED_BY; end++) {
    const short = token.lower.slice(0, end);
    const shortTerm = termOf(short);
    if (!shortTerm || shortTerm === term || words.frequency(shortTerm) === 0) continue;
    // Such abbreviations stand in titles and names ("Gov. Helen Marchetti", "Crestline Corp."): a short word the
    // corpus writes in lower case ("an app") is a word of its own, not "apple" abbreviated.
    if (knowledge.usage(short) <= CLIPPED_USAGE && !words.writesLowercase(short))
      out.push({ terms: [shortTerm], weight: CLIPPED_WEIGHT, relation: 'clipping' });
  }
  return out;
}

/**
 * "exec" the coverage never writes may be short for the "executive" it does: one or two words it starts. Where it
 * starts more ("rec": recent, record, recognition…), the word before it may tell which: the coverage writes "face
 * recognition", never "face record".
 */
export function clippedFrom(
  token: QuestionToken,
  term: string,
  words: CorpusWords,
  knowledge: WordKnowledge,
  before?: QuestionToken,
): Expansion[] {
  if (token.name || !CLIPPED.test(token.lower) || words.frequency(term) > 0) return [];
  if (knowledge.usage(token.lower) > CLIPPED_USAGE) return [];
  const clipped = words.completions(token.lower).filter((w) => w.length >= token.lower.length + CLIPPED_BY);
  // "avg", "govt", "mgmt": written short by its first letter and some of the others, in order.
  const longer = clipped.length > 0 ? clipped : contractedFrom(token.lower, words);
  let terms = new Set(longer.map((w) => termOf(w)).filter((t): t is string => !!t && t !== term));
  const beforeTerm = before ? termOf(before.lower) : null;
  if (terms.size > MAX_CLIPPED && beforeTerm) {
    terms = new Set([...terms].filter((t) => words.holdsPhrase([beforeTerm, t])));
  }
  if (terms.size === 0 || terms.size > MAX_CLIPPED) return [];
  return [...terms].map((t) => ({ terms: [t], weight: CLIPPED_WEIGHT, relation: 'clipping' }));
}

/** Whether a short word keeps a longer one's letters in order, from its first: "avg" of average. */
function keepsLettersOf(short: string, word: string): boolean {
  let at = 0;
  for (const letter of word) if (letter === short[at]) at++;
  return at === short.length;
}

/** The corpus words a contraction may be short for ("avg": average): same first letter, its letters in order. */
export function contractedFrom(short: string, words: CorpusWords): string[] {
  return words
    .completions(short[0]!)
    .filter((w) => w.length >= short.length + CLIPPED_BY && /^\p{Ll}+$/u.test(w) && keepsLettersOf(short, w));
}
