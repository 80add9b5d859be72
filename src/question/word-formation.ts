import { termOf } from '../text/analyzer.ts';
import type { CorpusWords } from './query-terms.ts';
import type { QuestionToken } from './tag-question.ts';
import { EVERYDAY_USAGE, type Expansion, type WordKnowledge } from './word-knowledge.ts';

// Words English forms from others with a prefix ("reopen", "undetected") or a suffix ("funder"): a question may
// write either form.

/** How sure "reopen" stands for "open back up": mostly the same, but "move back" is not "remove". */
const REDONE_WEIGHT = 0.6;

/** The words after a verb that say it is done once more. */
const ONCE_MORE = new Set(['back', 'again']);

/**
 * "open back up" and "opening again" are written "reopen", where English has that word ("re-" means back). A verb's
 * "-ing" form the tagger read as a noun ("is the pool opening again") is the verb all the same.
 */
export function redone(
  verb: QuestionToken,
  next: QuestionToken | undefined,
  knowledge: WordKnowledge,
): Expansion | null {
  if (!ONCE_MORE.has(next?.lower ?? '')) return null;
  const stem = /^(\p{L}{3,})ing$/u.exec(verb.lower)?.[1];
  const forms = [verb.lemma, ...(stem ? [stem, `${stem}e`] : [])];
  const base = forms.find((form) => knowledge.senseCount(form, 'v') > 0 && knowledge.senseCount(`re${form}`, 'v') > 0);
  const term = base ? termOf(`re${base}`) : null;
  return term ? { terms: [term], weight: REDONE_WEIGHT, relation: 'phrase' } : null;
}

/** How surely a word stands for the one "un-" negates: the same event, the negation left to the reading. */
const UNDONE_WEIGHT = 0.6;

/**
 * "Undetected" is about detecting: a word the corpus lacks that English forms with "un-" may stand for its base's
 * corpus words and their stand-ins ("noticed"), as a search cannot read the negation anyway.
 */
export function unprefixed(
  token: QuestionToken,
  term: string,
  words: CorpusWords,
  knowledge: WordKnowledge,
): Expansion[] {
  const base = /^un(\p{L}{4,})$/u.exec(token.lower)?.[1];
  if (!base || words.frequency(term) > 0) return [];
  const lemma = [base, base.replace(/e?d$/u, ''), base.replace(/d$/u, '')].find((w) => knowledge.isWord(w));
  if (!lemma) return [];
  const own = termOf(lemma);
  const found: Expansion[] = own && words.frequency(own) > 0 ? [{ terms: [own], weight: 1, relation: 'phrase' }] : [];
  found.push(...knowledge.expand(lemma, null));
  return found.map((e) => ({ ...e, weight: e.weight * UNDONE_WEIGHT }));
}

/**
 * The verb an agent noun the dictionary lacks is made from ("funder", "funders" → "fund"), or null: English makes
 * one who does a thing with "-er", so such a word is no misspelling of another ("founder").
 */
export function agentVerbOf(word: string, knowledge: WordKnowledge): string | null {
  const stem = /^(\p{L}{3,}?)e?rs?$/u.exec(word)?.[1];
  if (!stem || knowledge.isWord(word)) return null;
  // A short verb closing on one vowel and a consonant doubles it ("ham" → "hammer"): "hamer" is no agent of "ham".
  const doubles = (verb: string): boolean => verb === stem && SHORT_CLOSED.test(verb);
  // Nor is a coinage read off a verb English seldom uses: "winer" is "winner" mistyped, not one who wines.
  const everyday = (verb: string): boolean => knowledge.usage(verb) >= EVERYDAY_USAGE;
  const agentOfVerb = (verb: string): boolean =>
    !doubles(verb) && everyday(verb) && knowledge.senseCount(verb, 'v') > 0;
  return [stem, `${stem}e`].find(agentOfVerb) ?? null;
}

/** A one-syllable word ending in a consonant, one vowel and a consonant that English doubles ("ham", "run"). */
const SHORT_CLOSED = /^[^aeiou]*[aeiou][^aeiouwxy]$/u;

/** How surely the verb stands for its agent noun: "the funder" is whoever "funded" it, or the "funding" body. */
const AGENT_WEIGHT = 0.8;

/** "Funder", which the dictionary lacks, stands for its verb's corpus words ("funded", "funding"). */
export function agentOf(token: QuestionToken, words: CorpusWords, knowledge: WordKnowledge): Expansion[] {
  const verb = token.capitalized ? null : agentVerbOf(token.lower, knowledge);
  const own = verb ? termOf(verb) : null;
  return own && words.frequency(own) > 0 ? [{ terms: [own], weight: AGENT_WEIGHT, relation: 'derivation' }] : [];
}
