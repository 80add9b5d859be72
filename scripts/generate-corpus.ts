/**
 * Writes a deterministic, news-like synthetic corpus for benchmarks: stories covered by several outlets with
 * recombined sentence patterns, so passages are near-duplicates and share vocabulary the way an archive's do.
 * Usage: node --import tsx scripts/generate-corpus.ts [--count 1000] [--seed 42] [--out bench/corpus/1000] (--help)
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  FIRST_NAMES,
  GENERIC,
  LAST_NAMES,
  LEAD_INS,
  ORGANIZATIONS,
  OUTLETS,
  PLACES,
  ROLES,
  TOPICS,
  type Topic,
} from './corpus-vocabulary.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../src/text/calendar.ts';

const MONTHS = MONTH_NAMES;
// Weekdays only: news is dated Monday to Friday here.
const WEEKDAYS = WEEKDAY_NAMES.slice(1, 6);

/** A small seeded PRNG (mulberry32): the same seed always writes the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** One news event that several outlets may cover: its facts are fixed, so their articles agree (mostly). */
interface Story {
  topic: Topic;
  slots: Record<string, string>;
  date: Date;
}

function newStory(random: Random): Story {
  const topic = pick(random, TOPICS);
  const person = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
  const date = new Date(Date.UTC(between(random, 2015, 2024), between(random, 0, 11), between(random, 1, 28)));
  const slots: Record<string, string> = {
    person,
    role: pick(random, ROLES),
    org: pick(random, ORGANIZATIONS),
    place: pick(random, PLACES),
    place2: pick(random, PLACES),
    action: pick(random, topic.actions),
    thing: topic.thing,
    money: `$${between(random, 2, 900)} million`,
    percent: `${between(random, 2, 95)} percent`,
    count: between(random, 12, 40_000).toLocaleString('en-US'),
    weeks: String(between(random, 2, 11)),
    years: String(between(random, 2, 30)),
    votes: `${between(random, 5, 8)}-${between(random, 1, 4)}`,
    month: pick(random, MONTHS),
    day: String(between(random, 1, 28)),
    year: String(date.getUTCFullYear() + between(random, 0, 1)),
    weekday: pick(random, WEEKDAYS),
  };
  return { topic, slots, date };
}

