import { fileURLToPath } from 'node:url';
import { buildCorpusIndex, type CorpusIndex } from '../../src/corpus-index.ts';
import { titleRule } from '../../src/lexicon/english.ts';
import { paragraphWords } from '../../src/index-build/annotate-pool.ts';
import type { Passage } from '../../src/retrieval/passage.ts';
import { terms } from '../../src/text/analyzer.ts';
import { annotateParagraph, type AnnotatedSentence } from '../../src/text/annotate.ts';

/** Three short made-up articles (a water main break, an acquisition, a ferry strike) for question-analysis tests. */
export const CORE_CORPUS = fileURLToPath(new URL('../fixtures/core-corpus/', import.meta.url));

let built: Promise<CorpusIndex> | undefined;

/** The core fixture corpus's index, built once per test file. */
export function coreIndex(): Promise<CorpusIndex> {
  built ??= buildCorpusIndex(CORE_CORPUS);
  return built;
}

/** As the index decides it, with a word for a person's role, not a famous name ("Mayor", "CEO"), for a title. */
const words = { ...paragraphWords(new Set()), isTitle: titleRule() };

/** Annotates one sentence the way the index does. */
export function annotate(sentence: string): AnnotatedSentence {
  const [first] = annotateParagraph(sentence, words);
  if (!first) throw new Error(`no sentence in ${JSON.stringify(sentence)}`);
  return first;
}

/** A body sentence of an imaginary article, annotated the way the index annotates the corpus's sentences. */
export function passageOf(sentence: string, sourceIndex = 0): Passage {
  const a = annotate(sentence);
  return {
    id: `test#${sourceIndex}-${a.start}`,
    index: 0,
    sourceIndex,
    kind: 'sentence',
    role: 'body',
    text: a.text,
    start: a.start,
    end: a.end,
    paragraph: [a.start, a.end],
    paragraphIndex: 2,
    sentenceIndex: 0,
    terms: terms(a.text),
    values: a.values,
    names: a.names,
    numbers: a.numbers,
    attribution: a.attribution,
    causal: a.causal,
    opensQuote: false,
  };
}
