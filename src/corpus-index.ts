import { describeCoverage, exampleQuestions } from './answer/abstain.ts';
import { loadCorpus } from './corpus/load-corpus.ts';
import type { Source } from './corpus/source.ts';
import { CorpusError } from './errors.ts';
import { englishWords, type CorpusLexicon } from './lexicon/english.ts';
import {
  annotateInWorkers,
  annotateWorkers,
  paragraphWords,
  type WorkerAnnotations,
} from './index-build/annotate-pool.ts';
import {
  appendPassages,
  passageTexts,
  type Passage,
  type PassageWords,
  type SentenceVisitor,
} from './retrieval/passage.ts';
import { SearchIndex } from './retrieval/search-index.ts';
import { noteLemma, Vocabulary, type LemmaTerms } from './retrieval/vocabulary.ts';
import { NameKindVotes, type NameKind } from './text/name-kinds.ts';
import { annotateParagraph, type AnnotatedSentence } from './text/annotate.ts';
import { searchInWorker } from './index-build/search-pool.ts';
import { renewAnnotator } from './text/nlp.ts';

/** Everything answering needs, built once from the corpus. */
export interface CorpusIndex {
  sources: Source[];
  passages: Passage[];
  search: SearchIndex;
  vocabulary: Vocabulary;
  /** English word knowledge, its expansions restricted to this corpus's words. */
  lexicon: CorpusLexicon;
  /** What each of the corpus's names (lowercased) names: a person, an organization, a place. */
  nameKinds: Map<string, NameKind>;
  /** One sentence saying what the coverage is, for abstentions and help. */
  coverage: string;
  examples: string[];
  warnings: string[];
}

/** Reports a build's progress: which stage, and how many of the corpus's sources it has done. */
export type BuildProgress = (stage: 'read' | 'annotate' | 'index', done: number, total: number) => void;

/** The words the corpus writes in lower case somewhere: common words, even when a title capitalizes them. */
function lowercaseWords(sources: readonly Source[]): Set<string> {
  const found = new Set<string>();
  for (const source of sources) for (const [word] of source.text.matchAll(/\b\p{Ll}[\p{L}'’-]*/gu)) found.add(word);
  return found;
}

/**
 * How the build annotates each source's headline and paragraphs: a large corpus in worker threads (the NLP is most
 * of the build's time), a small one on this thread. Either way each paragraph is annotated the same.
 */
function annotator(
  sources: readonly Source[],
  lowercase: ReadonlySet<string>,
  annotated: (done: number) => void,
): WorkerAnnotations {
  const workers = annotateWorkers(sources.length);
  if (workers === 0) {
    const words = paragraphWords(lowercase);
    const annotate = (source: number): AnnotatedSentence[][] =>
      passageTexts(sources[source]!).map((text) => annotateParagraph(text, words));
    return { of: async (source) => annotate(source), close: async () => {} };
  }
  return annotateInWorkers(sources, lowercase, workers, annotated);
}

/** Loads the corpus directory and builds passages, the search index, the vocabulary and the lexicon. */
export async function buildCorpusIndex(corpusDir: string, progress?: BuildProgress): Promise<CorpusIndex> {
  progress?.('read', 0, 1);
  renewAnnotator();
  const { sources, warnings, examples, aliases } = await loadCorpus(corpusDir);
  if (sources.length === 0) {
    const why = warnings.length ? ` (${warnings.length} file(s) skipped: ${warnings.join('; ')})` : '';
    throw new CorpusError(
      'CORPUS_EMPTY',
      `No readable articles in ${corpusDir}${why}; add .txt or .md articles there, ` +
        'or point CORPUS_DIR at a corpus',
    );
  }
  const english = englishWords();
  const lemmaTerms: LemmaTerms = new Map();
  const votes = new NameKindVotes(english);
  const lexicon = english.builder();
  // Each passage's words, split once for its terms and kept for the vocabulary's and the search index's counts.
  const split: Array<readonly string[]> = [];
  const wordsOf: PassageWords = (passage) => split[passage.index]!;
  const visit: SentenceVisitor = (tokens, passage, words) => {
    split[passage.index] = words;
    for (const token of tokens) noteLemma(lemmaTerms, token);
    votes.observe(tokens, passage.names);
    lexicon.addSentence(tokens, passage.names);
  };
  let annotated = 0;
  const annotations = annotator(sources, lowercaseWords(sources), (done) => {
    annotated = done;
    progress?.('annotate', done, sources.length);
  });
  const passages: Passage[] = [];
  try {
    // Source by source as the annotations come back: passages are built while the workers annotate the rest (the
    // progress shows the annotation, then the passages left once it is done).
    for (const [sourceIndex, source] of sources.entries()) {
      appendPassages(passages, source, sourceIndex, await annotations.of(sourceIndex), visit);
      if (annotated === 0 || annotated === sources.length) progress?.('index', sourceIndex + 1, sources.length);
    }
  } finally {
    await annotations.close();
  }
  // A large corpus's search index is built beside the vocabulary and the lexicon, on a core left idle otherwise.
  const searched = annotateWorkers(sources.length) > 0 ? searchInWorker(sources, passages, wordsOf) : undefined;
  lexicon.addAliases(aliases);
  const vocabulary = new Vocabulary(sources, passages, { lemmaTerms, wordsOf });
  // Built before the search index is awaited, so that both threads work at once.
  const built = { lexicon: lexicon.build(), nameKinds: votes.settle(), coverage: describeCoverage(sources) };
  const frequency = (term: string): number => vocabulary.frequency(term);
  return {
    sources,
    passages,
    warnings,
    search: new SearchIndex(sources, passages, frequency, (await searched) ?? wordsOf),
    vocabulary,
    ...built,
    examples: exampleQuestions(examples, passages),
  };
}
