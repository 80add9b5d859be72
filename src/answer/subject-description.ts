import { memoized } from '../text/memoize.ts';
import { isAcronym } from '../text/names.ts';
import { escapeRegExp, regex } from '../text/regex.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { foldAccents } from '../text/analyzer.ts';
import { englishWords, titleRule } from '../lexicon/english.ts';

// What may follow a subject to describe it: an article or relative pronoun ("Thorn, a nonprofit", "X, which"), a
// role in apposition ("Jennifer Lee, head of …", "Nicole Ozer, technology and civil liberties director with …"),
// "is a", a dash (or a spaced hyphen typed for one) or parenthesis, "meaning", or another name ("X, often called Y").
const DESCRIPTION =
  String.raw`(?:,? (?:the|an?|which|who|its|their|\p{Lu}[\p{L}&.-]*['’]s)\b` +
  String.raw`|, (?:[\p{Ll}-]+ ){1,5}(?:of|for|at|with)\b` +
  String.raw`|,? (?:is|are|was|were) (?:an?|the)\b| [—–(]| - |,? (?:meaning|which means)\b` +
  String.raw`|, (?:\p{Ll}+ )?(?:called|known as|dubbed)\b)`;

// Tried right after each place the sentence writes the subject (sticky patterns), so they are compiled once: a
// pattern with the subject inside took about 5 ms to compile and first run, and "Who is X?" meets a new X each time.
// "Marchetti, 58, a former high school principal": an age may stand between a person and the description.
// A subject in quotation marks ("halt “curing” — the process that …") is described after its closing mark.
const PLAIN_AFTER = new RegExp(`(?:['’]s|["”’])?(?:, \\d{1,3}(?=,))?${DESCRIPTION}`, 'iuy');
const LOOSE_AFTER = new RegExp(`(?:['’]s)?(?: [\\p{L}-]+){1,3}${DESCRIPTION}`, 'iuy');
// "… ordered to shelter in place from 6 a.m. until 3 p.m. — meaning they were asked to stay indoors".
const MEANING_AFTER = /\b.{0,80}?[,—–] (?:meaning|which means)\b/iuy;
const BOUNDARY = /\b/iy;
const DEFINED_BEFORE = /\bdefin(?:e|es|ed|ing)\s+(?:(?:a|an|the)\s+)?$/i;
const AS_AFTER = / as\b/iy;
// "a tactic known as double extortion", "a fee called a toll", "researchers call this double extortion": the words
// before name the thing they describe ("so-called" only distances the writer from a name).
const NAMED_BEFORE = regex(
  [
    String.raw`\b(?:known as|(?:(?<!so-)called|dubbed|termed)(?:\s+(?:this|that|it))?`,
    String.raw`|(?:calls?|dubs?|terms?)\s+(?:this|that|it))\s+(?:(?:an?|the)\s+)?["“‘]?$`,
  ],
  'i',
);

// "What is X?" reads the same sentences question after question; most hold a curly quote, so folding is not free.
const folded = memoized(foldAccents, 20_000);

/**
 * The subject as written in any case, either apostrophe, a space or a hyphen between its words ("short term rental"
 * as the question's words give it is "short-term rental"); one pattern per subject, reused for its candidates.
 */
