import { isCausingVerb } from '../lexicon/causing-verbs.ts';
import { baseForms } from '../lexicon/morphy.ts';
import { regex } from './regex.ts';
// The words by which news prose gives a cause or a purpose: annotation rates each sentence by them, and answering
// sees where in a sentence its cause begins.

/** Words that give a cause or purpose outright ("because", "due to", "so that", "in order to"). */
export const CAUSES: ReadonlySet<string> = new Set([
  'because',
  'due',
  'so',
  'reason',
  'reasons',
  'purpose',
  'thanks',
  'order',
  'motive',
  'cause',
  'why',
]);

/** Words that often but not always give a cause ("after", "amid"). "Since" is left out: "since 2011" tells when. */
export const LOOSE_CAUSES: ReadonlySet<string> = new Set(['after', 'amid', 'following', 'citing']);

const CAUSE_WORD = regex([String.raw`\b(?:${[...CAUSES, ...LOOSE_CAUSES].join('|')})\b`], 'iu');

/** Where in a sentence its first word of cause stands ("… closed after inspectors found a crack"), or -1. */
export function causeAt(text: string): number {
  return text.search(CAUSE_WORD);
}

/** A participle after a comma: ", prompting the governor to …", ", forcing 229 people to …". */
const PARTICIPLE_AFTER_COMMA = /,\s+(\p{Ll}+ing)\b/gu;

/**
 * Where a sentence's result begins: "Water began flowing over the spillway, prompting the governor to declare an
 * emergency" tells what the flow led to after the participle, a verb of causing; -1 when it names no result so.
 */
export function resultAt(text: string): number {
  for (const match of text.matchAll(PARTICIPLE_AFTER_COMMA)) {
    const causing = baseForms(match[1]!, 'v').some(([base]) => isCausingVerb(base, false));
    if (causing) return match.index;
  }
  return -1;
}
