/**
 * One search library over a synthetic corpus's passages, in its own process: `peer.ts NAME N` builds it over the
 * passages `scale.ts build N` wrote, asks the generated questions (with its own text analysis), and reports build
 * time, query latency, recall@5 and peak memory, as scale.ts does for ours.
 */
import { readFile } from 'node:fs/promises';
import { flexsearchContender, lunrContender, minisearchContender, oramaContender, type Contender } from './engines.ts';
import { latencies, passagesFile, peakRssMb, questionsFile, recallAt5, report, type Latencies } from './measure.ts';
import type { BenchQuestion } from './questions.ts';

/** What a peer reports. */
export interface PeerResult extends Latencies {
  name: string;
  buildMs: number;
  recallAt5: number;
  peakRssMb: number;
}

const MAKERS: Record<string, () => Contender> = {
  minisearch: minisearchContender,
  lunr: () => lunrContender(false),
  flexsearch: () => flexsearchContender(false),
  orama: () => oramaContender(false),
};
const [name, size] = [process.argv[2]!, Number(process.argv[3])];
const make = MAKERS[name];
if (!make) throw new Error(`unknown peer ${name}; one of ${Object.keys(MAKERS).join(', ')}`);
const texts = JSON.parse(await readFile(passagesFile(size), 'utf8')) as string[];
const questions = JSON.parse(await readFile(questionsFile(size), 'utf8')) as BenchQuestion[];
const contender = make();
const t0 = performance.now();
await contender.build(texts);
const buildMs = performance.now() - t0;
const ranked = new Map<string, number[]>();
const timed = await latencies(questions, async (q) => ranked.set(q.question, await contender.query(q.question, 5)));
const graded = questions.filter((q) => q.relevant.length > 0);
const recall = recallAt5(graded, (q) => ranked.get(q.question) ?? []);
report({ name: contender.name, buildMs, ...timed, recallAt5: recall, peakRssMb: peakRssMb() } satisfies PeerResult);
