/**
 * `npm run load`: sends N signed Slack events (default 2,000) at a fixed concurrency (default 50) over loopback to the
 * real Bolt HTTP receiver, answered by the real engine on the bundled corpus, replying to the test's fake Web API.
 * Reports how many were answered exactly once, lost or duplicated, ack latency, answers per second and memory.
 * Flags: --events N, --concurrency N, --redeliver F (share of events Slack retries, default 0.05), --timeout S,
 * --rate R (events per second, default: as fast as acks come back), --replicas N (default 1: the bot in this
 * process; 2 or more: `npm run slack` processes sharing Redis, REDIS_URL's or a redis-server started here, with each
 * event sent to the next replica and its retry to the one after).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { BOT, FakeSlackApi } from '../test/slack/fake-slack-api.ts';
import { sendEvent } from '../test/slack/signing.ts';
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
const valid = total > 0 && total <= 100_000 && concurrency > 0 && concurrency <= 500 && redeliverShare >= 0
  && redeliverShare <= 1 && timeoutMs > 0 && rate >= 0 && Number.isInteger(replicaCount) && replicaCount >= 1
  && replicaCount <= 8;
if (!valid) {
  throw new Error('expected --events 1..100000, --concurrency 1..500, --redeliver 0..1, --timeout > 0, --rate >= 0, '
    + '--replicas 1..8');
}

const api = new FakeSlackApi();
await api.start();
const target = replicaCount === 1 ? await inProcessTarget(api.apiUrl) : await replicaTarget(api.apiUrl, replicaCount);
const { urls } = target;

const questions = [
  ...target.questions, 'Who is Jennifer Lee?', 'What did IBM announce?', 'Which groups can still use Rekognition?',
  'What did Microsoft say?',
];
const eventOf = (i: number) => ({
  type: 'app_mention', user: `U${String(i % 500).padStart(5, '0')}`,
  text: `<@${BOT.userId}> ${questions[i % questions.length]}`, ts: `1700000000.${String(i).padStart(6, '0')}`,
  channel: `C${String(i).padStart(7, '0')}`,
});
// Which events Slack "retries" after the first delivery was acked: every k-th one.
const redeliverEvery = redeliverShare > 0 ? Math.max(1, Math.round(1 / redeliverShare)) : Infinity;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const before = process.memoryUsage();

const acks: number[] = [];
let refusedAcks = 0;
let next = 0;
const started = performance.now();
async function worker(): Promise<void> {
  while (next < total) {
    const i = next++;
    // At a fixed rate, event i is due i/R seconds in, as Slack delivers a workspace's events: not all at once.
    if (rate > 0) await sleep(Math.max(0, started + (i / rate) * 1000 - performance.now()));
    // A load balancer spreads the events; Slack's retry of one lands on the next replica (itself, if only one).
    const deliveries = i % redeliverEvery === 0 ? [undefined, 1] : [undefined];
    for (const [n, retryNum] of deliveries.entries()) {
      const t0 = performance.now();
      const url = urls[(i + n) % urls.length]!;
      const status = await sendEvent(url, `Ev${i}`, eventOf(i), retryNum === undefined ? {} : { retryNum });
      acks.push(performance.now() - t0);
      if (status !== 200) refusedAcks++;
    }
  }
}
await Promise.all(Array.from({ length: concurrency }, () => worker()));
const sentAt = performance.now();

// Every reply is threaded under its event, so the thread ts names the event it answers.
const repliesPerEvent = (): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const call of api.calls) {
    if (call.method !== 'chat.postMessage' && call.method !== 'chat.postEphemeral') continue;
    const key = `${String(call.args.channel)}/${String(call.args.thread_ts)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
};
const deadline = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
const outcome = await Promise.race([api.until(() => repliesPerEvent().size >= total && 'done'), deadline]);
const answeredAt = performance.now();

const counts = repliesPerEvent();
const once = [...counts.values()].filter((n) => n === 1).length;
const duplicated = [...counts.values()].filter((n) => n > 1).length;
const apologies = api.calls.filter((c) => String(c.args.text ?? '').startsWith('Sorry')).length;
const after = process.memoryUsage();
const sorted = [...acks].sort((a, b) => a - b);
const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const seconds = (ms: number) => (ms / 1000).toFixed(2);

const report = [
  ['replicas', replicaCount === 1 ? '1, in this process' : `${replicaCount} processes sharing Redis`],
  ['events sent', `${total} (+${acks.length - total} redeliveries with X-Slack-Retry-Num) at concurrency `
    + `${concurrency}${rate > 0 ? `, ${rate}/s` : ''}`],
  ['acked 200', `${acks.length - refusedAcks} of ${acks.length}`],
  ['answered exactly once', `${once}`],
  ['lost (no reply)', `${total - counts.size}${outcome === 'timeout' ? ` (gave up after ${values.timeout} s)` : ''}`],
  ['duplicated (2+ replies)', `${duplicated}`],
  ['apologies among replies', `${apologies}`],
  ['ack latency p50 / p99', `${percentile(50).toFixed(1)} ms / ${percentile(99).toFixed(1)} ms`],
  ['answers per second', `${(counts.size / ((answeredAt - started) / 1000)).toFixed(0)} (all sent in `
    + `${seconds(sentAt - started)} s, all answered in ${seconds(answeredAt - started)} s)`],
  // The replicas' memory is their own processes'; this process only sends and counts.
  ...(replicaCount === 1 ? [
    ['memory before → after (RSS)', `${mb(before.rss)} → ${mb(after.rss)}`],
    ['memory before → after (heap used)', `${mb(before.heapUsed)} → ${mb(after.heapUsed)}`],
  ] : []),
];
const width = Math.max(...report.map(([name]) => name!.length));
const title = 'Slack load over loopback (Bolt HTTP receiver, real engine, fake Web API)';
process.stdout.write(`${title}, Node ${process.version}\n`);
for (const [name, value] of report) process.stdout.write(`  ${name!.padEnd(width)}  ${value}\n`);

await target.stop();
await api.close();
process.exitCode = once === total && duplicated === 0 ? 0 : 1;
