// English idioms for which WordNet links no plainer word: "speaks for" is what a spokesperson does, but WordNet's
// "speak for" has no link to "spokesperson" (only its gloss says so), WordNet has no "in charge of" at all, and its
// only "sign off" is to end a broadcast; "what X does for a living" is filed under no word at all, nor is someone's
// "take on" something, their opinion of it.
// Each is rewritten to the plain wording, which the rest of question analysis reads like any other question.
const IDIOMS: ReadonlyArray<readonly [RegExp, string]> = [
  // Wh-phrases that ask what a plain wh-word asks: read as that word, they are typed, tagged and weighed alike, and
  // the idioms below read them too ("which person speaks for" is "who speaks for").
  [/\b(?:what|which)\s+number\s+of\b/gi, 'how many'],
  [/\bwhat\s+amount\s+of\b/gi, 'how much'],
  [/\bfor\s+what\s+reasons?\b/gi, 'why'],
  [/\b(?:on|at)\s+(?:what|which)\s+(?:date|day)\b(?!\s+of\b)/gi, 'when'],
  [/\bwhat\s+(?:was|is)\s+the\s+(?:date|day)\s+(?:when|that|on\s+which)\b/gi, 'when'],
  [/\b(?:in|at)\s+(?:what|which)\s+(?:place|location)\b/gi, 'where'],
  [/\bwhich\s+(?:person|individual)\b/gi, 'who'],
  [/\bwhat(?:['’]s|\s+is|\s+was)\s+the\s+name\s+of\s+the\s+(?:person|individual)\s+(?:who|that)\b/gi, 'who'],
  [/\bhow\s+come\b/gi, 'why'],
  // "What led Amazon to pause …" asks why Amazon paused it.
  [
    /\bwhat\s+(?:made|caused|prompted|led|pushed|drove|forced|persuaded|convinced)\s+(.+?)\s+to\s+(?=\p{L})/giu,
    'why did $1 ',
  ],
  // The idioms WordNet links to no plainer word (see above).
  [/\bwho\s+(?:speaks|spoke)\s+for\b/gi, 'who is the spokesperson for'],
  [/\bwho(?:\s+is|\s+was|['’]s)\s+in\s+charge\s+(?:of|at)\b/gi, 'who runs'],
  [/\bwhat\s+does\s+(.+?)\s+do\s+for\s+(?:a\s+living|work)\b/giu, "what is $1's job"],
  [/\bwhat\s+did\s+(.+?)\s+do\s+for\s+(?:a\s+living|work)\b/giu, "what was $1's job"],
  [/^(?:what(?:['’]s|\s+is|\s+was)\s+)?(.+?)['’]s\s+take\s+on\b/iu, 'what did $1 say about'],
  [/\bsign\s+off\s+on\b/gi, 'approve'],
  [/\bsigns\s+off\s+on\b/gi, 'approves'],
  [/\bsigned\s+off\s+on\b/gi, 'approved'],
  [/\bsigning\s+off\s+on\b/gi, 'approving'],
];

/** A question with its idioms in plain words ("who speaks for X" → "who is the spokesperson for X"). */
export function plainWording(question: string): string {
  return IDIOMS.reduce((text, [idiom, plain]) => text.replace(idiom, plain), question);
}
