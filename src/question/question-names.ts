import { termOf, terms } from '../text/analyzer.ts';
import { isCalendarWord } from '../text/calendar.ts';
import { isHonorific } from '../text/name-kinds.ts';
import { collectNames, isAcronym, NAME_CONNECTORS, type NameToken } from '../text/names.ts';
import type { CorpusWords } from './query-terms.ts';
import { contractedFrom } from './shortened-words.ts';
import { isPossessive, type QuestionToken } from './tag-question.ts';
import type { WordKnowledge } from './word-knowledge.ts';

/** "I'm", "I'd", "I'll", "I've": the speaker, as one token. */
const FIRST_PERSON_CONTRACTION = /^I['’](?:m|d|ll|ve)$/u;

/** A name the question mentions, and whether the coverage knows it. */
export interface QuestionName {
  /** As written in the question ("Kessler Springs"). */
  text: string;
  /** Its index terms, in order. */
  terms: string[];
  /** The coverage mentions this name (or a name containing it). */
  known: boolean;
  /** The name this one qualifies by its possessive: ACLU in "the ACLU's Nicole Ozer" qualifies Nicole Ozer. */
  qualifies?: string;
  /** The index term of the initials the coverage writes this name as ("gsa" for Gaming Standards Authority). */
  initials?: string;
  /**
   * The index terms of the nouns news names it again by after "the": its own last word and the kinds of thing that
   * word is in the coverage ("avenu" and "street" for Corliss Avenue).
   */
  referredAs?: string[];
}

/**
 * Which capitalized words are names. A run of two or more is one ("Ohio Department of Health"), less the titles
 * in it ("Mayor" in "Mayor Farraday", "CEO" in "IBM CEO"); a single one is a name unless it is a title or a word the
 * corpus uses as a common word ("State"), so such words are searched as words, not required as names.
 */
export function markNames(tokens: QuestionToken[], words: CorpusWords, knowledge: WordKnowledge): void {
  const personNoun = (t: QuestionToken): boolean =>
    knowledge.category(t.lower, 'n') === 'noun.person' && knowledge.instanceKind(t.raw) === null;
  // A title stands before one person's name: a plural ("Aldwyn Pilots Association") is a word of a name.
  const roleWord = (t: QuestionToken): boolean => personNoun(t) && !knowledge.isPlural(t.lower);
  // A title stands before a name ("Mayor Farraday") or before "of" ("the CEO of Lumeridge"), or is an acronym after one
  // ("the IBM CEO"); otherwise a person noun at the end of a name is part of it ("Business Insider").
  const title = (t: QuestionToken): boolean => {
    // "Dr Vos", "sen. holcombe": an honorific stands before a name, never in it.
    if (isHonorific(t.raw)) return tokens[tokens.indexOf(t) + 1]?.capitalized === true;
    if (!roleWord(t)) return false;
    const next = tokens[tokens.indexOf(t) + 1];
    return (
      next?.capitalized === true ||
      NAME_CONNECTORS.has(next?.lower ?? '') ||
      /^\p{Lu}{2,}$/u.test(t.raw) ||
      words.writesLowercase(t.lower)
    );
  };
  // "face ID", "photo ID": an abbreviation the dictionary knows, right after the lowercase word it completes, is a
  // word of that phrase, not a name the coverage would have to mention.
  const abbreviatedWord = (t: QuestionToken): boolean => {
    const before = tokens[tokens.indexOf(t) - 1];
    const modifies = before !== undefined && !before.capitalized && (before.pos === 'NOUN' || before.pos === 'ADJ');
    return modifies && isAcronym(t.raw) && knowledge.isWord(t.lower) && !words.isName(t.lower);
  };
  // "an ICU nurse", "the ER": an abbreviation the coverage never writes, which the dictionary knows for words it does
  // write ("intensive care unit", "emergency room"), stands for them, as its lower-case form would.
  const writtenOut = (t: QuestionToken): boolean =>
    isAcronym(t.raw) &&
    !words.isName(t.lower) &&
    words.frequency(t.lower) === 0 &&
    knowledge.expand(t.lower, 'n').some((e) => e.relation === 'synonym' && e.terms.length > 1);
  // A common English word the corpus writes in lower case ("the state") is a name only where the corpus makes it one.
  const common = (t: QuestionToken): boolean =>
    (words.writesLowercase(t.lower) && !words.isName(t.lower)) || personNoun(t) || abbreviatedWord(t) || writtenOut(t);
  // "I" is capitalized ("can I ask …", "I'm curious, …") and names no one ("us" written "US" may name a country);
  // the tagger keeps "I'm" whole, and may read it as a proper noun.
  const capitalized = (t: QuestionToken | undefined): boolean =>
    t?.capitalized === true && !(t.pos === 'PRON' && t.lower === 'i') && !FIRST_PERSON_CONTRACTION.test(t.raw);
  let i = 0;
  while (i < tokens.length) {
    if (!capitalized(tokens[i]) || !/\p{L}/u.test(tokens[i]!.raw) || title(tokens[i]!)) {
      tokens[i]!.title = tokens[i]!.capitalized && title(tokens[i]!) && tokens[i + 1]?.capitalized === true;
      i++;
      continue;
    }
    let end = i;
    const joins = (k: number): boolean => capitalized(tokens[k]) && !title(tokens[k]!);
    while (joins(end + 1) || (NAME_CONNECTORS.has(tokens[end + 1]?.lower ?? '') && joins(end + 2))) end++;
    const run = tokens.slice(i, end + 1);
    // One capitalized word that is a common noun for a person ("CEO") or a word the corpus uses as a common word is
    // searched as a word, not required as a name.
    const isName = run.length > 1 || !common(run[0]!);
    for (const token of run) token.name = isName && !NAME_CONNECTORS.has(token.lower);
    i = end + 1;
  }
  // "mayor farraday", "sen. talbridge" typed in lower case: a role word or an honorific right before a name is its
  // title all the same. So is a noun the dictionary lacks after "the" ("the volcanologist Marrano"): it only says
  // who the name is.
  const describes = (k: number): boolean =>
    tokens[k - 1]?.pos === 'DET' && tokens[k]!.pos === 'NOUN' && !knowledge.isWord(tokens[k]!.lower);
  tokens.forEach((token, k) => {
    if (token.name || !tokens[k + 1]?.name) return;
    if (personNoun(token) || isHonorific(token.raw) || describes(k)) token.title = true;
  });
}

/**
 * A word set aside that no English dictionary knows either ("did netflix stop …") is a name typed in lower case
 * that the coverage never mentions, not a word to answer around.
 */
export function lowercaseNames(
  tokens: readonly QuestionToken[],
  setAside: readonly string[],
  knowledge: WordKnowledge,
  subject: number,
): QuestionName[] {
  const unknown: QuestionName[] = [];
  for (const [i, token] of tokens.entries()) {
    if (!setAside.includes(token.raw) || token.lower.length < 5) continue;
    // "by wednesday" names a day, not something the coverage never mentions.
    if (isCalendarWord(token.lower)) continue;
    // "The Orland State cubesat": a word right after a name is a thing of that name's, not another name; one right
    // before it says who the name is ("the volcanologist Marrano").
    if (tokens[i - 1]?.name || token.title) continue;
    // "Did google also stop …": the word where a yes/no question puts its subject is the one it is about (the
    // tagger may read it as a verb, but the question's verb comes after it).
    const laterVerb = tokens.slice(i + 1).some((t) => t.pos === 'VERB');
    if (i === subject && (token.pos === 'NOUN' || token.pos === 'PROPN' || (token.pos === 'VERB' && laterVerb))) {
      unknown.push({ text: token.raw, terms: [token.lower], known: false });
      continue;
    }
    // The tagger reads "did google stop …" as a proper noun where a name stands, whatever the dictionary says.
    if (token.pos === 'PROPN' || (!knowledge.isWord(token.lower) && !knowledge.isWord(token.lemma)))
      unknown.push({ text: token.raw, terms: [token.lower], known: false });
  }
  return unknown;
}

/** The names a question mentions, each with its terms and whether the coverage knows it. */
export function namesOf(tokens: readonly QuestionToken[], words: CorpusWords): QuestionName[] {
  // Punctuation between two words ends a name: "Microsoft, IBM and Amazon" is three, "work with ring? buzzfeed's
  // story" two. The tagger's tokens hold no punctuation, so a break stands in for it (a hyphen joins, as written).
  const breakOf = (t: QuestionToken): NameToken[] =>
    t.hyphenated ? [{ text: '-', isName: false }] : t.separated ? [{ text: ',', isName: false }] : [];
  const texts = collectNames(tokens.flatMap((t) => [...breakOf(t), { text: t.raw, isName: t.name }]));
  return texts.flatMap((text) => {
    const nameTerms = terms(text);
    // A lone letter the index holds no term for ("T" of "61T", which the tokenizer splits off its figure) names
    // nothing the coverage could be searched for.
    if (nameTerms.length === 0) return [];
    if (words.knowsName(nameTerms)) return [{ text, terms: nameTerms, known: true }];
    const spelled = spelledOut(text, words);
    if (spelled) return [spelled];
    return knownParts(text, words) ?? [{ text, terms: nameTerms, known: false }];
  });
}

/** How long a name's last word may be for an abbreviation ("St", "Ave", "Blvd"). */
const ABBREVIATION = /^\p{L}{2,4}\.?$/u;

/**
 * "Kettle St" the coverage writes "Kettle Street": a name the coverage does not know whose short last word keeps
 * the letters of a word that ends one of its names after the same words ("Ave" of Avenue, "Mt" of Mount).
 */
function spelledOut(text: string, words: CorpusWords): QuestionName | null {
  const parts = text.split(' ');
  const short = parts.at(-1)!.replace(/\.$/u, '').toLowerCase();
  if (parts.length < 2 || !ABBREVIATION.test(short)) return null;
  const head = terms(parts.slice(0, -1).join(' '));
  for (const word of contractedFrom(short, words)) {
    const whole = [...head, termOf(word) ?? word];
    if (words.knowsName(whole)) {
      const written = `${parts.slice(0, -1).join(' ')} ${word.charAt(0).toUpperCase()}${word.slice(1)}`;
      return { text: written, terms: whole, known: true };
    }
  }
  return null;
}

/**
 * "mijente ice rekognition", typed as keywords, is read as one name the coverage never mentions; it is three it
 * does. A run of words the coverage does not know as one name is those names when it splits, longest first, into
 * names the coverage gives exactly as they are (not merely words inside a longer name), none of whose words the
 * coverage ever writes in lower case, the words joining them aside ("Marchbanks for the Kingfishers"); otherwise it
 * stays whole: "Seattle Police Department" is one department, not Seattle and some police department.
 */
function knownParts(text: string, words: CorpusWords): QuestionName[] | null {
  const parts = text.split(' ');
  const connector = (word: string): boolean => NAME_CONNECTORS.has(word.toLowerCase());
  if (parts.some((word) => !connector(word) && words.writesLowercase(word.toLowerCase()))) return null;
  const found: QuestionName[] = [];
  let start = 0;
  while (start < parts.length) {
    // "pay Marchbanks for the Kingfishers name": the words joining two names are neither's.
    if (found.length > 0 && connector(parts[start]!)) {
      start++;
      continue;
    }
    let end = parts.length;
    for (; end > start; end--) {
      const part = parts.slice(start, end);
      const edgesAreWords =
        !NAME_CONNECTORS.has(part[0]!.toLowerCase()) && !NAME_CONNECTORS.has(part.at(-1)!.toLowerCase());
      const partTerms = terms(part.join(' '));
      if (edgesAreWords && partTerms.length > 0 && words.namesExactly(partTerms)) {
        found.push({ text: part.join(' '), terms: partTerms, known: true });
        break;
      }
    }
    if (end === start) return null;
    start = end;
  }
  return found.length > 1 ? found : null;
}

/** "The ACLU's Nicole Ozer": a name right before another's possessive qualifies that one; it is not a second entity. */
export function markQualifiers(tokens: readonly QuestionToken[], names: QuestionName[]): void {
  tokens.forEach((token, i) => {
    const possessive = tokens[i + 1];
    const next = tokens[i + 2];
    if (!token.name || !next?.name || !isPossessive(possessive)) return;
    const owner = names.find((n) => n.text.split(' ').at(-1) === token.raw);
    const owned = names.find((n) => n.text.split(' ')[0] === next.raw);
    if (owner && owned && owner !== owned) owner.qualifies = owned.text;
  });
}
