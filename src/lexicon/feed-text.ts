import { termOf, words } from '../text/analyzer.ts';
import { memoized } from '../text/memoize.ts';
import { collectNames, type NameToken } from '../text/names.ts';
import { taggedSentences, type TaggedToken } from '../text/nlp.ts';
import { isAcronym } from './names.ts';
import { isSmallWordAcronym } from '../text/names.ts';
import type { LexiconBuilder, PhraseWord } from './lexicon-builder.ts';
import { wordClassOfPos } from './word-class.ts';

/** WordNet's collocations the builder looks for are two or three words long ("chief executive officer"). */
const MAX_PHRASE = 3;

/**
 * Feeds one text's words, phrases, names and acronyms to a LexiconBuilder, reading it with the shared wink-nlp
 * instance: a reference for the index build, which makes the same calls from the tokens it already has.
 */
export function feedText(builder: LexiconBuilder, text: string): void {
  for (const tokens of taggedSentences(text)) {
    const nameTokens: NameToken[] = tokens.map((t) => ({
      text: t.raw,
      isName: t.pos === 'PROPN' && /^\p{Lu}/u.test(t.raw),
    }));
    feedTokens(builder, tokens, collectNames(nameTokens));
  }
}

// A token's index term, from the first word words() reads in it. Tokens repeat far more than they vary, and matching
// the word pattern in every token was a third of feeding the builder.
const tokenTerm = memoized((raw: string): string | null => {
  const word = /^\p{L}/u.test(raw) ? words(raw)[0] : undefined;
  return word ? termOf(word) : null;
});

/** A tagged token, as the index build has it. */
export type LexiconToken = TaggedToken;

/** Feeds one sentence's tagged tokens and names to a LexiconBuilder: words, 2-3 word phrases, names, acronyms. */
export function feedTokens(builder: LexiconBuilder, tokens: readonly LexiconToken[], names: readonly string[]): void {
  const run: PhraseWord[] = [];
  for (const { raw, pos, lemma } of tokens) {
    const cls = wordClassOfPos(pos);
    if (isAcronym(raw)) builder.addAcronym(raw);
    else if (isSmallWordAcronym(raw)) builder.addAcronym(raw.toUpperCase());
    // The term only of a word WordNet could hold: punctuation and function words are most tokens.
    const term = cls && tokenTerm(raw);
    if (!term || !cls) {
      run.length = 0;
      continue;
    }
    builder.addWord(lemma, cls, term);
    run.push({ lemma, term });
    for (let size = 2; size <= Math.min(MAX_PHRASE, run.length); size++) builder.addPhrase(run, size);
  }
  for (const name of names) if (name.includes(' ')) builder.addName(name);
}
