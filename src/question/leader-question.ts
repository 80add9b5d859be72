import { LEADER } from '../lexicon/leaders.ts';
import { termOf } from '../text/analyzer.ts';
import type { CorpusWords, QueryTerm } from './query-terms.ts';
import { isPossessive, type QuestionToken } from './tag-question.ts';
import type { Expansion, WordKnowledge } from './word-knowledge.ts';

const PHRASE_POS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'ADP', 'PART']);

/**
 * "Who runs IBM?", "who is heading Harbury FC?": the verb when the question asks, of a name, who does what the head
 * of an organization does (its index), or -1.
 */
export function leadingVerbAt(tokens: readonly QuestionToken[], start: number, knowledge: WordKnowledge): number {
  if (tokens[start]?.lower !== 'who') return -1;
  let at = start + 1;
  if (tokens[at]?.pos === 'AUX' && tokens[at + 1]?.pos === 'VERB') at++;
  const verb = tokens[at];
  if (verb?.pos !== 'VERB' || !knowledge.leads(verb.lemma, 'v')) return -1;
  const verbAt = at;
  // A particle ("heading up") belongs to the verb; the rest names what is led ("the museum", "the search for …"),
  // up to a clause that says which one ("the regulator that ordered the block").
  if (tokens[at + 1]?.pos === 'ADP' && tokens[at + 2]?.pos === 'DET') at++;
  const after = tokens.slice(at + 1).filter((t) => t.pos !== 'PUNCT');
  const clause = after.findIndex((t, k) => k > 0 && RELATIVE.has(t.lower));
  const rest = clause > 0 ? after.slice(0, clause) : after;
  // A word of a name is part of the phrase whatever the tagger reads it as ("Blackwater Salvage" as a verb).
  // An ampersand joins a firm's name ("Corland & Western"), as names.ts reads it.
  // A participle before the noun describes it ("the newly merged trust"), as an adjective does, with its adverb.
  const inPhrase = (t: QuestionToken, k: number): boolean =>
    PHRASE_POS.has(t.pos) ||
    t.capitalized ||
    t.lower === '&' ||
    participleBefore(rest, k) ||
    (t.pos === 'ADV' && participleBefore(rest, k + 1));
  const led = rest.length > 0 && rest.every(inPhrase) && rest.some((t) => t.pos !== 'DET');
  return led ? verbAt : -1;
}

const RELATIVE = new Set(['that', 'which', 'who', 'whose']);

/** Whether the word at `k` is a participle set before a noun of the phrase ("merged" in "the merged trust"). */
function participleBefore(phrase: readonly QuestionToken[], k: number): boolean {
  const word = phrase[k];
  const next = phrase[k + 1];
  return word?.pos === 'VERB' && /(?:ed|en)$/u.test(word.lower) && k > 0 && ['NOUN', 'ADJ'].includes(next?.pos ?? '');
}

/**
 * "the head of Crestline", "Crestline's head": the noun the question asks about, when it is owned by a name and may
 * name the head of an organization though it most often names something else (its index), or -1.
 */
export function leaderNounAt(tokens: readonly QuestionToken[], head: number, knowledge: WordKnowledge): number {
  const noun = tokens[head];
  const before = tokens[head - 1];
  const owned =
    (tokens[head + 1]?.lower === 'of' && tokens[head + 2] !== undefined) ||
    before?.name === true ||
    isPossessive(before);
  return owned && noun?.pos === 'NOUN' && knowledge.leads(noun.lemma, 'n') ? head : -1;
}

// The verb's own word is a weaker sign than a role: "can lead to errors" uses it in another sense.
const VERB_WEIGHT = 0.5;
const ROLE_RELATIONS = new Set(['synonym', 'hyponym', 'phrase', 'inflection']);

/**
 * The leading verb's term becomes the leader asked about ("Who is IBM's leader?"): the corpus's words for kinds of
 * leader (its chief executive, president, director) stand in for it, and the verb itself a little less. The answer
 * need not name a role, though: the owner of a café "runs" it too.
 */
export function asLeading(term: QueryTerm, knowledge: WordKnowledge, words: CorpusWords): QueryTerm {
  const roles = knowledge.expand(LEADER, 'n').filter((e) => ROLE_RELATIONS.has(e.relation));
  // "Who runs the observatory?" is answered by "Marrano, who has led the observatory since 2019" too.
  const forms = (verb: string): Array<string | null> => [termOf(verb), ...words.termsOfLemma(verb)];
  const verbs = new Set([term.term, ...LEADING_VERBS.flatMap(forms)].filter((t): t is string => t !== null));
  const led = [...verbs].map((t): Expansion => ({ terms: [t], weight: VERB_WEIGHT, relation: 'derivation' }));
  return {
    term: termOf(LEADER) ?? LEADER,
    word: LEADER,
    weight: Math.max(term.weight, 1),
    name: false,
    alternatives: [...roles, ...led],
    known: true,
  };
}

// The verbs of leading an organization an answer may use whatever verb the question does ("leads", "heads",
// "manages"); "run" has too many other senses ("the term runs through June") to stand in for another verb.
const LEADING_VERBS = ['lead', 'head', 'manage', 'direct'];
