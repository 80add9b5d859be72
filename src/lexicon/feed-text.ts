import type { ItemSentence, ItemToken } from 'wink-nlp';
import { termOf, words } from '../text/analyzer.ts';
import { collectNames, type NameToken } from '../text/names.ts';
import { lemmaOf, nlp } from '../text/nlp.ts';
import { isAcronym } from './names.ts';
import type { LexiconBuilder } from './lexicon-builder.ts';
import { wordClassOfPos } from './word-class.ts';

/** WordNet's collocations the builder looks for are two or three words long ("chief executive officer"). */
const MAX_PHRASE = 3;

/**
 * Feeds one text's words, phrases, names and acronyms to a LexiconBuilder, reading it with the shared wink-nlp
 * instance: a reference for the index build, which makes the same calls from the tokens it already has.
 */
export function feedText(builder: LexiconBuilder, text: string): void {
  const its = nlp().its;
  nlp()
    .readDoc(text)
    .sentences()
    .each((sentence: ItemSentence) => {
      const tokens: LexiconToken[] = [];
      sentence.tokens().each((token: ItemToken) => {
        tokens.push({ raw: token.out(), pos: token.out(its.pos) as string, lemma: lemmaOf(token) });
      });
      const nameTokens: NameToken[] = tokens.map((t) => ({
        text: t.raw,
        isName: t.pos === 'PROPN' && /^\p{Lu}/u.test(t.raw),
      }));
      feedTokens(builder, tokens, collectNames(nameTokens));
    });
}

/** A tagged token, as the index build has it. */
export interface LexiconToken {
  raw: string;
  pos: string;
  lemma: string;
}

/** Feeds one sentence's tagged tokens and names to a LexiconBuilder: words, 2-3 word phrases, names, acronyms. */
export function feedTokens(builder: LexiconBuilder, tokens: readonly LexiconToken[], names: readonly string[]): void {
  const run: Array<{ lemma: string; term: string }> = [];
  for (const { raw, pos, lemma } of tokens) {
    const cls = wordClassOfPos(pos);
    const word = /^\p{L}/u.test(raw) ? words(raw)[0] : undefined;
    const term = word ? termOf(word) : null;
    if (isAcronym(raw)) builder.addAcronym(raw);
    if (!term || !cls) {
      run.length = 0;
      continue;
    }
    builder.addWord(lemma, cls, term);
    run.push({ lemma, term });
    for (let size = 2; size <= Math.min(MAX_PHRASE, run.length); size++) {
      const phrase = run.slice(-size);
      builder.addPhrase(
        phrase.map((t) => t.lemma),
        phrase.map((t) => t.term),
      );
    }
  }
  for (const name of names) if (name.includes(' ')) builder.addName(name);
}
