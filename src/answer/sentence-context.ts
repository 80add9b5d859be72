import type { Source } from '../corpus/source.ts';
import type { Passage } from '../retrieval/passage.ts';
import { terms } from '../text/analyzer.ts';

/** What surrounds a sentence: the terms of its paragraph, the paragraph before and its headline. */
export interface SentenceContext {
  terms: ReadonlySet<string>;
  /** The terms of the paragraph and the one before, without the headline's. */
  paragraphTerms: ReadonlySet<string>;
  /** The paragraph has a personal pronoun, so a name in the context may be who a sentence speaks of. */
  pronoun: boolean;
  paragraph: string;
}

const PERSONAL_PRONOUN = /\b(?:she|he|her|his|him)\b/i;
// The same paragraphs come up question after question: their contexts are kept per source and paragraph, and
// built from the sentences' own index terms rather than by tokenizing the paragraphs again. A source has a few dozen
// paragraphs, so a plain map holds them all (a bounded cache per source cost more to create than it saved).
const cache = new WeakMap<Source, Map<number, SentenceContext>>();
const titles = new WeakMap<Source, readonly string[]>();

/** The index terms of a source's headline (worked out once per source). */
export function titleTerms(source: Source): readonly string[] {
  let title = titles.get(source);
  if (!title) titles.set(source, (title = terms(source.title)));
  return title;
}

/** The context of a passage (cached): the paragraph before often names whom "she" or "the move" refers to. */
export function contextOf(passage: Passage, source: Source, passages: readonly Passage[]): SentenceContext {
  let forSource = cache.get(source);
  if (!forSource) cache.set(source, (forSource = new Map()));
  const key = passage.kind === 'sentence' ? passage.paragraphIndex : -1;
  let context = forSource.get(key);
  if (context) return context;
  const title = titleTerms(source);
  const near = new Set<string>();
  if (passage.kind === 'sentence') {
    const isNear = (p: Passage | undefined): boolean =>
      p?.sourceIndex === passage.sourceIndex &&
      p.kind === 'sentence' &&
      p.paragraphIndex >= passage.paragraphIndex - 1 &&
      p.paragraphIndex <= passage.paragraphIndex;
    let first = passage.index;
    while (isNear(passages[first - 1])) first--;
    for (let i = first; isNear(passages[i]); i++) for (const term of passages[i]!.terms) near.add(term);
  }
  const paragraph =
    passage.kind === 'sentence' ? source.text.slice(passage.paragraph[0], passage.paragraph[1]) : passage.text;
  const own = new Set([...title, ...near]);
  context = { terms: own, paragraphTerms: near, pronoun: PERSONAL_PRONOUN.test(paragraph), paragraph };
  forSource.set(key, context);
  return context;
}
