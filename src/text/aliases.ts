import { terms } from './analyzer.ts';
import { memoized } from './memoize.ts';

/**
 * Words people use for things the articles name differently. Each group's phrases stand for one another
 * in questions; the table is deliberately small and about this beat (tech, policing, regulation).
 */
export const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ['police', 'cops', 'law enforcement', 'police departments', 'police forces'],
  ['facial recognition', 'face recognition', 'face-recognition', 'face scanning'],
  ['ICE', 'Immigration and Customs Enforcement'],
  ['Congress', 'lawmakers', 'legislators', 'legislature'],
  ['moratorium', 'suspension', 'suspend', 'pause', 'halt', 'ban', 'freeze'],
  ['ACLU', 'American Civil Liberties Union'],
  ['AWS', 'Amazon Web Services'],
  ['NYPD', 'New York Police Department'],
  ['regulation', 'rules', 'legislation', 'law'],
  ['criticism', 'critics', 'controversial', 'concerns', 'backlash'],
  ['bias', 'biased', 'discrimination', 'racial bias'],
  ['inaccurate', 'accuracy', 'false positives', 'misidentification', 'misidentify', 'falsely matched', 'errors'],
  ['stop', 'abandon', 'cease', 'no longer'],
  ['want', 'hope', 'urge', 'call on', 'ask'],
  ['donate', 'donation', 'pledge', 'give money'],
  ['protest', 'protests', 'demonstrators', 'demonstrations', 'rallies'],
  ['activists', 'advocates', 'civil rights groups', 'advocacy groups'],
  ['sell', 'sale', 'selling', 'offering', 'supplying'],
  ['research', 'researching', 'development', 'developing'],
  ['company', 'firm', 'corporation'],
  ['tech', 'technology'],
  ['partner', 'partnership', 'partnerships', 'contracts'],
  ['organizations', 'groups', 'organisations', 'nonprofits'],
];

/** An alias group reduced to index terms: each phrase as its term sequence. */
type TermGroup = string[][];

const GROUPS: TermGroup[] = ALIAS_GROUPS.map((group) => group.map((phrase) => terms(phrase)).filter((t) => t.length > 0));

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** For question terms, the extra terms their aliases add (never terms already in the question). */
export function aliasTerms(questionTerms: readonly string[]): string[] {
  const extra = new Set<string>();
  for (const group of GROUPS) {
    if (!group.some((phrase) => containsSequence(questionTerms, phrase))) continue;
    for (const phrase of group) for (const term of phrase) if (!questionTerms.includes(term)) extra.add(term);
  }
  return [...extra];
}

/**
 * For each term of a multiword alias phrase the question contains ("face recognition"), the phrases that may stand in
 * for it ("facial recognition"). Only whole phrases count: "law" alone is not "law enforcement".
 */
export function phraseAlternatives(questionTerms: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const group of GROUPS) {
    for (const phrase of group) {
      if (phrase.length < 2 || !containsSequence(questionTerms, phrase)) continue;
      for (const term of phrase) out.set(term, [...(out.get(term) ?? []), ...group]);
    }
  }
  return out;
}

/** The phrases (as term sequences) that may stand in for `term`, including itself (worked out once per term: ranking asks per candidate). */
export const alternativesOf = memoized((term: string): readonly (readonly string[])[] => {
  const out: string[][] = [[term]];
  for (const group of GROUPS) if (group.some((phrase) => phrase.length === 1 && phrase[0] === term)) out.push(...group);
  return out;
}, 10_000);
