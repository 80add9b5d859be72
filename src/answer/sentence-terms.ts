import type { Source } from '../corpus/source.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { ArticleSubject } from './article-subject.ts';
import type { QuestionSide } from './features.ts';
import { termsOfName } from './name-terms.ts';
import { termSetOf } from './passage-term-set.ts';
import type { SentenceContext } from './sentence-context.ts';
import { holdsAll } from './term-holding.ts';

/** Words by which a sentence refers back to an organization named before it. */
const ANAPHOR =
  /\b(?:it|its|they|their|the (?:[\p{Ll}-]+ ){0,2}(?:company|firm|club|group|chain|agency|bank|maker|city))\b/iu;
// A sentence opening on "They" or "The company" speaks of whom its article is about.
const REFERS_BACK =
  /^(?:(?:but|and|so|still),?\s+)?(?:they|it|its|their|the (?:company|club|firm|city|group|agency|chain|team))\b/iu;

/** The sentence's terms, plus the names it refers to by surname or pronoun, and its outlet's name when asked about. */
export function sentenceTerms(
  passage: Passage,
  source: Source,
  context: SentenceContext,
  side: QuestionSide,
  subject: ArticleSubject | null,
  opener?: Passage,
): ReadonlySet<string> {
  // Most sentences add nothing to their own terms: the passage's shared set is copied only when one does.
  const shared = termSetOf(passage);
  let own: Set<string> | null = null;
  if (side.outlets.has(source.outlet.toLowerCase()))
    for (const t of termsOfName(source.outlet)) own = add(t, shared, own);
  if (subject && REFERS_BACK.test(passage.text)) for (const t of subject.terms) own = add(t, shared, own);
  // Only names other than people's are referred to by "it" or "the company": tested when the question asks of one.
  let anaphor: boolean | undefined;
  for (let k = 0; k < side.names.length; k++) {
    const name = side.names[k]!;
    // A person is named by surname after first mention ("Lee said"); "County" alone is not "Greer County".
    const surname = side.people[k] && (own ?? shared).has(name[name.length - 1]!);
    // "she said" or "the home surveillance company" speaks of the one the paragraph named just before.
    const refers = side.people[k] ? context.pronoun : (anaphor ??= ANAPHOR.test(passage.text));
    const referred = refers && holdsAll(context.terms, name);
    if (surname || referred) for (const t of name) own = add(t, shared, own);
  }
  // A sentence inside a quotation opened by the sentence before is spoken by whoever that sentence names.
  if (opener) for (const name of opener.names) for (const t of termsOfName(name.text)) own = add(t, shared, own);
  return own ?? shared;
}

/** A term added to a sentence's own copy of its shared term set, made when the first new term comes. */
function add(term: string, shared: ReadonlySet<string>, own: Set<string> | null): Set<string> | null {
  if ((own ?? shared).has(term)) return own;
  const set = own ?? new Set(shared);
  set.add(term);
  return set;
}
