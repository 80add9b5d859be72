/**
 * `npm run load`: sends N signed Slack events (default 2,000) at a fixed concurrency (default 50) over loopback to the
 * real Bolt HTTP receiver, answered by the real engine on the bundled corpus, replying to the test's fake Web API.
 * Reports how many were answered exactly once, lost or duplicated, ack latency, answers per second and memory.
 * Flags: --events N, --concurrency N, --redeliver F (share of events Slack retries, default 0.05), --timeout S.
 */
import { parseArgs } from 'node:util';
import { createSlackBot } from '../adapters/slack/app.ts';
import { loadSlackConfig } from '../adapters/slack/config.ts';
import { engineSettings, loadCoreConfig } from '../src/config.ts';
import { createEngine } from '../src/create-engine.ts';
import { createLogger } from '../src/logger.ts';
import { InFlight } from '../src/reliability/in-flight.ts';
import { BOT, FakeSlackApi } from '../test/slack/fake-slack-api.ts';
import { SIGNING_SECRET, sendEvent } from '../test/slack/signing.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '50' },
    redeliver: { type: 'string', default: '0.05' },
    timeout: { type: 'string', default: '120' },
  },
});
const total = Number(values.events);
const concurrency = Number(values.concurrency);
const redeliverShare = Number(values.redeliver);
const timeoutMs = Number(values.timeout) * 1000;
if (!(total > 0 && total <= 100_000 && concurrency > 0 && concurrency <= 500 && redeliverShare >= 0 && redeliverShare <= 1 && timeoutMs > 0)) {
  throw new Error('expected --events 1..100000, --concurrency 1..500, --redeliver 0..1, --timeout > 0');
}

// Many distinct users at production limits would still hit the global ceiling; the limits are raised so they don't
// shape the figures (the limiter itself still runs on every question).
const core = loadCoreConfig({ RATE_LIMIT_PER_USER: '1000000', RATE_LIMIT_GLOBAL: '1000000' });
const logger = createLogger({ level: 'warn', name: 'load-slack' });
const engine = await createEngine({ ...engineSettings(core), logger });
const api = new FakeSlackApi();
await api.start();
const config = loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-load-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.apiUrl });
const bot = await createSlackBot({ config, engine, logger, reliability: { answerDeadlineMs: core.ANSWER_DEADLINE_MS, inFlight: new InFlight() } });
const port = await bot.start({ port: 0, host: '127.0.0.1' });
const url = `http://127.0.0.1:${port}/slack/events`;

const questions = [...engine.examples, 'Who is Jennifer Lee?', 'What did IBM announce?', 'Which groups can still use Rekognition?', 'What did Microsoft say?'];
const eventOf = (i: number) => ({
  type: 'app_mention', user: `U${String(i % 500).padStart(5, '0')}`, text: `<@${BOT.userId}> ${questions[i % questions.length]}`,
  ts: `1700000000.${String(i).padStart(6, '0')}`, channel: `C${String(i).padStart(7, '0')}`,
});
// Which events Slack "retries" after the first delivery was acked: every k-th one.
const redeliverEvery = redeliverShare > 0 ? Math.max(1, Math.round(1 / redeliverShare)) : Infinity;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const memory = () => process.memoryUsage();
const before = memory();

const acks: number[] = [];
let refusedAcks = 0;
let next = 0;
const started = performance.now();
async function worker(): Promise<void> {
  while (next < total) {
    const i = next++;
    const deliveries = i % redeliverEvery === 0 ? [undefined, 1] : [undefined];
    for (const retryNum of deliveries) {
      const t0 = performance.now();
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
const after = memory();
const sorted = [...acks].sort((a, b) => a - b);
const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

const report = [
  ['events sent', `${total} (+${acks.length - total} redeliveries with X-Slack-Retry-Num) at concurrency ${concurrency}`],
  ['acked 200', `${acks.length - refusedAcks} of ${acks.length}`],
  ['answered exactly once', `${once}`],
  ['lost (no reply)', `${total - counts.size}${outcome === 'timeout' ? ` (gave up after ${values.timeout} s)` : ''}`],
  ['duplicated (2+ replies)', `${duplicated}`],
  ['apologies among replies', `${apologies}`],
  ['ack latency p50 / p99', `${percentile(50).toFixed(1)} ms / ${percentile(99).toFixed(1)} ms`],
  ['answers per second', `${(counts.size / ((answeredAt - started) / 1000)).toFixed(0)} (all sent in ${((sentAt - started) / 1000).toFixed(2)} s, all answered in ${((answeredAt - started) / 1000).toFixed(2)} s)`],
  ['memory before → after (RSS)', `${mb(before.rss)} → ${mb(after.rss)}`],
  ['memory before → after (heap used)', `${mb(before.heapUsed)} → ${mb(after.heapUsed)}`],
];
const width = Math.max(...report.map(([name]) => name!.length));
process.stdout.write(`Slack load over loopback (Bolt HTTP receiver, real engine, fake Web API), Node ${process.version}\n`);
for (const [name, value] of report) process.stdout.write(`  ${name!.padEnd(width)}  ${value}\n`);

await bot.stop();
await api.close();
await engine.close();
process.exitCode = once === total && duplicated === 0 ? 0 : 1;
