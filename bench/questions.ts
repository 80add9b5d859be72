/**
 * Questions generated from a synthetic corpus's own sentences, with the passages that answer them: figures, dates,
 * durations, people and organizations, and names the corpus never mentions (unanswerable). Deterministic per seed.
 */
import type { CorpusIndex } from '../src/corpus-index.ts';
import type { ValueKind } from '../src/text/annotate.ts';
import { seededRandom } from '../scripts/generate-corpus.ts';

/** A generated question; `relevant` lists the passages that state its fact (empty: it has no answer). */
export interface BenchQuestion {
  question: string;
  kind: string;
  relevant: number[];
}

const WH: Partial<Record<ValueKind, string>> = {
  money: 'How much money',
  percent: 'What percentage',
  count: 'How many',
  date: 'When',
  duration: 'How long',
  age: 'How old',
};
const LEAD_IN = new RegExp(
  '^(?:(?:separately|meanwhile|at the same time|earlier this year|in a statement' +
    '|according to [^,]+|on \\w+),\\s*)+',
  'iu',
);
const UNKNOWN = [
  'Zephyrine Holdings',
  'Marlow Quarry Trust',
  'Ostrava Textile Guild',
  'Bellweather Aerospace',
  'Quillon Freight',
  'Sundara Mills',
];
const SAID = /\b(?:said|says|argued|told)\b/u;
const TOPICS = ['the budget', 'the strike', 'the merger', 'the recall', 'the contract', 'the lawsuit'];

/** The sentence with its value taken out and a question word put in front: "How many … walked off the job …?". */
function valueQuestion(text: string, start: number, end: number, kind: ValueKind): string | null {
  const wh = WH[kind];
  if (!wh) return null;
  const rest = `${text.slice(0, start)}${text.slice(end)}`
    .replace(LEAD_IN, '')
    .replace(/\b(?:about|more than|nearly|some)\s+(?=\s|$)/giu, '')
    .replace(/\s+/gu, ' ')
    .replace(/[\s,.;:!?"“”]+$/u, '')
    .trim();
  if (rest.split(' ').length < 4) return null;
  return `${wh} ${rest}?`;
}

/** Generates `count` questions (about one in six unanswerable) and the passages that answer each. */
export function generateQuestions(index: CorpusIndex, count: number, seed = 7): BenchQuestion[] {
  const random = seededRandom(seed);
  const questions: BenchQuestion[] = [];
  const seen = new Set<string>();
  const body = index.passages.filter((p) => p.kind === 'sentence' && p.role === 'body');
  // The same fact is reported by several outlets in differing words: any passage with the value and every name counts.
  const stating = (value: string, names: readonly string[]): number[] =>
    body.filter((p) => p.text.includes(value) && names.every((n) => p.text.includes(n))).map((p) => p.index);
  for (let tries = 0; questions.length < count && tries < count * 50; tries++) {
    if (questions.length % 6 === 5) {
      const name = UNKNOWN[Math.floor(random() * UNKNOWN.length)]!;
      const question = `What did ${name} say about ${TOPICS[Math.floor(random() * TOPICS.length)]!}?`;
      if (!seen.has(question)) questions.push({ question, kind: 'unanswerable', relevant: [] });
      seen.add(question);
      continue;
    }
    const passage = body[Math.floor(random() * body.length)]!;
    // Full names only ("Maria Alvarez", "Helix Biotech"): a lone capitalized word is often a common word opening a
    // sentence.
    const names = passage.names.map((n) => n.text).filter((n) => n.includes(' '));
    // A figure or a date with digits: "Thursday" alone is stated by hundreds of passages about different things.
    const values = passage.values.filter((v) => /\d/u.test(passage.text.slice(v.start, v.end)));
    const value = values[Math.floor(random() * values.length)];
    let question: string | null = null;
    let relevant: number[] = [];
    let kind = 'entity';
    if (value && random() < 0.7) {
      kind = value.kind;
      question = valueQuestion(passage.text, value.start, value.end, value.kind);
      relevant = stating(passage.text.slice(value.start, value.end), names);
    } else if (names.length > 0) {
      const name = names[Math.floor(random() * names.length)]!;
      const said = SAID.test(passage.text);
      question = said ? `What did ${name} say?` : `What happened with ${name}?`;
      const quoting = (p: (typeof body)[number]): boolean => p.text.includes(name) && SAID.test(p.text);
      relevant = said ? body.filter(quoting).map((p) => p.index) : stating(name, []);
    }
    if (!question || seen.has(question) || relevant.length === 0) continue;
    seen.add(question);
    questions.push({ question, kind, relevant });
  }
  return questions;
}
