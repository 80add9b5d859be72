import winkNLP, { type ItemSentence, type ItemToken, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | undefined;

/** The shared wink-nlp instance; loading the model takes ~100 ms, so it happens once, on first use. */
export function nlp(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}

// wink's typings declare its.lemma with a narrower signature than token.out accepts; the call is valid at run time.
/** A token's lemma (base form) as wink-nlp gives it, lowercased: "employees" → "employee", "bought" → "buy". */
export function lemmaOf(token: ItemToken): string {
  return String((token.out as (f: unknown) => unknown)(nlp().its.lemma)).toLowerCase();
}

/** A token as wink-nlp tags it: its text, universal part of speech and lowercased lemma. */
export interface TaggedToken {
  raw: string;
  pos: string;
  lemma: string;
}

/** A text's sentences as tagged tokens, read with the shared wink-nlp instance. */
export function taggedSentences(text: string): TaggedToken[][] {
  const its = nlp().its;
  const sentences: TaggedToken[][] = [];
  nlp()
    .readDoc(text)
    .sentences()
    .each((sentence: ItemSentence) => {
      const tokens: TaggedToken[] = [];
      sentence.tokens().each((token: ItemToken) => {
        tokens.push({ raw: token.out(), pos: token.out(its.pos) as string, lemma: lemmaOf(token) });
      });
      sentences.push(tokens);
    });
  return sentences;
}
