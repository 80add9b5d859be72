import { isCalendarWord } from './calendar.ts';

/** Small words that may stand inside a name but never start or end one ("Fight for the Future"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', '&']);

/** Whether a word is written as an acronym: two to six capitals ("ICE", "FTC", "NYPD"). */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(word);
}

/** Whether a word is initials writing a small word's letter in lower case: "TfB", "DfT" (Department for Transport). */
export function isSmallWordAcronym(word: string): boolean {
  return /^\p{Lu}+\p{Ll}\p{Lu}+$/u.test(word) && word.length <= 6;
}

// Small words an acronym may skip: "Immigration and Customs Enforcement" is ICE, "Department of Justice" DOJ.
const SKIPPABLE = /^(?:of|and|the|for|&|on|in|to|at)$/i;

/** The acronyms a name can be written as: the initials of all its words, and of its words less the small ones. */
export function acronymsOf(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2) return [];
  const initials = (list: string[]): string => list.map((w) => w.charAt(0).toUpperCase()).join('');
  const forms = new Set([initials(words), initials(words.filter((w) => !SKIPPABLE.test(w)))]);
  return [...forms].filter((a) => a.length >= 2);
}

/** Whether a name is what some initials stand for: "Marrowick Regional Transit Authority" for "MRTA". */
export function standsFor(initials: string, name: string): boolean {
  return acronymsOf(name).includes(initials);
}

/**
 * The name and the names inside it that start after a small word: a sentence-initial capital can join a name
 * ("Agents of Immigration and Customs Enforcement"), so the acronym may stand for the part after "of".
 */
export function namesWithin(name: string): string[] {
  const words = name.split(/\s+/);
  const out = [name];
  for (let i = 1; i < words.length - 1; i++) {
    if (SKIPPABLE.test(words[i - 1]!) && !SKIPPABLE.test(words[i]!)) out.push(words.slice(i).join(' '));
  }
  return out;
}

/** One token, as far as finding names is concerned. */
export interface NameToken {
  text: string;
  isName: boolean;
}

/**
 * Groups runs of name tokens into names ("Jennifer Lee"), keeping the small words inside one
 * ("Fight for the Future", "Immigration and Customs Enforcement") but not at its ends.
 */
export function collectNames(tokens: Iterable<NameToken>): string[] {
  const names: string[] = [];
  let current: string[] = [];
  let pending: string[] = [];
  const flush = (): void => {
    // "Microsoft and IBM" is two names; "Immigration and Customs Enforcement" one: a lone word after "and" stands
    // apart. An ampersand joins a firm's name ("Ashby & Kroll", "Kestrel Bridge & Iron"), never a list.
    const and = current.lastIndexOf('and');
    if (and > 0 && and === current.length - 2) names.push(current.slice(0, and).join(' '), current[and + 1]!);
    else if (current.length) names.push(current.join(' '));
    current = [];
    pending = [];
    hyphen = false;
  };
  let hyphen = false;
  for (const token of tokens) {
    // Calendar words are capitalized but name no one.
    if (token.isName && !isCalendarWord(token.text)) {
      // "Halvorsen-Bell", split by the tokenizer at its hyphen, is one word of a name.
      if (hyphen) current[current.length - 1] += `-${token.text}`;
      else current.push(...pending, token.text);
      pending = [];
      hyphen = false;
    } else if (current.length && token.text === '-' && !pending.length && !hyphen) hyphen = true;
    else if (current.length && NAME_CONNECTORS.has(token.text) && pending.length < 2) pending.push(token.text);
    else flush();
  }
  flush();
  return names;
}

/** Words long enough to be capitalized in a headline's title case; shorter ones ("of", "to", "its") often are not. */
const TITLE_WORD = /(?<![\p{L}'’-])\p{L}[\p{L}'’-]{3,}/gu;
const MIN_TITLE_WORDS = 4;
const TITLE_SHARE = 0.8;

/**
 * A line in title case ("Amazon Halts Police Use Of Its Facial Recognition Technology"): nearly every longer word
 * after the first capitalized and no full stop, so its capitals mark the style, not names. A sentence listing names
 * ends with a full stop.
 */
export function isTitleCased(text: string): boolean {
  const trimmed = text.trim();
  if (/[.!?]["”’)]?$/u.test(trimmed)) return false;
  const long = [...trimmed.matchAll(TITLE_WORD)].slice(1).map((m) => m[0]);
  if (long.length < MIN_TITLE_WORDS) return false;
  return long.filter((word) => /^\p{Lu}/u.test(word)).length >= TITLE_SHARE * long.length;
}
