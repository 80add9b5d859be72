import type { CorpusIndex } from '../corpus-index.ts';
import type { Source } from '../corpus/source.ts';
import type { Passage } from '../retrieval/passage.ts';
import { terms } from '../text/analyzer.ts';

/** The organization or place an article is mostly about, and how often it names each name. */
export interface ArticleSubject {
  name: string;
  terms: string[];
  /** Mentions of each name (lowercased) in the article, the headline counting double. */
  mentions: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Source, ArticleSubject | null>();

/** The passages of the source a passage belongs to: they sit together in the index, around it. */
export function sourcePassages(passages: readonly Passage[], at: Passage): Passage[] {
  let first = at.index;
  while (first > 0 && passages[first - 1]!.sourceIndex === at.sourceIndex) first--;
  let last = at.index;
  while (last + 1 < passages.length && passages[last + 1]!.sourceIndex === at.sourceIndex) last++;
  return passages.slice(first, last + 1);
}

/** The main subject of a passage's article: its most mentioned name that is not a person (worked out once). */
export function articleSubject(index: CorpusIndex, at: Passage): ArticleSubject | null {
  const source = index.sources[at.sourceIndex]!;
  if (cache.has(source)) return cache.get(source)!;
  const mentions = new Map<string, number>();
  let best: string | null = null;
  for (const passage of sourcePassages(index.passages, at)) {
    for (const name of passage.names) {
      const key = name.text.toLowerCase();
      const kind = index.nameKinds.get(key);
      const count = (mentions.get(key) ?? 0) + (passage.kind === 'headline' ? 2 : 1);
      mentions.set(key, count);
      if (kind !== 'person' && (best === null || count > (mentions.get(best) ?? 0))) best = key;
    }
  }
  const subject = best ? { name: best, terms: terms(best), mentions } : null;
  cache.set(source, subject);
  return subject;
}
