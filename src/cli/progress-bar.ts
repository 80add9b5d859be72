import type { BuildProgress } from '../corpus-index.ts';

const LABELS = {
  read: 'reading and cleaning articles',
  annotate: 'annotating sentences',
  index: 'indexing passages',
} as const;
const WIDTH = 30;

/**
 * A one-line progress bar for long index builds (minutes at 100,000 articles), redrawn at most every `everyMs` on
 * a terminal, or a line per quarter of each stage elsewhere (a log file would fill with redraws). done() ends it.
 */
export function progressBar(stream: NodeJS.WriteStream, everyMs = 250): BuildProgress & { done(): void } {
  const started = Date.now();
  let stage = '';
  let drawn = 0;
  let quarter = -1;
  const report = (next: keyof typeof LABELS, done: number, total: number): void => {
    const now = Date.now();
    const changed = next !== stage;
    const share = total > 0 ? Math.min(1, done / total) : 0;
    const reached = Math.floor(share * 4);
    if (!(changed || (stream.isTTY ? now - drawn >= everyMs : reached > quarter))) return;
    quarter = reached;
    if (changed && stage && stream.isTTY) stream.write('\n');
    stage = next;
    drawn = now;
    const seconds = ((now - started) / 1000).toFixed(0);
    const bar = '#'.repeat(Math.round(share * WIDTH)).padEnd(WIDTH, '.');
    const line = `[${bar}] ${(share * 100).toFixed(0).padStart(3)}% ${LABELS[next]} (${seconds} s)`;
    if (stream.isTTY) stream.write(`\r${line}`);
    else stream.write(`${line}\n`);
  };
  return Object.assign(report, { done: () => void (stage && stream.isTTY ? stream.write('\n') : undefined) });
}
