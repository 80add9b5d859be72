/**
 * The outside world of `npm run load`, in a worker thread of its own: the fake Slack Web API the bot replies to, and
 * the clients sending it signed events. Kept off the bot's thread so that the bot's acks are timed as Slack would
 * see them, not delayed by the load generator's own work.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { Client } from 'undici';
import { BOT, FakeSlackApi } from '../test/slack/fake-slack-api.ts';
import { eventEnvelope, type SendOptions, signedHeaders } from '../test/slack/signing.ts';

/** What the traffic thread is asked to send. */
export interface TrafficPlan {
  total: number;
  concurrency: number;
  redeliverShare: number;
  timeoutMs: number;
  /** Events per second (0: as fast as acks come back). */
  rate: number;
}

/** Where to send, once the bot is up: one URL per replica, and the questions to ask. */
export interface TrafficTarget {
  urls: string[];
  questions: string[];
}

/** What it measured. */
export interface TrafficReport {
  acks: number[];
  refusedAcks: number;
  answerMs: number[];
  repliesPerEvent: number[];
  busy: number;
  apologies: number;
  sentMs: number;
  answeredMs: number;
  timedOut: boolean;
}

const port = parentPort!;
const plan = workerData as TrafficPlan;
const api = new FakeSlackApi();
await api.start();
port.postMessage({ type: 'api', apiUrl: api.apiUrl });
const { urls, questions } = await new Promise<TrafficTarget>((resolve) => port.once('message', resolve));

const eventOf = (i: number) => ({
  type: 'app_mention',
  user: `U${String(i % 500).padStart(5, '0')}`,
  text: `<@${BOT.userId}> ${questions[i % questions.length]}`,
  ts: `1700000000.${String(i).padStart(6, '0')}`,
  channel: `C${String(i).padStart(7, '0')}`,
});
const keyOf = (channel: unknown, ts: unknown): string => `${String(channel)}/${String(ts)}`;
// Which events Slack "retries" after the first delivery was acked: every k-th one.
const redeliverEvery = plan.redeliverShare > 0 ? Math.max(1, Math.round(1 / plan.redeliverShare)) : Infinity;
const sentAt = new Map<string, number>();
const replies = new Map<string, number>();
const answerMs: number[] = [];
const acks: number[] = [];
let refusedAcks = 0;
let seen = 0;
// Every reply is threaded under its event, so the thread ts names the event it answers.
const collect = (): void => {
  for (; seen < api.calls.length; seen++) {
    const { method, args } = api.calls[seen]!;
    if (method !== 'chat.postMessage' && method !== 'chat.postEphemeral') continue;
    const key = keyOf(args.channel, args.thread_ts);
    replies.set(key, (replies.get(key) ?? 0) + 1);
    const at = sentAt.get(key);
    if (at !== undefined && replies.get(key) === 1) answerMs.push(performance.now() - at);
  }
};
const watcher = setInterval(collect, 2);

// Slack's deliveries, signed as the tests sign them, each sender on keep-alive connections of its own (one per
// replica) through undici: the built-in fetch costs this thread several times the CPU per event, CPU the bot shares
// on the same machine. A Client, not an Agent: undici's pool held a lone sender's next request back (ack p99 ×2-8).
const connections = new Map<string, Client>();
async function sendEvent(
  sender: number,
  url: string,
  eventId: string,
  event: Record<string, unknown>,
  options: SendOptions,
): Promise<number> {
  const { origin, pathname } = new URL(url);
  const key = `${sender} ${origin}`;
  const client = connections.get(key) ?? connections.set(key, new Client(origin)).get(key)!;
  const body = eventEnvelope(eventId, event);
  const headers = signedHeaders(body, 'application/json', options);
  const response = await client.request({ path: pathname, method: 'POST', headers, body });
  await response.body.dump();
  return response.statusCode;
}

let next = 0;
const started = performance.now();
async function sender(c: number): Promise<void> {
  while (next < plan.total) {
    const i = next++;
    // At a fixed rate, event i is due i/R seconds in, as Slack delivers a workspace's events: not all at once.
    if (plan.rate > 0) await sleep(Math.max(0, started + (i / plan.rate) * 1000 - performance.now()));
    const event = eventOf(i);
    // A load balancer spreads the events; Slack's retry of one lands on the next replica (itself, if only one).
    const deliveries = i % redeliverEvery === 0 ? [undefined, 1] : [undefined];
    for (const [n, retryNum] of deliveries.entries()) {
      const t0 = performance.now();
      if (retryNum === undefined) sentAt.set(keyOf(event.channel, event.ts), t0);
      const url = urls[(i + n) % urls.length]!;
      const status = await sendEvent(c, url, `Ev${i}`, event, retryNum === undefined ? {} : { retryNum });
      acks.push(performance.now() - t0);
      if (status !== 200) refusedAcks++;
    }
  }
}
await Promise.all(Array.from({ length: plan.concurrency }, (_, c) => sender(c)));
const sentMs = performance.now() - started;
const deadline = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), plan.timeoutMs).unref());
const outcome = await Promise.race([
  api.until(() => {
    collect();
    return replies.size >= plan.total && 'done';
  }),
  deadline,
]);
clearInterval(watcher);
const texts = api.calls.map((c) => JSON.stringify(c.args.text ?? '') + JSON.stringify(c.args.blocks ?? ''));
port.postMessage({
  type: 'done',
  report: {
    acks,
    refusedAcks,
    answerMs,
    repliesPerEvent: [...replies.values()],
    sentMs,
    answeredMs: performance.now() - started,
    busy: texts.filter((t) => t.includes('busy answering other questions')).length,
    apologies: api.calls.filter((c) => String(c.args.text ?? '').startsWith('Sorry')).length,
    timedOut: outcome === 'timeout',
  } satisfies TrafficReport,
});
await api.close();
await Promise.all([...connections.values()].map((client) => client.close()));
