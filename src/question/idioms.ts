// English idioms for which WordNet links no plainer word: "speaks for" is what a spokesperson does, but WordNet's
// "speak for" has no link to "spokesperson" (only its gloss says so), and WordNet has no "in charge of" at all.
// Each is rewritten to the plain wording, which the rest of question analysis reads like any other question.
const IDIOMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwho\s+(?:speaks|spoke)\s+for\b/giu, 'who is the spokesperson for'],
  [/\bwho(?:\s+is|\s+was|['’]s)\s+in\s+charge\s+of\b/giu, 'who runs'],
];

/** A question with its idioms in plain words ("who speaks for X" → "who is the spokesperson for X"). */
export function plainWording(question: string): string {
  return IDIOMS.reduce((text, [idiom, plain]) => text.replace(idiom, plain), question);
}
