import { exampleQuestions, describeCoverage } from './answer/abstain.ts';
import { loadCorpus } from './corpus/load-corpus.ts';
import type { Source } from './corpus/source.ts';
import { CorpusError } from './errors.ts';
import { buildPassages, type Passage } from './retrieval/passage.ts';
import { SearchIndex } from './retrieval/search-index.ts';
import { Vocabulary } from './retrieval/vocabulary.ts';

/** Everything answering needs, built once from the corpus. */
export interface CorpusIndex {
  sources: Source[];
  passages: Passage[];
  search: SearchIndex;
  vocabulary: Vocabulary;
  /** One sentence saying what the coverage is, for abstentions and help. */
  coverage: string;
  examples: string[];
  warnings: string[];
}

/** Loads the corpus directory and builds passages, the search index and the vocabulary. */
export async function buildCorpusIndex(corpusDir: string): Promise<CorpusIndex> {
  const { sources, warnings, examples } = await loadCorpus(corpusDir);
  if (sources.length === 0) {
    const why = warnings.length ? ` (${warnings.length} file(s) skipped: ${warnings.join('; ')})` : '';
    throw new CorpusError('CORPUS_EMPTY', `No readable articles in ${corpusDir}${why}; add .txt or .md articles there, or point CORPUS_DIR at a corpus`);
  }
  const passages = buildPassages(sources);
  return {
    sources, passages, warnings,
    search: new SearchIndex(sources, passages),
    vocabulary: new Vocabulary(sources, passages),
    coverage: describeCoverage(sources),
    examples: exampleQuestions(examples, passages),
  };
}
