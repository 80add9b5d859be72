/** Questions about the coverage itself, answered from source metadata rather than from sentences. */
export type MetaQuestion = 'outlets' | 'published' | 'authors' | 'overview';

const META_PATTERNS: ReadonlyArray<[RegExp, MetaQuestion]> = [
  [
    /^(?:please |can you |could you )?(?:summari[sz]e|sum up|give me (?:a |an )?(?:summary|overview|rundown|recap)|overview|tl;?dr)\b|^what(?:'s| is| are) (?:this|these|the coverage|the news|the story|the articles|it all) about\b/u,
    'overview',
  ],
  [
    /^who (?:wrote|authored|is the (?:author|writer|reporter) of|are the (?:authors|writers|reporters) of) (?:the |these |this )?(?:[\w.&'’-]+ ){0,3}(?:articles?|stor(?:y|ies)|coverage|pieces?|reports?)\b/u,
    'authors',
  ],
  [
    /^(?:which|what) (?:outlets?|publications?|news ?(?:outlets?|organi[sz]ations?|sites?|sources?)|media(?: outlets)?|newspapers?|sources?|websites?|sites?)\b|^who (?:reported|covered|wrote about|published)\b/u,
    'outlets',
  ],
  [
    /^when (?:was|were|did) .*\b(?:publish(?:ed)?|writ(?:e|ten)|post(?:ed)?|come out|came out|run|appear(?:ed)?)\b|\bpublication date\b/u,
    'published',
  ],
];

/** Words that make a question about the coverage itself; they are not searched for in its sentences. */
export const META_WORDS: ReadonlySet<string> = new Set([
  'outlet',
  'outlets',
  'report',
  'reported',
  'reports',
  'cover',
  'covered',
  'publish',
  'published',
  'publication',
  'publications',
  'article',
  'articles',
  'source',
  'sources',
  'news',
  'media',
  'newspaper',
  'newspapers',
  'site',
  'sites',
  'website',
  'websites',
  'write',
  'wrote',
  'written',
  'story',
  'stories',
  'coverage',
  'corpus',
]);

/** Whether a question (lowercased) asks about the coverage itself, and how. */
export function metaQuestionOf(lower: string): MetaQuestion | null {
  return META_PATTERNS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}
