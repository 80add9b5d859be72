import winkNLP, { type Document, type ItemToken, type WinkMethods } from 'wink-nlp';
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
// wink gives some tokens no lemma ("cannot" before a full stop, which it leaves unsplit): they are their own.
/** A token's lemma (base form) as wink-nlp gives it, lowercased: "employees" → "employee", "bought" → "buy". */
export function lemmaOf(token: ItemToken): string {
  const lemma = (token.out as (f: unknown) => unknown)(nlp().its.lemma);
  return (typeof lemma === 'string' ? lemma : token.out()).toLowerCase();
}

/** A token as wink-nlp tags it: its text, universal part of speech and lowercased lemma. */
export interface TaggedToken {
  raw: string;
  pos: string;
  lemma: string;
}

/** A document's tokens and sentences as columns: each token's text, part of speech and lowercased lemma. */
export interface DocumentColumns {
  raws: string[];
  tags: string[];
  lemmas: string[];
  /** Each sentence's text as wink writes it, and where its tokens are among the document's: [first, end). */
  sentences: Array<{ text: string; first: number; end: number }>;
}

/**
 * A corpus document's tokens and sentences, read a field at a time for the whole document: a wink item per token
 * and per field was a fifth of annotating a corpus, and items per sentence still showed in its profile.
 */
export function documentColumns(doc: Document): DocumentColumns {
  const its = annotator().its;
  const all = doc.tokens();
  const lemmas = (all.out as (f: unknown) => Array<string | undefined>)(its.lemma);
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const texts = doc.sentences().out();
  const raws = all.out();
  return {
    raws,
    tags: all.out(its.pos) as string[],
    lemmas: lemmas.map((lemma, k) => (lemma ?? raws[k]!).toLowerCase()),
    sentences: spans.map(([first, last], k) => ({ text: texts[k]!, first, end: last + 1 })),
  };
}

/** A corpus text's sentences as tagged tokens, read with the annotating wink-nlp instance. */
export function taggedSentences(text: string): TaggedToken[][] {
  const { raws, tags, lemmas, sentences } = documentColumns(annotator().readDoc(text));
  return sentences.map(({ first, end }) =>
    raws.slice(first, end).map((raw, k) => ({ raw, pos: tags[first + k]!, lemma: lemmas[first + k]! })),
  );
}
