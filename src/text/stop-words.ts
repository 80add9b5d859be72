/** English function words that carry no topic; dropped from the index and from questions. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below between both
  but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further
  had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's
  i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on
  once only or other ought our ours ourselves out over same shan't she she'd she'll she's should shouldn't so some
  such than that that's the their theirs them themselves then there there's these they they'd they'll they're they've
  this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when
  when's where where's which while who who's whom why why's will with won't would wouldn't you you'd you'll you're
  you've your yours yourself yourselves also just else besides according s t`.split(/\s+/),
);

/** Pronouns for anyone or anything, a closed class that WordNet leaves out ("anything", "someone"). */
export const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set(
  `anything anyone anybody something someone somebody nothing nobody everything everyone everybody none whatever
  whoever whichever`.split(/\s+/),
);

/** A regular-expression fragment (no groups but its own) for the words that make a figure approximate: "about 600". */
export const APPROXIMATELY = '(?:about|roughly|nearly|some|around|almost|more than|fewer than|just over|just under)';

/** Number words read as digits, so "one-year" and "1 year" meet in the index. */
export const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  twenty: '20',
  thirty: '30',
  fifty: '50',
  hundred: '100',
  thousand: '1000',
};
