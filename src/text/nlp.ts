import winkNLP, { type ItemToken, type WinkMethods } from 'wink-nlp';
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
