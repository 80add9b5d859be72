import type { NameSpan, SentenceToken } from './annotate.ts';
import { isAcronym } from './names.ts';

/** What a name names. */
export type NameKind = 'person' | 'organization' | 'place' | 'other';

/** The word knowledge name typing needs: the kind of a common word's main sense, and of a famous name. */
export interface NameTypingKnowledge {
  category(lemma: string, cls: 'n' | 'v'): string | null;
  instanceKind(name: string): string | null;
  /** Whether a noun is written as a plural ("workers"). */
  isPlural(word: string): boolean;
}

const KIND_OF_CATEGORY: Readonly<Record<string, NameKind>> = {
  'noun.person': 'person',
  'noun.group': 'organization',
  'noun.location': 'place',
};
// Abbreviations that only ever stand before a person's name, and that close a company's name.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sen', 'rep', 'gov', 'lt', 'sgt', 'capt', 'col']);
const COMPANY_ENDINGS = new Set(['inc', 'corp', 'co', 'llc', 'ltd', 'plc', 'gmbh', 'ag', 'sa', 'lp', 'llp']);
const GROUP_WORDS = new Set(['group', 'organization', 'organisation', 'groups', 'organizations']);
// WordNet's class of happenings: a name ending in one ("Race", "Regatta") names an event, not a person.
const EVENT_CATEGORIES = new Set(['noun.event']);
// Words that close an apposition's noun phrase: "a firm that …", "the engineer who …".
const APPOSITION_ENDS = new Set(['that', 'which', 'who', 'whose', 'where', 'and', 'or']);
// Where an apposition's head may hide: a noun, or a noun the tagger misread (never a verb: "Missing" Children).
const HEAD_POS = new Set(['NOUN', 'ADJ', 'ADV', 'X']);
// What may stand between the names of a list, and how far back its head noun may be.
const LIST_GLUE = new Set([',', 'and', 'or', '&', 'the', 'for', 'of']);
const LIST_REACH = 16;
const OF_WORDS = new Set(['of', 'for']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around']);
const BUILDING_PREPOSITIONS = new Set(['at', 'inside', 'in', 'outside']);
const PRONOUN_KINDS: Readonly<Record<string, NameKind>> = {
  it: 'organization',
  its: 'organization',
  he: 'person',
  she: 'person',
  his: 'person',
  her: 'person',
};

const bare = (word: string): string => word.toLowerCase().replace(/[.,]$/u, '');

/** Whether a word is an abbreviated title before a name ("Gov.", "Sen.", "Dr."): a person follows it. */
export const isHonorific = (word: string): boolean => HONORIFICS.has(bare(word));

/** Collects, sentence by sentence, what the text says each name is; then settles each name's kind by vote. */
export class NameKindVotes {
  private readonly votes = new Map<string, Record<NameKind, number>>();
  // How often each name counted as a person's for its spelling alone: no evidence once it opens a body's name.
  private readonly spelled = new Map<string, number>();

  constructor(private readonly knowledge: NameTypingKnowledge) {}

  private vote(name: string, kind: NameKind, weight: number): void {
    const key = name.toLowerCase();
    const entry = this.votes.get(key) ?? { person: 0, organization: 0, place: 0, other: 0 };
    entry[kind] += weight;
    this.votes.set(key, entry);
  }

  private isPlural(word: string): boolean {
    return /^\p{Lu}\p{Ll}+s$/u.test(word) && this.knowledge.isPlural(word);
  }

  private categoryKind(word: string): NameKind | null {
    const lower = word.toLowerCase();
    // WordNet files "group" and "organization" among its top concepts, not with the groups they name.
    if (GROUP_WORDS.has(lower)) return 'organization';
    return KIND_OF_CATEGORY[this.knowledge.category(lower, 'n') ?? ''] ?? null;
  }

  /** Reads the cues around each name of one sentence: titles, ages, appositions, prepositions, name endings. */
  observe(tokens: readonly SentenceToken[], names: readonly NameSpan[]): void {
    for (const name of names) {
      const first = tokens.findIndex((t) => t.start >= name.start);
      const last = tokens.findLastIndex((t) => t.start < name.end);
      if (first < 0 || last < first) continue;
      const words = tokens.slice(first, last + 1).map((t) => t.raw);
      this.observeName(name.text, words, tokens, first, last);
    }
  }

  private observeName(
    text: string,
    words: string[],
    tokens: readonly SentenceToken[],
    first: number,
    last: number,
  ): void {
    const before = tokens[first - 1];
    const lastWord = bare(words.at(-1)!);
    // "Mayor Linda Farraday", "Museum Director Miriam Ashcombe": a title inside the name says a person follows it,
    // and the whole is that person.
    const title = this.titleEnd(words);
    if (title > 0) {
      this.vote(words.slice(title).join(' '), 'person', 2);
      this.vote(text, 'person', 2);
    }
    if (before && isHonorific(before.raw)) this.vote(text, 'person', 2);
    // "Chief Executive Marguerite Roe", "Manager Glenn Mottram": a capitalized role written before the name, outside
    // it, is a title too.
    if (before && this.isTitle(before.raw)) this.vote(text, 'person', 2);
    // "the engineer Dana Whitlock", "technology companies Thorn and Marinus Analytics", "organizations like Thorn,
    // the … Center and Marinus Analytics": the common noun a name or list of names follows says what they are.
    const kind = this.listedAs(tokens, first);
    if (kind) this.vote(text, kind, 2);
    // "Jane Roe, 54," is a person's age.
    if (
      tokens[last + 1]?.raw === ',' &&
      /^\d{1,3}$/u.test(tokens[last + 2]?.raw ?? '') &&
      tokens[last + 3]?.raw === ','
    ) {
      this.vote(text, 'person', 3);
    }
    // "Jennifer Lee, head of …", "Thorn, a nonprofit …", "Riverton, a town …": the apposition says what it is.
    if (tokens[last + 1]?.raw === ',') {
      const kind = this.appositionKind(tokens.slice(last + 2, last + 8));
      if (kind) this.vote(text, kind, 2);
      if (tokens[last + 2]?.lemma === 'who') this.vote(text, 'person', 1);
    }
    // "Amazon said it would …": what a name is referred back to by says what it is.
    const pronoun = tokens.slice(last + 1).find((t) => PRONOUN_KINDS[t.raw.toLowerCase()] || t.pos === 'PROPN');
    const referred = pronoun ? PRONOUN_KINDS[pronoun.raw.toLowerCase()] : undefined;
    if (referred) this.vote(text, referred, 1);
    if (COMPANY_ENDINGS.has(lastWord)) this.vote(text, 'organization', 3);
    // "Ashby & Kroll", "Kestrel Bridge & Iron": an ampersand inside a name is a firm's, even one described by what
    // it does as a person would be ("a steel contractor").
    if (words.includes('&')) this.vote(text, 'organization', 5);
    // "Allied Tech Workers", "Doctors Without Borders": persons in the plural, inside a name, are a body of them.
    const members = words.length > 1 && words.some((w) => this.categoryKind(w) === 'person' && this.isPlural(w));
    if (members) this.vote(text, 'organization', 2);
    const ending = words.length > 1 ? this.categoryKind(lastWord) : null;
    if (ending === 'organization' || ending === 'place') this.vote(text, ending, 2);
    // "the Saltmere–Varne Race", "the Harvest Festival": a name closed by a word for an event is that event's.
    const event = words.length > 1 && EVENT_CATEGORIES.has(this.knowledge.category(bare(lastWord), 'n') ?? '');
    if (event) this.vote(text, 'other', 2);
    // A famous namesake weighs less for a one-word name: "Amazon" the company is not the warrior of legend.
    const famous = KIND_OF_CATEGORY[this.knowledge.instanceKind(text) ?? ''];
    if (famous) this.vote(text, famous, words.length > 1 ? 3 : 1);
    if (before && PLACE_PREPOSITIONS.has(before.raw.toLowerCase())) this.vote(text, 'place', 1);
    // "at the Calloway Hotel", "inside Hargrove Auditorium": a building one is at is a place.
    const at = before?.pos === 'DET' ? tokens[first - 2] : before;
    const building = words.length > 1 && this.knowledge.category(bare(lastWord), 'n') === 'noun.artifact';
    if (building && at && BUILDING_PREPOSITIONS.has(at.raw.toLowerCase())) this.vote(text, 'place', 2);
    if (isAcronym(text)) this.vote(text, 'organization', 1);
    if (this.spelledAsPerson(text)) {
      this.vote(text, 'person', 1);
      const key = text.toLowerCase();
      this.spelled.set(key, (this.spelled.get(key) ?? 0) + 1);
    }
    this.vote(text, 'other', 0.5);
  }

  /**
   * Two or three capitalized words that are not English words are most often a person's given name and surname, one
   * of them perhaps double-barrelled ("Carla Menendez-Hahn"); WordNet knows some surnames only as a famous person's
   * ("Hahn"), not as a common noun ("Exploited Children").
   */
  private spelledAsPerson(text: string): boolean {
    const written = text.split(/\s+/u);
    if (written.length < 2 || written.length > 3) return false;
    if (!written.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w))) return false;
    const noCommonNoun = (w: string): boolean =>
      this.knowledge.category(w.toLowerCase(), 'n') === null || this.knowledge.instanceKind(w) === 'noun.person';
    return written.flatMap((w) => w.split('-')).every(noCommonNoun);
  }

  /** Whether a capitalized word is a person's role ("Mayor", "Executive"), as a title before a name. */
  private isTitle(word: string): boolean {
    const role = /^\p{Lu}/u.test(word) && this.categoryKind(word) === 'person' && !this.isPlural(word);
    return role && this.knowledge.instanceKind(word) === null;
  }

  /**
   * Where the name after a title ("Museum Director", "Mayor", "Port Ellery Mayor") starts, or 0: the last word for a
   * person's role, no famous name itself, followed only by words that are no common nouns ("… Liberties Union" ends
   * on one). What stands before the role is whose it is: the town of "Port Ellery Mayor Agnes Thornbury".
   */
  private titleEnd(words: readonly string[]): number {
    let end = 0;
    for (let i = 0; i < words.length - 1; i++) if (this.isTitle(words[i]!)) end = i + 1;
    const common = (word: string): boolean =>
      this.knowledge.category(word.toLowerCase(), 'n') !== null && !this.knowledge.instanceKind(word);
    return end > 0 && !words.slice(end).some(common) ? end : 0;
  }

  /** The kind of the lowercase noun a name (or the list it is in) comes right after, or after "like"/"such as". */
  private listedAs(tokens: readonly SentenceToken[], first: number): NameKind | null {
    let k = first - 1;
    // Back over the names and separators of a list: "Thorn, the International Center …, and Marinus Analytics".
    const word = (i: number): string => tokens[i]?.raw.toLowerCase() ?? '';
    const inList = (i: number): boolean => /^\p{Lu}/u.test(tokens[i]!.raw) || LIST_GLUE.has(word(i));
    while (k >= 0 && first - k <= LIST_REACH && inList(k)) k--;
    if (word(k) === 'like' || word(k) === 'including') k--;
    else if (word(k) === 'as' && word(k - 1) === 'such') k -= 2;
    const noun = tokens[k];
    if (!noun || noun.pos === 'PROPN' || !/^\p{Ll}/u.test(noun.raw)) return null;
    const kind = this.categoryKind(noun.lemma);
    // "president of Allied Tech Workers", "a spokesperson for the Harbor Ferry Co.": a person's role is of something.
    const of = OF_WORDS.has(word(k + 1));
    return of && kind === 'person' ? null : kind;
  }

  /**
   * What an apposition says a name is, from its head: the last word before "of", "that", a comma or the like whose
   * main sense is a person, group or place ("a Marlow-based firm that …" is a firm, "the city engineer" an engineer).
   * Parts of speech are not trusted here: the tagger reads "firm" in "a Marlow-based firm that tracks" as an adverb.
   */
  private appositionKind(window: readonly SentenceToken[]): NameKind | null {
    const end = window.findIndex(
      (t) =>
        t.pos === 'ADP' ||
        t.pos === 'SCONJ' ||
        (t.pos === 'PUNCT' && !/^[-–]$/u.test(t.raw)) ||
        APPOSITION_ENDS.has(t.lemma),
    );
    let kind: NameKind | null = null;
    for (const token of window.slice(0, end < 0 ? window.length : end)) {
      if (HEAD_POS.has(token.pos)) kind = this.categoryKind(token.lemma) ?? kind;
    }
    return kind;
  }

  /**
   * Whether a word the text leaves as "other" was still more often told of as a place or a body than as a person:
   * "Bellhaven" ("in Bellhaven", "… it") is no surname, though "Tonight Bellhaven" was misread as a person's name.
   */
  private placeOrBody(name: string): boolean {
    const votes = this.votes.get(name);
    return !!votes && votes.place + votes.organization > votes.person;
  }

  /**
   * "Hafan Eirlys" of "Hafan Eirlys Hospice", "Morlan University" of "Morlan University Health Board": a name the
   * text also writes as the start of a body's or a place's longer name, closed by common nouns, is its short form;
   * being spelled as a person's name is no evidence of it. A list's "Hanna Lindqvist Sweden" is a runner and her
   * country, and a one-word short form ("Carrowby" of "Carrowby Parish Council"), never spelled as a person's, is as
   * often the place the body is of.
   */
  private voteShortForms(): void {
    const common = (word: string): boolean =>
      this.knowledge.category(word, 'n') !== null && !this.knowledge.instanceKind(word);
    for (const long of [...this.votes.keys()]) {
      const votes = this.votes.get(long)!;
      const kind = votes.organization > votes.person ? 'organization' : votes.place > votes.person ? 'place' : null;
      if (!kind) continue;
      for (let end = long.lastIndexOf(' '); end > 0; end = long.lastIndexOf(' ', end - 1)) {
        const name = long.slice(0, end);
        const short = this.votes.get(name);
        const spelled = this.spelled.get(name);
        if (
          !short ||
          !spelled ||
          !long
            .slice(end + 1)
            .split(' ')
            .every(common)
        )
          continue;
        short.person -= spelled;
        this.spelled.delete(name);
        short[kind] += 1;
      }
    }
  }

  /** Each name's kind; a surname alone ("Lee said") is the person whose full name ends with it. */
  settle(): Map<string, NameKind> {
    const kinds = new Map<string, NameKind>();
    this.voteShortForms();
    for (const [name, votes] of this.votes) {
      const [kind] = (Object.entries(votes) as Array<[NameKind, number]>).sort((a, b) => b[1] - a[1])[0]!;
      kinds.set(name, kind);
    }
    for (const [name, kind] of kinds) {
      const last = name.split(' ').at(-1)!;
      if (kind === 'person' && last !== name && kinds.get(last) === 'other' && !this.placeOrBody(last))
        kinds.set(last, 'person');
    }
    return kinds;
  }
}
