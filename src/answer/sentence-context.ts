import { LRUCache } from 'lru-cache';
import type { Source } from '../corpus/source.ts';
import type { Passage } from '../retrieval/passage.ts';
import { terms } from '../text/analyzer.ts';

/** What surrounds a sentence: the terms of its paragraph, the paragraph before and its headline. */
export interface SentenceContext {
  terms: ReadonlySet<string>;
  /** The paragraph has a personal pronoun, so a name in the context may be who a sentence speaks of. */
  pronoun: boolean;
  paragraph: string;
}

const PERSONAL_PRONOUN = /\b(?:she|he|her|his|him)\b/iu;
// Tokenizing the paragraphs around candidates was most of a question's cost, and the same paragraphs come up
// question after question: they are kept per source and paragraph, up to a bound.
const cache = new WeakMap<Source, LRUCache<string, SentenceContext>>();

/** The context of a passage (cached): the paragraph before often names whom "she" or "the move" refers to. */
export function contextOf(passage: Passage, source: Source): SentenceContext {
  let forSource = cache.get(source);
  if (!forSource) cache.set(source, (forSource = new LRUCache({ max: 500 })));
  const previous = source.paragraphs[passage.paragraphIndex - 1];
  const from = previous && passage.kind === 'sentence' ? previous[0] : passage.paragraph[0];
  const key = `${from}:${passage.paragraph[0]}:${passage.paragraph[1]}`;
  let context = forSource.get(key);
  if (context) return context;
  const paragraph =
    passage.kind === 'sentence' ? source.text.slice(passage.paragraph[0], passage.paragraph[1]) : passage.text;
  context = {
    terms: new Set([
      ...terms(passage.kind === 'sentence' ? source.text.slice(from, passage.paragraph[1]) : ''),
      ...terms(source.title),
    ]),
    pronoun: PERSONAL_PRONOUN.test(paragraph),
    paragraph,
  };
  forSource.set(key, context);
  return context;
}
