import type { Source } from '../corpus/source.ts';
import { formatPublished } from '../format.ts';
import type { Passage } from '../retrieval/passage.ts';
import { terms, words } from '../text/analyzer.ts';
import { byCentrality } from './abstain.ts';
import type { Citation } from './answer-schema.ts';
import { cite, onOneLine } from './cite.ts';
import { MAX_ANSWER_CHARS, type ComposedAnswer } from './compose.ts';
import type { Candidate } from './candidates.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import { containsRun } from '../text/word-run.ts';

const MAX_LISTED = 8;

function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A sentence about the topic covers at least this share of the question. */
const ON_TOPIC_COVERAGE = 0.4;

/** "Which outlets reported …": the outlets whose articles match the topic, each cited with its best sentence. */
export function answerOutlets(
  ranked: readonly Candidate[],
  sources: readonly Source[],
  onTopic: boolean,
): ComposedAnswer {
  const citations: Citation[] = [];
  const picked = new Map<string, Candidate | null>();
  if (onTopic) {
    for (const c of ranked)
      if (
        (c.features.coverage + c.features.names) / 2 >= ON_TOPIC_COVERAGE &&
        !picked.has(c.source.id) &&
        picked.size < MAX_LISTED
      )
        picked.set(c.source.id, c);
  } else {
    // One citation per outlet, full articles before the coverage they list.
    const outlets = new Set<string>();
    for (const s of [...sources].sort((a, b) => Number(a.kind === 'related') - Number(b.kind === 'related'))) {
      if (picked.size < MAX_LISTED && !outlets.has(s.outlet)) picked.set(s.id, null);
      outlets.add(s.outlet);
    }
  }
  if (picked.size === 0) return { text: '', citations };
  const byOutlet = new Map<string, string[]>();
  for (const [id, candidate] of picked) {
    const source = candidate?.source ?? sources.find((s) => s.id === id)!;
    const marker = cite(citations, source, candidate?.passage.text ?? source.title);
    byOutlet.set(source.outlet, [...(byOutlet.get(source.outlet) ?? []), marker]);
  }
  const names = [...byOutlet].map(([outlet, markers]) => `${outlet} ${markers.join('')}`);
  const outletCount = new Set(sources.map((s) => s.outlet)).size;
  const rest = onTopic ? '' : outletCount > byOutlet.size ? `, among ${outletCount} outlets in all` : '';
  const text = onTopic ? `${listing(names)} reported on it.` : `The coverage comes from ${listing(names)}${rest}.`;
  return { text, citations };
}

/** "When was … published": the publication dates of the sources the question names. */
export function answerPublished(question: AnalyzedQuestion, ranked: readonly Candidate[]): ComposedAnswer {
  const citations: Citation[] = [];
  // "When did cnn run its piece": an outlet may be typed in lower case, or without its domain's ending.
  const asked = words(question.text);
  const named = (s: Source): boolean =>
    question.names.some((n) => s.outlet.toLowerCase().includes(n.text.toLowerCase())) ||
    containsRun(asked, words(s.outlet));
  const seen = new Set<string>();
  const picks: Source[] = [];
  // Another outlet's article is no answer to when this one published.
  const anyNamed = ranked.some((c) => named(c.source));
  for (const c of ranked.filter((c) => !anyNamed || named(c.source))) {
    if (seen.has(c.source.id) || picks.length >= 3) continue;
    seen.add(c.source.id);
    picks.push(c.source);
  }
  const parts = picks.map((s) => {
    const when = s.published ? ` on ${formatPublished(s.published)}` : '; the coverage gives no date for it';
    return `${s.outlet} published “${s.title}”${when} ${cite(citations, s, s.title)}`;
  });
  return { text: parts.length ? `${parts.join('; ')}.` : '', citations };
}

/** How many articles an overview draws on: the most central ones, each by its lede. */
const OVERVIEW_ARTICLES = 3;

/**
 * The sentence of an article that restates its headline: the best title match among its first few, earlier ones
 * preferred.
 */
function ledeOf(sourceIndex: number, source: Source, passages: readonly Passage[]): Passage | undefined {
  const title = new Set(terms(source.title));
  const opening = passages.filter((p) => p.sourceIndex === sourceIndex && p.kind === 'sentence').slice(0, 6);
  let lede = opening[0];
  let best = 0;
  opening.forEach((passage, position) => {
    const shared = passage.terms.filter((t) => title.has(t)).length * (1 - 0.1 * position);
    if (shared > best) [lede, best] = [passage, shared];
  });
  return lede;
}

/** "Summarize the coverage": the ledes of the most central articles, each cited. */
export function answerOverview(sources: readonly Source[], passages: readonly Passage[]): ComposedAnswer {
  const citations: Citation[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const source of byCentrality(sources.filter((s) => s.kind === 'article')).slice(0, OVERVIEW_ARTICLES)) {
    const lede = ledeOf(sources.indexOf(source), source, passages);
    if (!lede || (parts.length > 0 && length + lede.text.length > MAX_ANSWER_CHARS)) continue;
    parts.push(`${onOneLine(lede.text)} ${cite(citations, source, lede.text)}`);
    length += lede.text.length;
  }
  return { text: parts.join(' '), citations };
}
