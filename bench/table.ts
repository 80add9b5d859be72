/** The benchmark's results and their rendering as the Markdown tables the README shows. */
import type { CliResult } from './cli-scale.ts';
import type { Latencies } from './measure.ts';
import type { PeerResult } from './peer.ts';
import type { BuildResult, LoadResult } from './scale.ts';

export interface Results {
  machine: { cpus: number; cpu: string; node: string; platform: string; date: string; loadAverage: number };
  seed: {
    passages: number;
    questions: number;
    asks: number;
    buildMs: number;
    p50: number;
    p95: number;
    p99: number;
    firstP50: number;
    firstP99: number;
    answersPerSecond: number;
    rssMb: number;
    heapMb: number;
  };
  coldStart: {
    runs: number;
    cachedMs: number;
    bundleMs: number;
    unbundledMs: number;
    uncachedMs: number;
    minisearchScriptMs: number;
    tsxSourceMs: number;
    bareNodeMs: number;
    ratio: number;
  };
  scale: Array<{ built: BuildResult; loaded: LoadResult; peers: PeerResult[]; cli: CliResult }>;
  compare: {
    passages: number;
    questions: number;
    graded: number;
    ours: { askP50: number; searchP50: number; recallAt5: number; mrr: number };
    engines: Array<{
      name: string;
      analyzer: string;
      buildMs: number;
      heapKb: number;
      queryP50: number;
      recallAt5: number;
      mrr: number;
    }>;
  };
}

// A part that did not finish has no figures (NaN): shown as a dash.
const DASH = '–';
const ms = (n: number): string =>
  !Number.isFinite(n) ? DASH : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
const s = (n: number): string => (Number.isFinite(n) ? `${(n / 1000).toFixed(1)} s` : DASH);
const pct = (n: number): string => (Number.isFinite(n) ? `${(n * 100).toFixed(1)}%` : DASH);
const mb = (n: number): string => (Number.isFinite(n) ? `${n} MB` : DASH);
const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>): string =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const withMs = (n: number): string => (Number.isFinite(n) ? `${ms(n)} ms` : DASH);
const spread = (l: Latencies): string[] => [withMs(l.p50), withMs(l.p90), withMs(l.p99), withMs(l.max)];

function scaleTables({ built: b, loaded: l, peers, cli }: Results['scale'][number]): string {
  const n = b.size.toLocaleString('en-US');
  return [
    `${n} synthetic articles (${b.passages.toLocaleString('en-US')} passages; ${l.questions} generated questions, ` +
      `cache ${(b.cacheBytes / 1e6).toFixed(0)} MB)`,
    '',
    table(
      ['engine', 'build', 'cache load', 'p50', 'p90', 'p99', 'max', 'recall@5', 'peak RSS'],
      [
        [
          'ours: ask() (answer, with suggestions)',
          `${s(b.buildMs)} (CPU ${s(b.cpuMs)})`,
          s(l.loadMs),
          ...spread(l),
          pct(l.recallAt5),
          `${l.peakRssMb} MB (build ${b.peakRssMb} MB)`,
        ],
        ['ours: search only', '', '', ...spread(l.search), pct(l.searchRecallAt5), ''],
        ...peers.map((p) => [p.name, s(p.buildMs), '', ...spread(p), pct(p.recallAt5), mb(p.peakRssMb)]),
      ],
    ),
    '',
    `From outside (\`npm run ask\`'s \`scripts/ask.sh\`, CORPUS_DIR at the ${n} articles): ` +
      `first run with an empty cache ${s(cli.firstRunMs)} (peak RSS ${cli.firstRunRssMb} MB); ` +
      `start from the cache plus one question ${s(cli.cachedOneMs)}; ` +
      `${cli.questions} questions on stdin ${ms(cli.meanPerQuestionMs)} ms each on average ` +
      `(peak RSS ${cli.stdinRssMb} MB).`,
  ].join('\n');
}

const minisearchP50 = (c: Results['compare']): number =>
  c.engines.find((e) => e.name === 'minisearch')?.queryP50 ?? NaN;

/** All results as Markdown tables with a line naming the machine. */
export function renderTables(r: Results): string {
  const { seed, coldStart: c, compare } = r;
  const { ours } = compare;
  return [
    `Machine: ${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node} (${r.machine.platform}), ${r.machine.date}, ` +
      `load average ${r.machine.loadAverage} at the end`,
    '',
    `Bundled corpus (${seed.passages} passages; ${seed.questions} eval questions asked ${seed.asks} times)`,
    '',
    table(
      ['build', 'ask p50', 'ask p95', 'ask p99', 'first-time p50 / p99', 'answers/s (1 core)', 'heap', 'RSS'],
      [
        [
          `${ms(seed.buildMs)} ms`,
          `${ms(seed.p50)} ms`,
          `${ms(seed.p95)} ms`,
          `${ms(seed.p99)} ms`,
          `${ms(seed.firstP50)} / ${ms(seed.firstP99)} ms`,
          seed.answersPerSecond.toFixed(0),
          `${seed.heapMb} MB`,
          `${seed.rssMb} MB`,
        ],
      ],
    ),
    '',
    `Cold start, process start to first answer (median of ${c.runs}, commands taking turns)`,
    '',
    table(
      [
        '`npm run ask` (its snapshot)',
        'its bundle, cached index',
        'the same unbundled',
        'CLI compiled, no cache',
        '30-line minisearch script',
        'CLI from source (tsx)',
        'bare node importing the deps',
      ],
      [
        [
          `${ms(c.cachedMs)} ms (${c.ratio.toFixed(1)}× the script)`,
          `${ms(c.bundleMs)} ms`,
          `${ms(c.unbundledMs)} ms`,
          `${ms(c.uncachedMs)} ms`,
          `${ms(c.minisearchScriptMs)} ms`,
          `${ms(c.tsxSourceMs)} ms`,
          `${ms(c.bareNodeMs)} ms`,
        ],
      ],
    ),
    '',
    ...r.scale.flatMap((size) => [scaleTables(size), '']),
    `Side by side on the bundled passages (${compare.passages}) and eval questions (${compare.graded} with evidence): ` +
      `our ask() p50 ${ms(ours.askP50)} ms, ${(ours.askP50 / minisearchP50(compare)).toFixed(1)}× a raw ` +
      `minisearch search (${ms(minisearchP50(compare))} ms) and ${(ours.askP50 / ours.searchP50).toFixed(1)}× ` +
      `our search alone; our full ranking recall@5 ${pct(ours.recallAt5)}, MRR ${ours.mrr.toFixed(3)}`,
    '',
    table(
      ['library', 'analyzer', 'build', 'heap', 'query p50', 'recall@5', 'MRR'],
      compare.engines.map((e) => [
        e.name,
        e.analyzer,
        `${ms(e.buildMs)} ms`,
        `${e.heapKb} KB`,
        `${ms(e.queryP50)} ms`,
        pct(e.recallAt5),
        e.mrr.toFixed(3),
      ]),
    ),
  ].join('\n');
}