// "{anyorg}" and the like are drawn anew each time: background detail that varies between articles.
function freshSlot(kind: string, random: Random): string {
  if (kind === 'person') return `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
  if (kind === 'org') return pick(random, ORGANIZATIONS);
  if (kind === 'place') return pick(random, PLACES);
  if (kind === 'percent') return `${between(random, 2, 95)} percent`;
  if (kind === 'money') return `$${between(random, 1, 90)}.${between(random, 1, 9)} million`;
  return between(random, 20, 9000).toLocaleString('en-US');
}

// Each article re-draws a few slots (another quoted person, a rounded figure), as different outlets do.
function fill(template: string, slots: Record<string, string>, random: Random): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const lower = key.toLowerCase();
    let value = lower.startsWith('any') ? freshSlot(lower.slice(3), random) : (slots[lower] ?? key);
    if (lower === 'person' && random() < 0.3) value = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
    if (lower === 'count' && random() < 0.2) value = `more than ${value}`;
    return key[0] === key[0]!.toUpperCase() ? capitalize(value) : value;
  });
}

function paragraphsOf(story: Story, random: Random): string[] {
  // 10–40 sentences of ~20 words: 200–800 words, the usual range of a news story. No pattern repeats in one article.
  const pool = [...story.topic.facts, ...GENERIC]
    .map((t) => ({ t, r: random() }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.t);
  const facts = story.topic.facts.filter(() => random() < 0.8);
  const order = [...facts, ...pool.filter((t) => !facts.includes(t))].slice(0, between(random, 10, 40));
  const paragraphs: string[] = [];
  const current: string[] = [];
  for (const template of order) {
    const leadIn = pick(random, LEAD_INS);
    const opening = leadIn ? template.charAt(0).toLowerCase() + template.slice(1) : template;
    const sentence = fill(`${leadIn}${opening}`, story.slots, random);
    current.push(sentence);
    if (current.length >= between(random, 1, 3)) paragraphs.push(current.splice(0).join(' '));
  }
  if (current.length) paragraphs.push(current.join(' '));
  return paragraphs;
}

const FURNITURE = [
  'Skip to main content',
  'Advertisement',
  'Share this article',
  "Sign up for our newsletter to get the day's top stories.",
];

/** One article as file text, with its name; some carry front matter, some a dateline, some page furniture. */
function article(story: Story, n: number, random: Random): { name: string; text: string; manifest: string | null } {
  const [outlet, domain] = pick(random, OUTLETS);
  const iso = story.date.toISOString().slice(0, 10);
  const title = fill(pick(random, story.topic.headlines), story.slots, random);
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
  const url = `https://www.${domain}/news/${iso.replaceAll('-', '/')}/${slug}`;
  const body = paragraphsOf(story, random);
  const furnished = random() < 0.3;
  if (furnished) {
    body.unshift(pick(random, FURNITURE), title);
    body.push(`Support independent journalism: become a member of ${outlet} today.`);
  }
  const style = random();
  const base = `${domain.split('.')[0]}-${iso}-${String(n).padStart(6, '0')}`;
  if (style < 0.4) {
    const hour = String(between(random, 6, 22)).padStart(2, '0');
    const front = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `publishedDateTime: ${iso}T${hour}:00:00Z`,
      `webUrl: ${JSON.stringify(url)}`,
      'provider:',
      `  name: ${JSON.stringify(outlet)}`,
      `  domain: ${domain}`,
      '---',
      '',
    ];
    return { name: `${base}.md`, text: `${front.join('\n')}${body.join('\n\n')}\n`, manifest: null };
  }
  if (style < 0.65) {
    const entry =
      `  ${base}.txt:\n    outlet: ${JSON.stringify(outlet)}\n    title: ${JSON.stringify(title)}\n` +
      `    published: ${iso}\n    url: ${JSON.stringify(url)}\n`;
    return { name: `${base}.txt`, text: `${body.join('\n\n')}\n`, manifest: entry };
  }
  const { date } = story;
  const posted = `Posted on ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  return { name: `${base}.txt`, text: `${title}\n\n${posted}\n\n${body.join('\n\n')}\n`, manifest: null };
}

/** Writes `count` articles (and a manifest) into `dir`, replacing what was there; returns the bytes written. */
export async function generateCorpus(dir: string, count: number, seed = 42): Promise<{ files: number; bytes: number }> {
  const random = seededRandom(seed);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const manifest: string[] = [];
  let bytes = 0;
  let story = newStory(random);
  for (let n = 0; n < count; n++) {
    // About 2.5 articles per story: enough overlap for near-duplicates, enough stories for a varied index.
    if (n > 0 && random() < 0.4) story = newStory(random);
    const { name, text, manifest: entry } = article(story, n, random);
    if (entry) manifest.push(entry);
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, name), text);
  }
  const examples = ['How much did the City Council approve?', 'When will the bridge reopen?']
    .map((q) => `  - ${JSON.stringify(q)}`)
    .join('\n');
  await writeFile(join(dir, 'manifest.yaml'), `files:\n${manifest.join('')}examples:\n${examples}\n`);
  return { files: count + 1, bytes };
}

const USAGE = `Usage: node --import tsx scripts/generate-corpus.ts [--count N] [--seed S] [--out DIR]
Writes N synthetic news articles (default 1000) and a manifest into DIR (default bench/corpus/N), replacing a
corpus generated there before. The same seed (default 42) always writes the same articles.`;

/** Reads the command line; a bad or unknown option prints the usage and exits 2, --help prints it and exits 0. */
function commandLine(): { count: number; seed: number; out: string } {
  let values: { count?: string; seed?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        count: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const count = Number(values.count ?? '1000');
  const seed = Number(values.seed ?? '42');
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    const problem = '--count must be a whole number of articles (at least 1) and --seed a whole number';
    process.stderr.write(`${problem}\n${USAGE}\n`);
    process.exit(2);
  }
  return { count, seed, out: values.out ?? `bench/corpus/${count}` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { count, seed, out } = commandLine();
  // The folder is emptied first: never one that holds anything but a corpus generated before.
  const entries = await readdir(out).catch((): string[] => []);
  if (entries.length > 0 && !entries.includes('manifest.yaml')) {
    process.stderr.write(`${out} is not empty and holds no generated corpus; choose another --out\n`);
    process.exit(2);
  }
  const { bytes } = await generateCorpus(out, count, seed);
  process.stdout.write(`wrote ${count} articles (${(bytes / 1e6).toFixed(1)} MB) to ${out}\n`);
}
