import { anyOf, regex } from '../text/regex.ts';

// How news outlets are named, as general knowledge of mastheads: the words papers and stations put in their
// names, call signs and channel numbers, "The" in front. Used to tell a site name from a place or a company.

const MASTHEAD_WORD = new RegExp(
  `\\b(?:${[
    'news',
    'newsroom',
    'times',
    'post',
    'journal',
    'courier',
    'gazette',
    'ledger',
    'herald',
    'tribune',
    'wire',
    'radio',
    'review',
    'daily',
    'weekly',
    'chronicle',
    'observer',
    'press',
    'record',
    'star',
    'sun',
    'examiner',
    'standard',
    'telegraph',
    'guardian',
    'independent',
    'mirror',
    'express',
    'register',
    'bulletin',
    'dispatch',
    'inquirer',
    'monitor',
    'report',
    'magazine',
    'media',
    'tv',
    'television',
    'channel',
    'network',
    'broadcasting',
    'today',
    'insider',
    'blog',
    'digest',
    'sentinel',
    'globe',
    'mail',
    'leader',
    'advocate',
    'citizen',
    'voice',
    'beacon',
    'pilot',
    'argus',
    'bee',
    'newsletter',
    'sheet',
    'wire service',
    'public media',
    'online',
    'week',
    'informer',
    'advertiser',
    'echo',
    'mercury',
    'reporter',
    'messenger',
    'clarion',
    'enquirer',
    'gleaner',
  ].join('|')})\\b`,
  'iu',
);
// A call sign or an acronym ("KXYZ", "KX9"), a channel number ("News 9"), a camel-cased brand ("NewsWatch").
const BRAND_TOKEN = /\b(?:\p{Lu}[\p{Lu}\p{N}]+|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)\b|\d/u;

/** A headline with its site's name after a bar or a dash ("Council delays the vote | The Harbor Ledger"). */
export const TITLE_WITH_SITE = /^(.{15,}?)\s+[|–—_-]\s+([^|–—_]{2,40})$/u;

/** True when a name reads like a news outlet's rather than a place's, company's or person's. */
export function looksLikeOutlet(name: string): boolean {
  return MASTHEAD_WORD.test(name) || BRAND_TOKEN.test(name) || /^the\s/i.test(name);
}

/** A name that is only a masthead's common word ("News" of "News Editor"): a desk, not a site. */
export const onlyMastheadWord = (name: string): boolean =>
  outletWords(name).length === 1 && MASTHEAD_WORD.test(name) && !BRAND_TOKEN.test(name);

/** "Ostervale Regional Broadcasting (ORB)": a name shown with the initials its masthead sets over it. */
export const withInitialsShown = (name: string, initials: string): string => `${name} (${initials})`;
const SHOWN_INITIALS = /\s\(\p{Lu}{2,6}\)$/u;

/** An outlet's name without the initials shown after it: as its articles write it. */
export const withoutInitials = (outlet: string): string => outlet.replace(SHOWN_INITIALS, '');

/** A comparison key for outlet names: case, accents, "&"/"and", spacing, punctuation and a leading "The" ignored. */
export function outletKey(name: string): string {
  const plain = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/&/gu, 'and')
    .replace(/^the\s+/u, '');
  return plain.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of an outlet name, lowercased, without "the", for telling a partial name ("Courier") from a full one. */
export function outletWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((w) => w && w !== 'the');
}

/** True when a name is written in capitals only ("HARBOR LEDGER"): a logo's form, not the name as written. */
export function isAllCaps(name: string): boolean {
  return /\p{Lu}{2}/u.test(name) && !/\p{Ll}/u.test(name);
}

/** Small words a name writes in lower case ("Voice of the Valley"). */
export const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'on', 'for', 'at', 'in']);
/**
 * Initials ("UBN"), and call signs ("KUOW", "WQFD": four letters from K or W, or none a vowel), kept in capitals;
 * a dictionary would know better, but reading a page must not load one.
 */
const INITIALS = /^(?:\p{Lu}{1,3}|[KW]\p{Lu}{3}|[^AEIOU]+)$/u;

/** A name set in capitals, written as a name: "HARBOR RADIO" → "Harbor Radio", "KXYZ NEWS" → "KXYZ News". */
export function fromCapitals(name: string): string {
  return name.replace(/[\p{L}\p{N}'’]+/gu, (word, at: number) => {
    const lower = word.toLowerCase();
    if (JOINING_WORDS.has(lower)) return at > 0 ? lower : word[0]! + lower.slice(1);
    return INITIALS.test(word) ? word : word[0]! + lower.slice(1);
  });
}

const WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}'’.-]*|\p{N}+)`;
/** "X is a … <noun>", perhaps as a numbered note ("1. The … Society is the national charity …"): X. */
const describedAs = (nouns: readonly string[]): RegExp =>
  regex(
    // "… is a weekly newsletter", or a footer's "Frost & Flow – the magazine for engineers", "Rivets & Rust · a
    // gemlog about old aeroplanes".
    [
      String.raw`^(?:\d{1,2}[.)]\s+)?(.+?)\s+(?:is|[–—·])\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?`,
      anyOf(nouns),
      String.raw`\b`,
    ],
    'iu',
  );
// "The Example Ledger is a weekly newsletter on …", "Example Radio is a nonprofit newsroom serving …".
const OUTLET_NOUNS = [
  'newsletter',
  'newspaper',
  'news (?:site|service|organization|outlet)',
  'magazine',
  'publication',
  'podcast',
  'radio station',
  'station',
  'newsroom',
  'website',
  'blog',
  // A blog kept on the Gemini protocol, and a small self-published magazine.
  'gemlog',
  'zine',
  'wire service',
];
const SELF_DESCRIPTION = describedAs(OUTLET_NOUNS);
// A newsletter's greeting: "Good morning, and welcome to **The Example Brief**, a weekly letter about …".
const WELCOME = regex(
  [
    String.raw`\bwelcome to (?:\*\*|__|\*|_)?(\p{Lu}[^*_,]{1,60}?)(?:\*\*|__|\*|_)?,\s+(?:a|an|the|your)\s+`,
    String.raw`(?:[\p{L}-]+\s+){0,4}?`,
    anyOf([...OUTLET_NOUNS, 'letter']),
    String.raw`\b`,
  ],
  'iu',
);
// A release's notes to editors describe its issuer: "1. The Historic Stages Society is the national charity for …".
const ISSUER_NOUNS = [
  'charity',
  'organi[sz]ation',
  'company',
  'society',
  'trust',
  'association',
  'union',
  'agency',
  'authority',
  'council',
  'institute',
  'foundation',
  'group',
  'firm',
  'body',
  'regulator',
  'university',
  'branch',
  'directorate',
  'inspectorate',
];
const ISSUER_DESCRIPTION = describedAs(ISSUER_NOUNS);
/** The same nouns as a name writes them ("… Association"). */
const CAPITALIZED_ISSUER_NOUNS = ISSUER_NOUNS.map((noun) => noun[0]!.toUpperCase() + noun.slice(1));
// … or tell what it does or when it began, under a name that says what kind of body it is: "The Brennick
// Musicians' Association represents professional musicians in …", "The … Association was founded in 1978.".
const ISSUER_AT_WORK = regex(
  [
    String.raw`^(?:\d{1,2}[.)]\s+)?((?:The\s+)?(?:${WORD}\s+){1,5}`,
    anyOf(CAPITALIZED_ISSUER_NOUNS),
    String.raw`)\s+(?:represents|serves|campaigns|works|speaks|was (?:founded|formed|set up|established))\b`,
  ],
  'u',
);

// Its words may be joined by "and" or "&" ("Tamsett and Fenwold Hospitals NHS Foundation Trust").
const BODY_NAME = regex(
  [String.raw`^(?:The\s+)?${WORD}\s+(?:(?:${WORD}|and|&)\s+){0,6}`, anyOf(CAPITALIZED_ISSUER_NOUNS), '$'],
  'u',
);

// "Ministry of Marine Resources", "Diocese of Wenstrand", "City of Kelbrook": a body named by its kind, then whose or
// what it is.
const BODY_KINDS = [
  'Ministry',
  'Department',
  'Diocese',
  'Office',
  'Bureau',
  'Commission',
  'City',
  'Town',
  'County',
  'Borough',
  'Village',
  'Township',
  'Municipality',
];
const BODY_OF = regex(
  [
    String.raw`^(?:The\s+)?`,
    anyOf([...BODY_KINDS, ...CAPITALIZED_ISSUER_NOUNS]),
    String.raw`\s+(?:of|for)\s+(?:the\s+)?\p{Lu}`,
  ],
  'u',
);

/**
 * Whether a name is a body's, not a person's: by the word that closes it ("Northvale Regional Health Authority") or
 * the kind it opens on ("Ministry of Marine Resources").
 */
export const namesBody = (name: string): boolean => BODY_NAME.test(name.trim()) || BODY_OF.test(name.trim());

/** How many words of a title its opening body's name may take ("Thornby Parish Council Extraordinary Meeting"). */
const OPENING_BODY_WORDS = 8;

