/**
 * `npm run load`: sends N signed Slack events (default 2,000) at a fixed concurrency (default 50) over loopback to the
 * real Bolt HTTP receiver, answered by the real engine in its worker thread (as `npm run slack` runs it) on the
 * bundled corpus. The fake Web API the bot replies to and the clients sending events run in a worker thread of their
 * own (scripts/load-slack-traffic.ts), as Slack is another machine. Reports how many events were answered exactly
 * once, lost or duplicated, ack and answer latency, busy replies, answers per second and memory.
 * Flags: --events N, --concurrency N, --redeliver F (share of events Slack retries, default 0.05), --timeout S,
 * --rate R (events per second, default: as fast as acks come back), --replicas N (default 1: the bot in this
 * process; 2 or more: `npm run slack` processes sharing Redis, REDIS_URL's or a redis-server started here, with each
 * event sent to the next replica and its retry to the one after).
 */
import { parseArgs } from 'node:util';
import { loadCoreConfig } from '../src/config.ts';
import { startWorker, workerModule } from '../src/threads/start-worker.ts';
import type { TrafficPlan, TrafficReport, TrafficTarget } from './load-slack-traffic.ts';
import { inProcessTarget, replicaTarget } from './load-targets.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '50' },
    redeliver: { type: 'string', default: '0.05' },
    timeout: { type: 'string', default: '120' },
    rate: { type: 'string', default: '0' },
    replicas: { type: 'string', default: '1' },
  },
});
const total = Number(values.events);
const concurrency = Number(values.concurrency);
const redeliverShare = Number(values.redeliver);
const timeoutMs = Number(values.timeout) * 1000;
const rate = Number(values.rate);
const replicaCount = Number(values.replicas);
const valid =
  total > 0 &&
  total <= 100_000 &&
  concurrency > 0 &&
  concurrency <= 500 &&
  redeliverShare >= 0 &&
  redeliverShare <= 1 &&
  timeoutMs > 0 &&
  rate >= 0 &&
  Number.isInteger(replicaCount) &&
  replicaCount >= 1 &&
  replicaCount <= 8;
if (!valid) {
  throw new Error(
    'expected --events 1..100000, --concurrency 1..500, --redeliver 0..1, --timeout > 0, --rate >= 0, ' +
      '--replicas 1..8',
  );
}

const traffic = startWorker(workerModule('load-slack-traffic', import.meta.url), {
  workerData: { total, concurrency, redeliverShare, timeoutMs, rate } satisfies TrafficPlan,
});
const messages: Array<(m: { apiUrl?: string; report?: TrafficReport }) => void> = [];
traffic.on('message', (m) => messages.shift()?.(m));
const next = (): Promise<{ apiUrl?: string; report?: TrafficReport }> =>
  new Promise((resolve) => messages.push(resolve));
const { apiUrl } = await next();
const target = replicaCount === 1 ? await inProcessTarget(apiUrl!) : await replicaTarget(apiUrl!, replicaCount);
const questions = [
  ...target.questions,
  'Who is Jennifer Lee?',
  'What did IBM announce?',
  'Which groups can still use Rekognition?',
  'What did Microsoft say?',
];
const before = process.memoryUsage();
traffic.postMessage({ urls: target.urls, questions } satisfies TrafficTarget);
const r = (await next()).report!;
const after = process.memoryUsage();

const percentile = (list: readonly number[], p: number): number => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const once = r.repliesPerEvent.filter((n) => n === 1).length;
const duplicated = r.repliesPerEvent.filter((n) => n > 1).length;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (list: readonly number[]) => `${percentile(list, 50).toFixed(1)} ms / ${percentile(list, 99).toFixed(1)} ms`;
const core = loadCoreConfig();
const report = [
  ['replicas', replicaCount === 1 ? '1, in this process' : `${replicaCount} processes sharing Redis`],
  [
    'events sent',
    `${total} (+${r.acks.length - total} redeliveries with X-Slack-Retry-Num) at concurrency ` +
      `${concurrency}${rate > 0 ? `, ${rate}/s` : ''}`,
  ],
  ['acked 200', `${r.acks.length - r.refusedAcks} of ${r.acks.length}`],
  ['answered exactly once', `${once}`],
  ['lost (no reply)', `${total - r.repliesPerEvent.length}${r.timedOut ? ` (gave up after ${values.timeout} s)` : ''}`],
  ['duplicated (2+ replies)', `${duplicated}`],
  ['busy replies (queue full)', `${r.busy} (queue ${core.ANSWER_QUEUE_MAX}, ${core.ENGINE_WORKERS} worker(s) each)`],
  ['apologies among replies', `${r.apologies}`],
  ['ack latency p50 / p99', ms(r.acks)],
  ['answer latency p50 / p99', `${ms(r.answerMs)} (event sent to reply posted)`],
  [
    'answers per second',
    `${(r.repliesPerEvent.length / (r.answeredMs / 1000)).toFixed(0)} ` +
      `(all sent in ${(r.sentMs / 1000).toFixed(2)} s, all answered in ${(r.answeredMs / 1000).toFixed(2)} s)`,
  ],
  // The replicas' memory is their own processes'; this process then only starts them.
  ...(replicaCount === 1
    ? [
        ['memory before → after (RSS, whole process)', `${mb(before.rss)} → ${mb(after.rss)}`],
        ['memory before → after (bot thread heap used)', `${mb(before.heapUsed)} → ${mb(after.heapUsed)}`],
      ]
    : []),
];
const width = Math.max(...report.map(([name]) => name!.length));
process.stdout.write(
  'Slack load over loopback (Bolt HTTP receiver, engine in worker threads, fake Web API and ' +
    `senders in a thread of their own), Node ${process.version}\n`,
);
for (const [name, value] of report) process.stdout.write(`  ${name!.padEnd(width)}  ${value}\n`);

await target.stop();
await traffic.terminate();
process.exitCode = once === total && duplicated === 0 ? 0 : 1;
