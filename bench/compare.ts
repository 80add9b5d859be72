/**
 * Side by side on the seed corpus's passages and the eval questions: our full ask() and our search alone, then
 * minisearch, lunr, flexsearch and Orama (their own text analysis, and fed our analyzer's terms): build time, memory,
 * query latency, and retrieval recall@5 / MRR against the eval set's evidence.
 */
import { analyzeFor, rankFor } from '../src/answer/answer-question.ts';
import { searchTerms } from '../src/answer/search-terms.ts';
import { buildCorpusIndex } from '../src/corpus-index.ts';
import { engineFromIndex } from '../src/create-engine.ts';
import { normalize } from '../src/eval/evaluate.ts';
import { SearchIndex } from '../src/retrieval/search-index.ts';
import { flexsearchContender, lunrContender, minisearchContender, oramaContender, type Contender } from './engines.ts';
import { evalItems, median, report, SEED_CORPUS } from './measure.ts';

// At 110 passages an index is tens of kilobytes: measured in KB after a full collection.
const heapKb = (): number => {
  globalThis.gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1024);
};

const REPEAT = 30;
const index = await buildCorpusIndex(SEED_CORPUS);
const items = await evalItems();
const questions = items.map((i) => i.question);
type Graded = Extract<(typeof items)[number], { expect: 'answer' }>;
const graded = items.filter((i) => i.expect === 'answer' && i.evidence.length > 0) as Graded[];
const relevant = (item: (typeof graded)[number], passage: number): boolean =>
  item.evidence.some((e) => normalize(index.passages[passage]!.text).includes(normalize(e)));

/** recall@5 and MRR (first relevant passage in the top 20) of a ranking function over the graded questions. */
async function retrieval(
  ranking: (item: Graded) => number[] | Promise<number[]>,
): Promise<{ recallAt5: number; mrr: number }> {
  let hits = 0;
  let reciprocal = 0;
  for (const item of graded) {
    const at = (await ranking(item)).slice(0, 20).findIndex((p) => relevant(item, p));
    if (at >= 0 && at < 5) hits++;
    if (at >= 0) reciprocal += 1 / (at + 1);
  }
  return { recallAt5: hits / graded.length, mrr: reciprocal / graded.length };
}

async function latency(run: (question: string) => unknown): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < REPEAT; r++) {
    for (const q of questions) {
      const t = performance.now();
      await run(q);
      if (r > 0) times.push(performance.now() - t);
    }
  }
  return median(times);
}

const query = (q: string): Map<string, number> => searchTerms(index, analyzeFor(index, q));
const analyzedQuery = (q: string): string => [...query(q).keys()].join(' ');
const engine = engineFromIndex(index);
const ours = {
  askP50: await latency((q) => engine.ask(q)),
  searchP50: await latency((q) => index.search.search(query(q), 60)),
  ...(await retrieval((item) => rankFor(index, item.question).map((c) => c.passage.index))),
};
const before = heapKb();
let t = performance.now();
const rebuilt = new SearchIndex(index.sources, index.passages, (term) => index.vocabulary.frequency(term));
const searchBuildMs = performance.now() - t;
const oursSearch = {
  name: 'ours (search only)',
  analyzer: 'ours',
  buildMs: searchBuildMs,
  heapKb: heapKb() - before,
  queryP50: ours.searchP50,
  ...(await retrieval((item) => rebuilt.search(query(item.question), 20).map((h) => h.index))),
};

const others = [];
for (const analyzed of [false, true]) {
  for (const make of [minisearchContender, lunrContender, flexsearchContender, oramaContender]) {
    if (make === minisearchContender && analyzed) continue;
    const contender: Contender = make(analyzed);
    const texts = index.passages.map((p) => (analyzed ? p.terms.join(' ') : p.text));
    const heapBefore = heapKb();
    t = performance.now();
    await contender.build(texts);
    const buildMs = performance.now() - t;
    const kb = heapKb() - heapBefore;
    const asQuery = (q: string): string => (analyzed ? analyzedQuery(q) : q);
    others.push({
      name: contender.name,
      analyzer: analyzed ? 'ours' : 'default',
      buildMs,
      heapKb: kb,
      queryP50: await latency((q) => contender.query(asQuery(q), 20)),
      ...(await retrieval((item) => contender.query(asQuery(item.question), 20))),
    });
  }
}
report({
  passages: index.passages.length,
  questions: questions.length,
  graded: graded.length,
  ours,
  engines: [oursSearch, ...others],
});
