import { escapeRegExp } from './regex.ts';

// A thing named by its number ("Silo 3", "car park 1", "Gate 7"): an article about Silo 3 that never names silo 2
// does not answer a question about silo 2, however well its sentences match the rest.

/** A noun and the number that names one of its kind, as a question writes them ("silo", "2"). */
export interface NumberedThing {
  noun: string;
  number: string;
}

/** A number naming one of a kind: a few figures, perhaps a letter ("2", "14", "3b"); a year or a count is more. */
const NUMBER = String.raw`\d{1,3}[a-z]?`;
const NAMING_NUMBER = new RegExp(`^${NUMBER}$`, 'u');

/** The things a question names by number: a noun, then a number no noun follows ("silo 2", not "2 days"). */
export function numberedThings(tokens: ReadonlyArray<{ pos: string; lower: string }>): NumberedThing[] {
  return tokens.flatMap((token, i) => {
    const next = tokens[i + 1];
    const named = (token.pos === 'NOUN' || token.pos === 'PROPN') && next?.pos === 'NUM';
    if (!named || !NAMING_NUMBER.test(next.lower) || !/^\p{L}{3,}$/u.test(token.lower)) return [];
    const after = tokens[i + 2];
    return after && (after.pos === 'NOUN' || after.pos === 'PROPN') ? [] : [{ noun: token.lower, number: next.lower }];
  });
}

// Compared by their figures: a tagger may part "3a" into "3" and "a".
const figures = (number: string): string => number.replace(/\D/gu, '');

/** The numbers texts give a noun's things, by their figures ("Silo 3", "silos 2 and 3" → 3, 2). */
function numbersGiven(texts: readonly string[], noun: string): Set<string> {
  const pattern = new RegExp(String.raw`\b${escapeRegExp(noun)}s?\s+(?:no\.?\s*)?(${NUMBER})\b(?![.,:]\d)`, 'giu');
  return new Set(texts.flatMap((text) => [...text.matchAll(pattern)].map((m) => figures(m[1]!))));
}

/** Whether texts (an article's sentences) number a thing asked of, only ever otherwise ("Silo 3" for silo 2). */
export function numbersOtherwise(texts: readonly string[], asked: readonly NumberedThing[]): boolean {
  return asked.some((thing) => {
    const given = numbersGiven(texts, thing.noun);
    return given.size > 0 && !given.has(figures(thing.number));
  });
}
