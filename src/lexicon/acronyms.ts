// Small words an acronym may skip: "Immigration and Customs Enforcement" is ICE, "Department of Justice" DOJ.
const SKIPPABLE = /^(?:of|and|the|for|&|on|in|to|at)$/iu;

/** The acronyms a name can be written as: the initials of all its words, and of its words less the small ones. */
export function acronymsOf(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2) return [];
  const initials = (list: string[]): string => list.map((w) => w.charAt(0).toUpperCase()).join('');
  return [...new Set([initials(words), initials(words.filter((w) => !SKIPPABLE.test(w)))])].filter((a) => a.length >= 2);
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

/** Whether a token is written as an acronym: 2-6 capitals, maybe with a trailing plural "s" ("CEOs"). */
export function isAcronym(token: string): boolean {
  return /^[A-Z][A-Z0-9&]{1,5}s?$/u.test(token) && /[A-Z].*[A-Z]/u.test(token);
}

/** An acronym without a trailing plural "s". */
export function singularAcronym(token: string): string {
  return token.endsWith('s') ? token.slice(0, -1) : token;
}
