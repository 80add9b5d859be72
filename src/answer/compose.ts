import type { Citation } from './answer-schema.ts';
import type { Passage } from '../retrieval/passage.ts';
import { formatPublished } from '../format.ts';
import type { Candidate } from './rank.ts';
import type { AnalyzedQuestion } from './question.ts';

/** Roughly how long an answer's body may grow; the best sentence is always kept whole. */
export const MAX_ANSWER_CHARS = 600;
const MAX_POINTS = 3;
/** Further outlets cited for one point; more would bury the answer in markers. */
const MAX_SUPPORT = 3;

/** One point of the answer: a lead sentence (with any sentences it runs on into) and other outlets saying the same. */
interface Point {
  lead: Candidate;
  /** Following sentences of the same paragraph the lead needs to be understood (a quotation's end, "But she …"). */
  continuation: Passage[];
  support: Candidate[];
}

/** A composed answer: text with [n] markers and the citations they point to. */
export interface ComposedAnswer {
  text: string;
  citations: Citation[];
}

function termSet(passage: Passage): Set<string> {
  return new Set(passage.terms);
}

/** Similarity of two sentences' terms: Jaccard, and overlap of the smaller set (one restating part of the other). */
function similarity(a: Passage, b: Passage): { jaccard: number; overlap: number } {
  const sa = termSet(a);
  const sb = termSet(b);
  let shared = 0;
  for (const t of sa) if (sb.has(t)) shared++;
  const union = sa.size + sb.size - shared;
  return { jaccard: union ? shared / union : 0, overlap: Math.min(sa.size, sb.size) ? shared / Math.min(sa.size, sb.size) : 0 };
}

function sameFact(a: Passage, b: Passage): boolean {
  const { jaccard, overlap } = similarity(a, b);
  return jaccard >= 0.45 || (overlap >= 0.75 && Math.min(a.terms.length, b.terms.length) >= 4);
}

// A sentence that opens on "she"/"he" continues what that person said; one that opens on "it", "this", "they" or
// "the company" leans back too, but is worth adding only when it is also about the question.
const SPEAKER_GOES_ON = /^(?:(?:but|and|however|still|yet|also),?\s+)?(?:she|he)\b/iu;
const LEANS_BACK = /^(?:(?:but|and|however|still|yet|also),?\s+)?(?:they|it|this|that|these|those|the \p{Ll}+)\b/iu;

/** The sentences right after `lead` that it depends on, as long as they sit next to it in the source text. */
function continuationOf(lead: Passage, passages: readonly Passage[], sourceText: string, questionTerms: readonly string[]): Passage[] {
  const out: Passage[] = [];
  if (lead.kind === 'headline') return out;
  let previous = lead;
  let quoteOpen = lead.opensQuote;
  for (let i = lead.index + 1; i < passages.length && out.length < 2; i++) {
    const next = passages[i]!;
    if (next.sourceIndex !== lead.sourceIndex || next.kind !== 'sentence') break;
    if (sourceText.slice(previous.end, next.start).trim() !== '') break;
    const samePara = next.paragraphIndex === previous.paragraphIndex;
    const onTopic = next.terms.some((t) => questionTerms.includes(t));
    const needed = quoteOpen || previous.text.trimEnd().endsWith(':')
      || (samePara && (SPEAKER_GOES_ON.test(next.text) || (LEANS_BACK.test(next.text) && onTopic)));
    if (!needed) break;
    out.push(next);
    if (quoteOpen && next.opensQuote) quoteOpen = false;
    previous = next;
  }
  return out;
}

const RELATIVE_DAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last week|this week|days? ago)\b/iu;

