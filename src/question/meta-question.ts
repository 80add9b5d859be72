import { regex } from '../text/regex.ts';

/**
 * Questions about the coverage itself, answered from source metadata rather than from sentences; or no question at
 * all, but a greeting, a thank-you or a request for help, which a chat bot answers in kind.
 */
export type MetaQuestion = 'outlets' | 'published' | 'authors' | 'overview' | 'greeting' | 'thanks';

// The whole message is the greeting or the thanks: "thanks, and how long is the ban?" is a question.
const SMALL_TALK_END = String.raw`(?:,? (?:bot|there|so much|a lot|again|everyone|all))*[\s!.?🙂🙏👍]*$`;

const META_PATTERNS: ReadonlyArray<[RegExp, MetaQuestion]> = [
  [
    regex([
      String.raw`^(?:hi|hello|hey|hiya|howdy|yo|good (?:morning|afternoon|evening)|help|what can you do`,
      String.raw`|how does this work|who are you|what are you)${SMALL_TALK_END}`,
    ]),
    'greeting',
  ],
  [regex([String.raw`^(?:thanks|thank you|thx|ty|cheers|much appreciated|great|perfect)${SMALL_TALK_END}`]), 'thanks'],
  [
    regex([
      String.raw`^(?:please |can you |could you )?`,
      String.raw`(?:summari[sz]e|sum up|give me (?:a |an )?(?:summary|overview|rundown|recap)|overview|tl;?dr)\b`,
      String.raw`|^what(?:'s| is| are) (?:this|these|the coverage|the news|the story|the articles|it all) about\b`,
    ]),
    'overview',
  ],
  [
    regex([
      String.raw`^who (?:wrote|authored|is the (?:author|writer|reporter) of`,
      String.raw`|are the (?:authors|writers|reporters) of) `,
      String.raw`(?:the |these |this )?(?:[\w.&'’-]+ ){0,3}(?:articles?|stor(?:y|ies)|coverage|pieces?|reports?)\b`,
    ]),
    'authors',
  ],
  [
    regex([
      String.raw`^(?:which|what) (?:outlets?|publications?|news ?(?:outlets?|organi[sz]ations?|sites?|sources?)`,
      String.raw`|media(?: outlets)?|newspapers?|sources?|websites?|sites?)\b`,
      // "Which newspaper did the county choose?", "which sites were hacked?" ask about the story: something else
      // does the choosing, or is done to them.
      String.raw`(?! (?:did|does|do|will|would|could|can|should) (?!you|we|i|it|this|the coverage)\w)`,
      String.raw`(?! (?:was|were|is|are|got|get) (?!used|cited|quoted|included|there)\w+(?:ed|en)\b)`,
      // "Who reported the fault to the police?" and "who covered the costs?" ask about the story: "who reported"
      // speaks of the coverage on or about something, or of the story itself.
      String.raw`|^who (?:(?:has |have )?(?:reported|wrote|written) (?:on|about)\b`,
      String.raw`|(?:has |have )?(?:reported|covered|published)`,
      String.raw`(?: (?:it|this|that|the (?:story|stories|news|events?|incidents?)))?\s*[?.!]*$)`,
    ]),
    'outlets',
  ],
  [
    regex([
      String.raw`^when (?:was|were|did) .*\bpublish(?:ed)?\b`,
      // People write to each other and post losses: "write" and "post" speak of the coverage only with an article
      // (or "it") as their subject, or of writing about the story.
      String.raw`|^when (?:was|were|did) `,
      String.raw`(?:.*\b(?:articles?|stor(?:y|ies)|pieces?|reports?|coverage|columns?)|it|this|they)`,
      String.raw` (?:first )?(?:writ(?:e|ten)|post(?:ed)?)\b|^when did .*\bwrite (?:about|up)\b`,
      // "When did the first case appear?" asks about a case: "appear", "run" and "come out" speak of the
      // coverage only with an article (or "it") as their subject.
      String.raw`|^when (?:was|were|did) `,
      String.raw`(?:.*\b(?:articles?|stor(?:y|ies)|pieces?|reports?|coverage|columns?)|it|this|they)`,
      String.raw` (?:come out|came out|run|appear(?:ed)?)\b`,
      // "When did CNN run its piece on …": an outlet runs, puts out or prints an article.
      String.raw`|^when (?:was|were|did) .*\b(?:run|ran|put out|print(?:ed)?) (?:its|their|the|an?|that|this) `,
      String.raw`(?:[\w-]+ )?(?:articles?|stor(?:y|ies)|pieces?|reports?|columns?)\b`,
      String.raw`|\bpublication date\b`,
    ]),
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
  'piece',
  'pieces',
  'coverage',
  'corpus',
]);

/** Whether a question (lowercased) asks about the coverage itself, and how. */
export function metaQuestionOf(lower: string): MetaQuestion | null {
  return META_PATTERNS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}
