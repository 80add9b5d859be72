import type { Passage } from '../retrieval/passage.ts';
import { regex } from '../text/regex.ts';
import { termsOfName } from './name-terms.ts';

// "The reactor, which opened in 1987, is a pool-type design. … It sits about 2.5km north of Wendham": a sentence
// opening on "It" speaks of the thing the last sentence not opening on it began with. Names are matched apart (see
// sentence-terms.ts); this finds the common noun a run of such sentences is about.

const OPENS_ON_IT = /^Its?\b/u;
/** "It is unclear whether …", "It was not known …": an "it" that stands for nothing before it. */
const EXPLETIVE = regex([
  String.raw`^It(?:'s|’s| is| was| has been| had been| remains| seems| appears)\s+(?:not\s+|also\s+|still\s+)?`,
  String.raw`(?:unclear|clear|likely|unlikely|possible|impossible|expected|understood|thought|believed|feared|`,
  String.raw`hoped|known|unknown|too|time|worth|important|hard|difficult|easy)\b`,
]);
/** A sentence opening on a definite noun phrase as its subject: "The reactor, which …", "The inquiry will …". */
const SUBJECT = regex([
  String.raw`^(?:The|This|That)\s+((?:[\p{L}\p{N}'’-]+\s+){0,3}?[\p{L}\p{N}'’-]+?)`,
  String.raw`(?=,|\s+(?:which|who|that|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said`,
  String.raw`|says|\p{Ll}{2,}ed)\b)`,
]);
/** How many sentences back, within the article, the run of "It" sentences is followed. */
const REACH = 3;

const found = new WeakMap<Passage, readonly string[]>();

/** The index terms of the thing an opening "It" or "Its" stands for, when a sentence before names it; else none. */
export function antecedentTerms(passage: Passage, passages: readonly Passage[]): readonly string[] {
  let terms = found.get(passage);
  if (!terms) found.set(passage, (terms = lookBack(passage, passages)));
  return terms;
}

function lookBack(passage: Passage, passages: readonly Passage[]): readonly string[] {
  if (!OPENS_ON_IT.test(passage.text) || EXPLETIVE.test(passage.text)) return [];
  for (let i = passage.index - 1; i >= Math.max(0, passage.index - REACH); i--) {
    const before = passages[i]!;
    if (before.sourceIndex !== passage.sourceIndex || before.kind !== 'sentence') return [];
    if (OPENS_ON_IT.test(before.text)) continue;
    const subject = SUBJECT.exec(before.text)?.[1];
    return subject ? termsOfName(subject) : [];
  }
  return [];
}
