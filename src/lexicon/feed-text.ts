import type { ItemSentence, ItemToken } from 'wink-nlp';
import { termOf, words } from '../text/analyzer.ts';
import { collectNames, type NameToken } from '../text/names.ts';
import { nlp } from '../text/nlp.ts';
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
  nlp().readDoc(text).sentences().each((sentence: ItemSentence) => {
    const run: Array<{ lemma: string; term: string }> = [];
    const nameTokens: NameToken[] = [];
    sentence.tokens().each((token: ItemToken) => {
      const surface = token.out();
      const pos = token.out(its.pos) as string;
      const cls = wordClassOfPos(pos);
      const word = /^\p{L}/u.test(surface) ? words(surface)[0] : undefined;
      const term = word ? termOf(word) : null;
      nameTokens.push({ text: surface, isName: pos === 'PROPN' && /^\p{Lu}/u.test(surface) });
      if (isAcronym(surface)) builder.addAcronym(surface);
      if (!term || !cls) {
        run.length = 0;
        return;
      }
      // wink's typings give its.lemma a narrower signature than token.out accepts; the call is valid at run time.
      const lemma = String((token.out as (f: unknown) => unknown)(its.lemma)).toLowerCase();
      builder.addWord(lemma, cls, term);
      run.push({ lemma, term });
      for (let size = 2; size <= Math.min(MAX_PHRASE, run.length); size++) {
        const phrase = run.slice(-size);
        builder.addPhrase(phrase.map((t) => t.lemma), phrase.map((t) => t.term));
      }
    });
    for (const name of collectNames(nameTokens)) if (name.includes(' ')) builder.addName(name);
  });
}
