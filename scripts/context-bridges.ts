/**
 * Experiment: can corpus statistics bridge words WordNet does not link ("staff" / "employees")? Each content lemma
 * gets a vector of the lemmas around it (±3 words in its sentence, PPMI-weighted); a word's nearest neighbour of
 * the same class by cosine is proposed as a bridge. Each proposal is marked LX when the corpus's lexicon links the
 * two words, WN when WordNet relates them more loosely (same synset, one level apart, or siblings under one
 * hypernym), so the rest can be judged by hand.
 * Usage: tsx scripts/context-bridges.ts [corpus dir ...] [--min-count 3] [--min-cos 0.3]
 */
import { loadCorpus } from '../src/corpus/load-corpus.ts';
import { feedText, LexiconBuilder, wordClassOfPos, type Lexicon, type WordClass } from '../src/lexicon/index.ts';
import { preferredSenses } from '../src/lexicon/sense-preference.ts';
import { SynsetReader } from '../src/lexicon/wordnet-files.ts';
import { termOf, words } from '../src/text/analyzer.ts';
import { taggedSentences } from '../src/text/nlp.ts';

const WINDOW = 3;
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const MIN_COUNT = option('--min-count', 3);
const MIN_COSINE = option('--min-cos', 0.3);

/** A content word as the corpus uses it: "n:employee", with the index term of one of its surface forms. */
interface Occurrence {
  key: string;
  term: string;
}

function contentSentences(text: string): Occurrence[][] {
  return taggedSentences(text).map((sentence) => {
    const tokens: Occurrence[] = [];
    for (const token of sentence) {
      const cls = wordClassOfPos(token.pos);
      const word = /^\p{Ll}/u.test(token.raw) ? words(token.raw)[0] : undefined;
      const term = word ? termOf(word) : null;
      if (!cls || !term || cls === 'r') continue;
      tokens.push({ key: `${cls}:${token.lemma}`, term });
    }
    return tokens;
  });
}

/** PPMI context vectors of the words seen at least MIN_COUNT times. */
function contextVectors(sentences: Occurrence[][]): Map<string, Map<string, number>> {
  const counts = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  let total = 0;
  for (const sentence of sentences) {
    sentence.forEach(({ key }, i) => {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      for (let j = Math.max(0, i - WINDOW); j <= Math.min(sentence.length - 1, i + WINDOW); j++) {
        if (j === i) continue;
        const context = sentence[j]!.key;
        const row = pairs.get(key) ?? pairs.set(key, new Map()).get(key)!;
        row.set(context, (row.get(context) ?? 0) + 1);
        total++;
      }
    });
  }
  const vectors = new Map<string, Map<string, number>>();
  for (const [key, row] of pairs) {
    if ((counts.get(key) ?? 0) < MIN_COUNT) continue;
    const rowTotal = [...row.values()].reduce((a, b) => a + b, 0);
    const vector = new Map<string, number>();
    for (const [context, n] of row) {
      const pmi = Math.log((n * total) / (rowTotal * (counts.get(context) ?? 1) * WINDOW * 2));
      if (pmi > 0) vector.set(context, pmi);
    }
    vectors.set(key, vector);
  }
  return vectors;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [k, v] of a) dot += v * (b.get(k) ?? 0);
  const norm = (m: Map<string, number>): number => Math.sqrt([...m.values()].reduce((s, v) => s + v * v, 0));
  return dot === 0 ? 0 : dot / (norm(a) * norm(b));
}

function linked(lexicon: Lexicon, a: string, b: string, termsOf: Map<string, Set<string>>): boolean {
  const reaches = (from: string, to: string): boolean => {
    const [cls, lemma] = from.split(':') as ['n' | 'v' | 'a', string];
    const targets = termsOf.get(to) ?? new Set();
    return lexicon.expand(lemma, cls).some((e) => e.terms.length === 1 && targets.has(e.terms[0]!));
  };
  return reaches(a, b) || reaches(b, a);
}

const reader = new SynsetReader();

/** Synsets of a word's frequent senses, with their direct hypernyms, as "class offset" strings. */
function neighbourhood(key: string): { own: Set<string>; up: Set<string> } {
  const [cls, lemma] = key.split(':') as [WordClass, string];
  const own = new Set<string>();
  const up = new Set<string>();
  for (const sense of preferredSenses(lemma, cls)) {
    own.add(`${sense.cls}${sense.offset}`);
    for (const p of reader.get(sense.offset, sense.cls).pointers) if (p.symbol === '@') up.add(`${p.cls}${p.offset}`);
  }
  return { own, up };
}

/** Whether WordNet relates two words loosely: one synset, one a hypernym of the other, or siblings. */
function wordNetRelated(a: string, b: string): boolean {
  const x = neighbourhood(a);
  const y = neighbourhood(b);
  const meets = (s: Set<string>, t: Set<string>): boolean => [...s].some((v) => t.has(v));
  return meets(x.own, y.own) || meets(x.own, y.up) || meets(x.up, y.own) || meets(x.up, y.up);
}

async function experiment(dir: string): Promise<void> {
  const corpus = await loadCorpus(dir);
  const builder = new LexiconBuilder();
  const sentences: Occurrence[][] = [];
  for (const source of corpus.sources) {
    feedText(builder, source.text);
    sentences.push(...contentSentences(source.text));
  }
  const lexicon = builder.build();
  const termsOf = new Map<string, Set<string>>();
  for (const { key, term } of sentences.flat()) (termsOf.get(key) ?? termsOf.set(key, new Set()).get(key)!).add(term);
  const vectors = contextVectors(sentences);
  const keys = [...vectors.keys()];
  const proposals: Array<{ a: string; b: string; score: number; verdict: 'LX' | 'WN' | '  ' }> = [];
  const seen = new Set<string>();
  for (const a of keys) {
    let best: { b: string; score: number } | undefined;
    for (const b of keys) {
      if (a === b || a[0] !== b[0]) continue;
      const score = cosine(vectors.get(a)!, vectors.get(b)!);
      if (!best || score > best.score) best = { b, score };
    }
    const pair = best && [a, best.b].sort().join(' ');
    if (!best || best.score < MIN_COSINE || seen.has(pair!)) continue;
    seen.add(pair!);
    const verdict = linked(lexicon, a, best.b, termsOf) ? 'LX' : wordNetRelated(a, best.b) ? 'WN' : '  ';
    proposals.push({ a, b: best.b, score: best.score, verdict });
  }
  proposals.sort((x, y) => y.score - x.score);
  const inLexicon = proposals.filter((p) => p.verdict === 'LX').length;
  const inWordNet = proposals.filter((p) => p.verdict === 'WN').length;
  const staff =
    vectors.get('n:staff') && vectors.get('n:employee')
      ? cosine(vectors.get('n:staff')!, vectors.get('n:employee')!).toFixed(2)
      : 'not both in the corpus (≥ min count)';
  console.log(
    `\n${dir}: ${keys.length} words with vectors, ${proposals.length} proposals, ` +
      `${inLexicon} linked by the lexicon, ${inWordNet} more related in WordNet; cos(staff, employee) = ${staff}`,
  );
  for (const p of proposals.slice(0, 25)) console.log(`  ${p.score.toFixed(2)} ${p.verdict} ${p.a} ~ ${p.b}`);
}

for (const dir of args.length ? args : ['corpus']) await experiment(dir);
