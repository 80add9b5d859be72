/** The benchmark's results and their rendering as the Markdown tables the README shows. */

export interface Results {
  machine: { cpus: number; cpu: string; node: string; platform: string; date: string };
  seed: { passages: number; questions: number; asks: number; buildMs: number; p50: number; p95: number; p99: number; firstP50: number; firstP99: number; answersPerSecond: number; rssMb: number; heapMb: number };
  coldStart: { runs: number; cachedMs: number; uncachedMs: number; tsxBinaryMs: number; bareNodeMs: number; bareTsxMs: number };
  scale: Array<{
    built: { size: number; sources: number; passages: number; buildMs: number; cacheBytes: number; vocabularyLoadMs: number; buildRssMb: number };
    loaded: { size: number; loadMs: number; p50: number; p99: number; searchP50: number; searchP99: number; rssMb: number; heapMb: number };
  }>;
  compare: {
    passages: number; questions: number; graded: number;
    ours: { askP50: number; searchP50: number; recallAt5: number; mrr: number };
    engines: Array<{ name: string; analyzer: string; buildMs: number; heapKb: number; queryP50: number; recallAt5: number; mrr: number }>;
  };
}

const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;
const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>): string =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** All results as Markdown tables with a line naming the machine. */
export function renderTables(r: Results): string {
  const { seed, coldStart: c, compare } = r;
  return [
    `Machine: ${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node} (${r.machine.platform}), ${r.machine.date}`,
    '',
    `Seed corpus (${seed.passages} passages; ${seed.questions} eval questions asked ${seed.asks} times)`,
    '',
    table(['build', 'ask p50', 'ask p95', 'ask p99', 'first-time p50 / p99', 'answers/s (1 core)', 'heap', 'RSS'], [[
      `${ms(seed.buildMs)} ms`, `${ms(seed.p50)} ms`, `${ms(seed.p95)} ms`, `${ms(seed.p99)} ms`, `${ms(seed.firstP50)} / ${ms(seed.firstP99)} ms`,
      seed.answersPerSecond.toFixed(0), `${seed.heapMb} MB`, `${seed.rssMb} MB`,
    ]]),
    '',
    `Cold start, process start to first answer (median of ${c.runs})`,
    '',
    table(['CLI (node --import tsx), cached index', 'CLI, no cache', 'CLI via the tsx binary', 'bare node importing the same deps', 'tsx importing the same deps'], [[
      `${ms(c.cachedMs)} ms (${(c.cachedMs / c.bareNodeMs).toFixed(1)}×)`, `${ms(c.uncachedMs)} ms`, `${ms(c.tsxBinaryMs)} ms`, `${ms(c.bareNodeMs)} ms`, `${ms(c.bareTsxMs)} ms`,
    ]]),
    '',
    'Scale (synthetic articles)',
    '',
    table(['articles', 'passages', 'build', 'build RSS', 'cache size', 'cache load', 'ask p50', 'ask p99', 'raw search p50', 'ask ÷ search', 'RSS answering', 'vocabulary load'],
      r.scale.map(({ built: b, loaded: l }) => [
        b.size.toLocaleString('en-US'), b.passages.toLocaleString('en-US'), `${(b.buildMs / 1000).toFixed(1)} s`, `${b.buildRssMb} MB`, `${(b.cacheBytes / 1e6).toFixed(0)} MB`,
        `${(l.loadMs / 1000).toFixed(2)} s`, `${ms(l.p50)} ms`, `${ms(l.p99)} ms`, `${ms(l.searchP50)} ms`, `${(l.p50 / l.searchP50).toFixed(2)}×`, `${l.rssMb} MB`,
        `${ms(b.vocabularyLoadMs)} ms`,
      ])),
    '',
    `Side by side on the seed passages (${compare.passages}) and eval questions (${compare.graded} with evidence): our ask() p50 ${ms(compare.ours.askP50)} ms `
      + `vs raw minisearch search ${ms(compare.ours.searchP50)} ms (${(compare.ours.askP50 / compare.ours.searchP50).toFixed(1)}×); our full ranking recall@5 ${pct(compare.ours.recallAt5)}, MRR ${compare.ours.mrr.toFixed(3)}`,
    '',
    table(['library', 'analyzer', 'build', 'heap', 'query p50', 'recall@5', 'MRR'], compare.engines.map((e) => [
      e.name, e.analyzer, `${ms(e.buildMs)} ms`, `${e.heapKb} KB`, `${ms(e.queryP50)} ms`, pct(e.recallAt5), e.mrr.toFixed(3),
    ])),
  ].join('\n');
}
