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
