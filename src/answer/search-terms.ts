/** Which of a question's words, and of their stand-ins, the search looks for, and how much each weighs. */
import type { CorpusIndex } from '../corpus-index.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';

const COMMON_SHARE = 0.02;
const MIN_COMMON_DF = 500;
const ALWAYS_SEARCHED = 3;
/** How much a stand-in's search weight counts against the word itself. */
const STAND_IN_BOOST = 0.8;

/**
 * The terms to search on, with boosts: the question's words, and their stand-ins a little lower. In a large corpus
 * a word in more than a few percent of passages barely changes the ranking but costs most of the search, so only
 * the rarer terms are searched, and the three that tell most (weight times rarity, a name counting once) however
 * common; the common ones still count when the candidates are measured. A rare stand-in weighing little must not
 * take a name's place.
 */
export function searchTerms(index: CorpusIndex, question: AnalyzedQuestion): Map<string, number> {
  const boosts = new Map<string, number>();
  const raise = (term: string, boost: number): void => {
    if (boost > (boosts.get(term) ?? 0) && index.vocabulary.frequency(term) > 0) boosts.set(term, boost);
  };
  const common = Math.max(MIN_COMMON_DF, index.passages.length * COMMON_SHARE);
  const df = (term: string): number => index.vocabulary.frequency(term);
  for (const term of question.terms) {
    if (term.weight <= 0) continue;
    raise(term.term, term.weight);
    // Stand-ins are for words the coverage may not use; a word too common to search is one it uses, and its
    // stand-ins ("fiscal" for "finance") would only pull in articles about something else.
    if (df(term.term) > common) continue;
    for (const alternative of term.alternatives) {
      for (const t of alternative.terms) raise(t, term.weight * alternative.weight * STAND_IN_BOOST);
    }
  }
  // A name is searched by its initials too, weighing as one of its words ("GSA" for Gaming Standards Authority).
  for (const name of question.names) {
    const weight = Math.max(0, ...question.terms.filter((t) => name.terms.includes(t.term)).map((t) => t.weight));
    if (name.initials) raise(name.initials, weight * STAND_IN_BOOST);
  }
  const worth = (term: string, boost: number): number => boost * Math.log(1 + index.passages.length / df(term));
  const byWorth = [...boosts].sort(([a, x], [b, y]) => worth(b, y) - worth(a, x));
  // A name counts once among the three: "Quantum Retail Group" would take every place and leave its question's
  // other words ("consultants") unsearched, so that only the sentences naming it were found.
  const nameOf = new Map<string, string>();
  question.names.forEach((name, k) => {
    for (const term of [...name.terms, ...(name.initials ? [name.initials] : [])]) nameOf.set(term, `name ${k}`);
  });
  const always = new Set<string>();
  return new Map(
    byWorth.filter(([term]) => {
      const unit = nameOf.get(term) ?? term;
      if (always.size < ALWAYS_SEARCHED) always.add(unit);
      return always.has(unit) || df(term) <= common;
    }),
  );
}
