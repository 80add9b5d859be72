import type { CorpusIndex } from '../corpus-index.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import { corpusWords } from '../retrieval/corpus-words.ts';
import { termOf, terms, words } from '../text/analyzer.ts';
import type { Candidate } from './candidates.ts';
import { withoutInitials } from '../corpus/outlet-names.ts';

// Which outlets a question names, and keeping its answer to their reports.

/** Each distinct outlet's terms, and the short names that are its alone: worked out once per index. */
interface OutletPhrases {
  full: Map<string, string>;
  short: Map<string, string>;
}
const phrasesOf = new WeakMap<CorpusIndex, OutletPhrases>();

/**
 * The corpus's sentences hardly use an outlet's words but for its name ("wired" for Wired): typed in lower case,
 * they still name it.
 */
const OUTLET_WORD_PASSAGES = 2;

function outletPhrases(index: CorpusIndex): OutletPhrases {
  let phrases = phrasesOf.get(index);
  if (phrases) return phrases;
  // Thousands of sources share a few dozen outlets.
  const full = new Map<string, string>();
  for (const { outlet } of index.sources) {
    // "KRVN 6 News" is "KRVN" to a reader: neither the channel number nor "news" tells it apart. Initials shown
    // after a name ("… Transit Authority (MRTA)") more often name the body in a question ("the MRTA's drivers").
    if (!full.has(outlet))
      full.set(
        outlet,
        terms(withoutInitials(outlet))
          .filter((t) => t !== 'news' && !/^\d+$/u.test(t))
          .join(' '),
      );
  }
  // "The Courier" for The Alder Falls Courier, "the tech blog" for Unnamed tech blog: readers name an outlet by the
  // last words of its name, where no other outlet's name ends so.
  const owners = new Map<string, Set<string>>();
  for (const [outlet, phrase] of full) {
    const words = phrase.split(' ');
    for (let k = 1; k < words.length; k++) {
      const ending = words.slice(k).join(' ');
      owners.set(ending, (owners.get(ending) ?? new Set()).add(outlet));
    }
  }
  // "the ministry" for the Ministry of Agriculture and Rural Affairs: a body named "<head> of …" by its head.
  for (const [outlet, phrase] of full) {
    const head = phrase.split(' ')[0]!;
    if (words(outlet)[1]?.toLowerCase() === 'of') owners.set(head, (owners.get(head) ?? new Set()).add(outlet));
  }
  const short = new Map<string, string>();
  for (const [ending, outlets] of owners) if (outlets.size === 1) short.set(ending, [...outlets][0]!);
  phrases = { full, short };
  phrasesOf.set(index, phrases);
  return phrases;
}

/**
 * "the tech blog says", not "the blog post", "the press conference" or "the marine resources minister": a short name
 * after "the", where the word after it goes on into no phrase of the corpus's sentences nor of English (WordNet's
 * collocations), and names no one's role.
 */
function namedShort(index: CorpusIndex, typed: TypedWords, ending: string): boolean {
  const ends = ending.split(' ');
  const { words: typedWords, terms: typedTerms } = typed;
  for (let i = 1; i + ends.length <= typedWords.length; i++) {
    if (typedWords[i - 1] !== 'the' || ends.some((t, k) => typedTerms[i + k] !== t)) continue;
    const word = typedWords[i + ends.length];
    const next = typedTerms[i + ends.length];
    if (!word || !next) return true;
    const phrase = corpusWords(index).holdsPhrase([...ends, next]);
    // "the marine resources minister": a name before a person's role tells whose role, not who says so.
    const role = index.lexicon.category(word, 'n') === 'noun.person';
    if (!phrase && !role && index.lexicon.category(`${typedWords[i + ends.length - 1]} ${word}`, 'n') === null)
      return true;
  }
  return false;
}

/** The question's words as typed, and each one's index term (null for a stop word), worked out once per question. */
interface TypedWords {
  words: readonly string[];
  terms: ReadonlyArray<string | null>;
}

/**
 * The outlets a question names, lowercased; `sources` those it names as sources, not by words the coverage uses for
 * an actor ("the federation" whose decision is a source).
 */
export interface NamedOutlets {
  named: Set<string>;
  sources: Set<string>;
}

/** The outlets a question names ("What did Reuters report?", "how did wired describe it"). */
export function outletsNamed(index: CorpusIndex, question: AnalyzedQuestion): NamedOutlets {
  const asked = ` ${question.names.map((n) => n.terms.join(' ')).join(' | ')} `;
  const typed = ` ${terms(question.text).join(' ')} `;
  const onlyAName = (phrase: string): boolean =>
    phrase.split(' ').every((t) => index.vocabulary.frequency(t) <= OUTLET_WORD_PASSAGES);
  const { full, short } = outletPhrases(index);
  const named = new Set<string>();
  for (const [outlet, phrase] of full) {
    const written = asked.includes(` ${phrase} `) || (typed.includes(` ${phrase} `) && onlyAName(phrase));
    if (phrase && written) named.add(outlet.toLowerCase());
  }
  const surface = words(question.text);
  const typedWords: TypedWords = { words: surface, terms: surface.map(termOf) };
  const actors = new Set<string>();
  for (const [ending, outlet] of short) {
    if (named.has(outlet.toLowerCase()) || !namedShort(index, typedWords, ending)) continue;
    named.add(outlet.toLowerCase());
    // "the federation gave him": where the coverage writes the short name's words of an actor in its story (the
    // federation whose decision is a source), the question asks what the actor did, not only what it wrote.
    if (!onlyAName(ending)) actors.add(outlet.toLowerCase());
  }
  return { named, sources: new Set([...named].filter((outlet) => !actors.has(outlet))) };
}

/**
 * "How did Wired describe it?" is answered from Wired's articles, or by a sentence that names Wired: when the
 * coverage has such sentences, the other outlets' words are not what the question asks for.
 */
export function keepToOutlets(index: CorpusIndex, candidates: Candidate[], outlets: ReadonlySet<string>): void {
  const named = [...outletPhrases(index).full]
    .filter(([outlet]) => outlets.has(outlet.toLowerCase()))
    .map(([, phrase]) => phrase);
  const fromOutlet = (c: Candidate): boolean => {
    if (outlets.has(c.source.outlet.toLowerCase())) return true;
    const written = ` ${c.passage.terms.join(' ')} `;
    return named.some((p) => written.includes(` ${p} `));
  };
  if (outlets.size === 0 || !candidates.some(fromOutlet)) return;
  for (const candidate of candidates) {
    if (!fromOutlet(candidate)) candidate.relation = { ...candidate.relation, rulesOut: true };
  }
}