function pointText(point: Point, question: AnalyzedQuestion, isName: (word: string) => boolean): string {
  const { passage, source } = point.lead;
  let text = [passage, ...point.continuation].map((p) => p.text).join(' ');
  if (passage.kind === 'headline') text = `${source.outlet} ran the headline “${text}”`;
  else if (source.kind === 'related') {
    // Related coverage is another outlet's reporting, so the answer says whose it is.
    const firstWord = /^\p{L}[\p{L}'’-]*/u.exec(text)?.[0] ?? '';
    text = `${source.outlet} reported that ${isName(firstWord) ? text : text.charAt(0).toLowerCase() + text.slice(1)}`;
  }
  if (question.type === 'when' && RELATIVE_DAY.test(passage.text) && !/\b\d{4}\b/u.test(passage.text) && source.published) {
    text = `${text.replace(/[.\s]+$/u, '')} (in an article dated ${formatPublished(source.published)}).`;
  }
  return text;
}

/** Picks up to three non-redundant points from ranked candidates and renders them with numbered citations. */
export function composeAnswer(
  ranked: readonly Candidate[], question: AnalyzedQuestion, passages: readonly Passage[], isName: (word: string) => boolean,
): ComposedAnswer {
  const best = ranked[0];
  if (!best) return { text: '', citations: [] };
  const points: Point[] = [{ lead: best, continuation: continuationOf(best.passage, passages, best.source.text, question.questionTerms), support: [] }];
  const used = new Set<number>([best.passage.index, ...points[0]!.continuation.map((p) => p.index)]);
  let length = pointText(points[0]!, question, isName).length;
  const figures = (c: Candidate): string[] => c.passage.numbers.filter((n) => !/^(?:19|20)\d\d$/u.test(n));

  for (const candidate of ranked.slice(1, 25)) {
    if (used.has(candidate.passage.index)) continue;
    // Sentences giving the same answer to a typed question ("one-year", "for a year") report one fact.
    const twin = points.find((p) => sameFact(p.lead.passage, candidate.passage) || (candidate.value !== null && candidate.value === p.lead.value && candidate.typeFit === 1));
    if (twin) {
      const cited = new Set([twin.lead.source.id, ...twin.support.map((s) => s.source.id)]);
      const usable = candidate.passage.kind === 'sentence' && candidate.coverage >= 0.5 * twin.lead.coverage;
      if (usable && !cited.has(candidate.source.id) && twin.support.length < MAX_SUPPORT) twin.support.push(candidate);
      used.add(candidate.passage.index);
      continue;
    }
    if (points.length >= MAX_POINTS) continue;
    // A different figure for the same count is shown side by side rather than hidden.
    const conflicting = (question.type === 'how-many' || question.type === 'how-much') && candidate.typeFit === 1
      && figures(candidate).length > 0 && !figures(candidate).some((n) => figures(best).includes(n)) && candidate.score >= 0.5 * best.score;
    const strong = candidate.score >= 0.8 * best.score && candidate.coverage >= 0.5;
    // "Which companies …": a sentence naming ones the answer has not named yet completes the list.
    const named = points.flatMap((p) => p.lead.passage.names);
    const widens = question.type === 'who' && question.plural && candidate.typeFit >= 0.6 && candidate.coverage >= 0.5
      && candidate.score >= 0.6 * best.score && candidate.passage.names.filter((n) => !named.includes(n)).length >= 2;
    if (!conflicting && !strong && !widens) continue;
    // Maximal marginal relevance: a further point must say something the earlier ones did not (new names count).
    if (!widens && points.some((p) => { const sim = similarity(p.lead.passage, candidate.passage); return sim.overlap >= 0.6 || sim.jaccard >= 0.35; })) continue;
    const point: Point = { lead: candidate, continuation: continuationOf(candidate.passage, passages, candidate.source.text, question.questionTerms), support: [] };
    const added = pointText(point, question, isName).length + 5;
    if (length + added > MAX_ANSWER_CHARS) continue;
    length += added;
    points.push(point);
    used.add(candidate.passage.index);
    for (const p of point.continuation) used.add(p.index);
  }
  return render(points, question, isName);
}

function render(points: readonly Point[], question: AnalyzedQuestion, isName: (word: string) => boolean): ComposedAnswer {
  const citations: Citation[] = [];
  const sentences = points.map((point) => {
    const markers = [point.lead, ...point.support].map((candidate, k) => {
      const { source, passage } = candidate;
      const span = k === 0 && point.continuation.length > 0
        ? source.text.slice(passage.start, point.continuation[point.continuation.length - 1]!.end)
        : passage.text;
      citations.push({
        n: citations.length + 1, sourceId: source.id, outlet: source.outlet, title: source.title, url: source.url,
        published: source.published, quote: span, listedBy: source.listedBy,
      });
      return `[${citations.length}]`;
    });
    return `${pointText(point, question, isName)} ${markers.join('')}`;
  });
  return { text: sentences.join(' '), citations };
}
