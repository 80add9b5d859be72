import winkNLP, { type Document, type ItemSentence, type ItemToken, type WinkMethods } from 'wink-nlp';
import { englishModel } from './wink-model.ts';

const QUESTION_MODEL = englishModel('questions');
const CORPUS_MODEL = englishModel('corpus');

// Only what the engine reads: sentences, entities and parts of speech (negation and sentiment were a fifth of wink's
// time, and nothing asks for them).
const PIPE = ['sbd', 'ner', 'pos'];

let questions: WinkMethods | undefined;
let corpus: WinkMethods | undefined;

/** The wink-nlp instance that reads questions; loading the model takes ~100 ms, so it happens once, on first use. */
export function nlp(): WinkMethods {
  questions ??= winkNLP(QUESTION_MODEL, PIPE);
  return questions;
}

/** Reads the next question with a fresh instance: questions read before leave no words in its model. */
export function renewQuestionReader(): void {
  questions = undefined;
}

/**
 * The wink-nlp instance that annotates the corpus. wink adds every new word a text holds to its model, and reads the
 * next text in that light ("Bellamy's" once seen whole is no longer split), so each build (and each batch a worker
 * annotates) starts from a fresh one, after {@link renewAnnotator}: an index is the same however often and in
 * whatever order the process built before, and questions are read the same before and after a build.
 */
export function annotator(): WinkMethods {
  corpus ??= winkNLP(CORPUS_MODEL, PIPE);
  return corpus;
}

/** Starts the next annotation from the model as shipped (see {@link annotator}). */
export function renewAnnotator(): void {
  corpus = undefined;
}

// wink's typings declare its.lemma with a narrower signature than out() accepts; the call is valid at run time.
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

/**
 * A corpus document's tokens, tagged, read a field at a time for the whole document: a wink item per token and per
 * field was a fifth of annotating a corpus.
 */
export function taggedTokens(doc: Document): TaggedToken[] {
  const its = annotator().its;
  const all = doc.tokens();
  const [raws, tags] = [all.out(), all.out(its.pos) as string[]];
  const lemmas = (all.out as (f: unknown) => string[])(its.lemma);
  return raws.map((raw, k) => ({ raw, pos: tags[k]!, lemma: lemmas[k]!.toLowerCase() }));
}

/** Where a sentence's tokens are among its document's: [first, end). */
export function tokenRange(sentence: ItemSentence): [number, number] {
  const tokens = sentence.tokens();
  const first = tokens.itemAt(0).index();
  return [first, first + tokens.length()];
}

/** A corpus text's sentences as tagged tokens, read with the annotating wink-nlp instance. */
export function taggedSentences(text: string): TaggedToken[][] {
  const doc = annotator().readDoc(text);
  const tokens = taggedTokens(doc);
  const sentences: TaggedToken[][] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    sentences.push(tokens.slice(...tokenRange(sentence)));
  });
  return sentences;
}
