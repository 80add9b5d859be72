import { isCalendarWord } from './calendar.ts';

/** Small words that may stand inside a name but never start or end one ("Fight for the Future"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', '&']);

/** Whether a word is written as an acronym: two to six capitals ("ICE", "FTC", "NYPD"). */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(word);
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