/** The body a title opens on ("Thornby Parish Council" of "Thornby Parish Council Extraordinary Meeting"), or null. */
export function bodyOpening(title: string | null): string | null {
  const words = title?.split(/\s+/u) ?? [];
  for (let n = Math.min(OPENING_BODY_WORDS, words.length); n >= 2; n--) {
    const name = words.slice(0, n).join(' ');
    if (namesBody(name)) return name;
  }
  return null;
}

/**
 * The name in a site's description of itself ("Example Radio is a nonprofit newsroom …", "welcome to Example
 * Brief, a weekly letter …"), or null.
 */
export function selfDescribedName(text: string): string | null {
  return SELF_DESCRIPTION.exec(text)?.[1] ?? WELCOME.exec(text)?.[1] ?? null;
}

/** The name in an organization's description of itself, as a release's notes give it ("The … Society is …"). */
export function issuerDescribedName(text: string): string | null {
  return ISSUER_DESCRIPTION.exec(text)?.[1] ?? ISSUER_AT_WORK.exec(text)?.[1] ?? null;
}

const CAPITALIZED_RUN = new RegExp(String.raw`(?:\bThe\s+)?${WORD}(?:\s+(?:of|the|and|&|${WORD}))*`, 'gu');

/** The capitalized phrases of a text ("The Harbor Ledger", "KXYZ News 7"), for finding how it writes a name. */
export function capitalizedRuns(text: string): string[] {
  return [...new Set([...text.matchAll(CAPITALIZED_RUN)].map((m) => m[0].replace(/[.'’-]+$/u, '').trim()))];
}

/**
 * The way the page itself writes a name that is known only in compact form (a slug "harborledger", a domain
 * label): the capitalized phrase of the text with the same key, or null when the text never writes it.
 */
export function nameWrittenInText(compact: string, runs: readonly string[]): string | null {
  if (compact.length < 3) return null;
  return writtenAs(compact, runs) ?? writtenAs(compact.replace(DOMAIN_SUFFIX, ''), runs, MIN_BARE_LETTERS);
}

// A site's domain often adds a word to the name it goes by: "dirtlinemag" for Dirt Line, "harborledgeronline".
const DOMAIN_SUFFIX = /(?:mag|magazine|online|news|media|daily|hq|web|site)$/u;
/** Letters a name keeps once the domain's added word is cut off, for it to be looked for at all. */
const MIN_BARE_LETTERS = 5;

function writtenAs(compact: string, runs: readonly string[], least = 3): string | null {
  if (compact.length < least) return null;
  for (const run of runs) {
    const found = writtenFrom(run.split(/\s+/u), 0, compact);
    if (found) return found;
  }
  // A phrase may open on a word before the name, as a note's "Jan" runs into "The Example Post" under it.
  for (const run of runs) {
    const words = run.split(/\s+/u);
    for (let start = 1; start < words.length; start++) {
      const found = writtenFrom(words, start, compact);
      if (found) return found;
    }
  }
  return null;
}

/** The sub-phrase from a word on that spells a name, the longest first, or null. */
function writtenFrom(words: readonly string[], start: number, compact: string): string | null {
  // A phrase may run on past the name ("Harbor Ledger Editor Jane Roe"); "for The Ferrisport Tribune. Reach him …"
  // runs on past a sentence's end: the name is without its period.
  for (let n = words.length; n > start; n--) {
    const candidate = words
      .slice(start, n)
      .join(' ')
      .replace(/[.,'’-]+$/u, '');
    if (outletKey(candidate) === compact) return candidate;
  }
  return null;
}

// "Corvane Investor Relations", "Acme Newsroom": a company's site for investors or the press is the company's own.
const DESK_NAME = anyOf([
  'investor relations',
  'news ?room',
  'press (?:office|room|centre|center)',
  'media (?:centre|center|room)',
]);
const DESK = regex([String.raw`\s+${DESK_NAME}$`], 'i');
// "UNIVERSITY OF KELBRIDGE - PRESS OFFICE": the desk set apart after a dash or a bar names its owner before it.
const OWNED_DESK = regex([String.raw`^(.{2,60}?)\s+[-–—|:]\s+${DESK_NAME}$`], 'i');

/** The organization a line names before its desk set apart ("University of Kelbridge - Press Office"), or null. */
export const ownerBeforeDesk = (line: string): string | null => OWNED_DESK.exec(line)?.[1] ?? null;

/**
 * The organization a desk's site ("Corvane Investor Relations") belongs to, among other names the page gives
 * ("Corvane Microsystems" in its copyright line, looked for only for a desk); null when none is its owner.
 */
export function deskOwner(site: string, names: () => readonly string[]): string | null {
  const desk = DESK.exec(site);
  if (!desk) return null;
  const owner = `${site.slice(0, desk.index)} `;
  return names().find((name) => name.startsWith(owner) && !DESK.test(name)) ?? null;
}