const writings = memoized((core: string): RegExp => {
  const words = core.split(/[\s-]+/u).map((w) => escapeRegExp(w).replace(/['’]/gu, "['’]"));
  return regex([words.join('[\\s-]')], 'giu');
}, 1_000);

function matchesAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

// A noun right before a subject, after an article or another word that modifies it ("the nonprofit Thorn",
// "technology companies Thorn"), maybe before "like" or ", such as" introducing the subject as an example.
const NOUN_BEFORE =
  /(?:^|[^\p{L}'’])(?:(the|an?|its|their)|([\p{Ll}-]{3,})) ([\p{Ll}-]{3,})(?:,? (?:like|such as|including))? $/u;
// Names listed before the subject: "Thorn and ", "Thorn, Marinus Analytics and ".
const NAMES_BEFORE = /(?:\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*)*(?:,? and|,|,? &) )+$/u;
const LIST_INTRO = /\b(?:like|such as|including|as well as) $/u;
// A role set off before the name it describes: "Mirefield's council leader, Colm Arkwright", "the union's president, ".
const ROLE_BEFORE = regex([
  String.raw`(?:\p{Lu}[\p{L}.&-]*['’]s|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er))`,
  String.raw` (?:[\p{Ll}-]+ ){0,3}([\p{Ll}-]+), $`,
]);
// A title in capitals right before a person's name: "Health Minister Judith Carnaby", "Police Chief …".
const TITLE_BEFORE = /(?:^|[^\p{L}'’])(?:\p{Lu}[\p{Ll}-]+ ){0,2}(\p{Lu}[\p{Ll}-]+) $/u;

// A role after the name of whom it serves, as a title before a person's name: "Hearthly spokeswoman Renata Collier".
const ORGANIZATION_ROLE_BEFORE = regex([
  String.raw`(?:^|[^\p{L}])\p{Lu}[\p{L}\p{N}&.'’-]*(?:['’]s)? `,
  String.raw`(?:[\p{Ll}-]+ ){0,2}([\p{Ll}-]+) $`,
]);

// A role and whom it serves set off before the name: "The president of the Spanish federation, Alberto Sanchís".
const ROLE_OF_BEFORE = regex([
  String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) (?:[\p{Ll}-]+ ){0,3}([\p{Ll}-]+) `,
  String.raw`(?:of|at|for|with|in) [^,;:()]{1,60}, $`,
]);

/**
 * Whether the words before a subject set a person's role off before it ("the union's president, ", "The president of
 * the Spanish federation, ") or give it as a title after whom it serves ("Hearthly spokeswoman ").
 */
function roleBefore(before: string): boolean {
  const isRole = (pattern: RegExp): boolean => {
    const role = pattern.exec(before)?.[1];
    return !!role && englishWords().category(role, 'n') === 'noun.person';
  };
  if ([ROLE_BEFORE, ROLE_OF_BEFORE, ORGANIZATION_ROLE_BEFORE].some(isRole)) return true;
  const title = TITLE_BEFORE.exec(before)?.[1];
  return !!title && isTitle(title);
}

/** A word for a person's role that is not a famous name ("Minister", not "Amazon"). */
const isTitle = titleRule();
const BEFORE_REACH = 60;

/** The noun before a subject that says what it is, or null ("who leads Thorn" has a verb there). */
function nounBefore(before: string): string | null {
  // "technology companies Thorn and Marinus Analytics": the noun before a list of names says what each of them is.
  const found = NOUN_BEFORE.exec(before.replace(NAMES_BEFORE, ''));
  if (!found) return null;
  // "then-superintendent Clifford Amsel", "ex-chairman …": a role held before is still what the name was.
  const noun = found[3]!.replace(/^(?:then|ex)-/u, '');
  // After a function word, only a person's role is a title ("voted against superintendent Amsel").
  const title = englishWords().category(noun, 'n') === 'noun.person';
  if ((found[2] && STOP_WORDS.has(found[2]) && !title) || STOP_WORDS.has(noun)) return null;
  if (!englishWords().isMostlyNoun(noun)) return null;
  // After an article a word with a noun's sense is one ("the firm Ashby & Kroll"); after another word it must be
  // more a noun than a modifier ("prices first PSC drug": "first" is an ordinal).
  return found[1] || !englishWords().isMostlyModifier(noun) ? noun : null;
}

/**
 * How the sentence describes its subject: 'plain' for "Thorn, a nonprofit …", "X is a system that …", "X, which
 * …", "X (the …)", "X — meaning …", "a tactic known as X" or an abbreviation spelled out ("… Enforcement
 * (ICE)", "also known as ICE"); 'loose' for a description a few words after it; null when it does neither. A
 * leading article of the subject is left out.
 */
export function subjectDescription(written: string, subject: string): 'plain' | 'loose' | null {
  // "who is alberto sanchis" asks about the "Alberto Sanchís" the sentence describes.
  const text = folded(written);
  const core = foldAccents(subject.replace(/^(?:the|a|an)\s+/i, ''));
  const acronym = isAcronym(core);
  const writing = writings(core);
  let loose = false;
  writing.lastIndex = 0;
  for (let found = writing.exec(text); found; found = writing.exec(text)) {
    const start = found.index;
    const end = start + found[0].length;
    const bounded = matchesAt(BOUNDARY, text, start);
    const before = text.slice(Math.max(0, start - BEFORE_REACH), start);
    // "organizations like Thorn, the International Center …, and Marinus": after an example comes the next one.
    const example = LIST_INTRO.test(before);
    if (bounded && !example && (matchesAt(PLAIN_AFTER, text, end) || matchesAt(MEANING_AFTER, text, end))) {
      return 'plain';
    }
    // "technology companies Thorn and Marinus Analytics", "the nonprofit Thorn": the noun before the name says it.
    if (bounded && nounBefore(before)) return example ? 'loose' : 'plain';
    if (bounded && roleBefore(before)) return 'plain';
    if (bounded && matchesAt(BOUNDARY, text, end) && NAMED_BEFORE.test(before)) return 'plain';
    if (acronym && text[start - 1] === '(' && text[end] === ')') return 'plain';
    // "The ordinance defines a short-term rental as …"
    if (bounded && DEFINED_BEFORE.test(text.slice(0, start)) && matchesAt(AS_AFTER, text, end)) return 'plain';
    loose ||= bounded && matchesAt(LOOSE_AFTER, text, end);
    // On by one character (a whole one past a surrogate pair), so overlapping writings are tried too.
    writing.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
  }
  return loose ? 'loose' : null;
}
