import type { Source } from '../corpus/source.ts';
import { formatPublished } from '../format.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { AbstainReason } from './answer-schema.ts';

/** What the coverage is, in one sentence: how many sources, from how many outlets, when, led by which story. */
export function describeCoverage(sources: readonly Source[]): string {
  if (sources.length === 0) return 'The corpus is empty.';
  const outlets = new Set(sources.map((s) => s.outlet));
  const dates = sources
    .map((s) => s.published)
    .filter((d): d is string => d !== null)
    .sort();
  const span =
    dates.length === 0
      ? ''
      : dates[0] === dates[dates.length - 1]
        ? `, from ${formatPublished(dates[0]!)}`
        : `, from ${formatPublished(dates[0]!)} to ${formatPublished(dates[dates.length - 1]!)}`;
  const articleCount = `${sources.length} ${sources.length === 1 ? 'article' : 'articles'}`;
  const outletCount = `${outlets.size} ${outlets.size === 1 ? 'outlet' : 'outlets'}`;
  return `The coverage here is ${articleCount} from ${outletCount}${span}, led by “${centralHeadline(sources)}”.`;
}

/**
 * Sources ordered by how central their headline is: how many words it shares with the other headlines. The most
 * central one is the best one-line description of what the corpus is about. (Counted through word frequencies,
 * so it stays linear in the number of sources.)
 */
export function byCentrality<S extends Pick<Source, 'title'>>(sources: readonly S[]): S[] {
  const words = sources.map((s) => new Set(s.title.toLowerCase().match(/\p{L}{4,}/gu) ?? []));
  const frequency = new Map<string, number>();
  for (const set of words) for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const score = words.map((set) => [...set].reduce((sum, w) => sum + frequency.get(w)! - 1, 0));
  return sources
    .map((source, i) => ({ source, score: score[i]! }))
    .sort((a, b) => b.score - a.score)
    .map((e) => e.source);
}

function centralHeadline(sources: readonly Source[]): string {
  return byCentrality(sources)[0]!.title;
}

/** Example questions for a corpus whose manifest gives none: about the names its sentences mention most. */
export function exampleQuestions(curated: readonly string[], passages: readonly Passage[]): string[] {
  if (curated.length >= 2) return [...curated];
  const counts = new Map<string, { name: string; n: number }>();
  for (const passage of passages) {
    for (const { text } of passage.names) {
      if (text.split(' ').length > 3) continue;
      const entry = counts.get(text.toLowerCase()) ?? { name: text, n: 0 };
      entry.n++;
      counts.set(text.toLowerCase(), entry);
    }
  }
  const top = [...counts.values()]
    .sort((a, b) => b.n - a.n)
    .slice(0, 2)
    .map((e) => `What does the coverage say about ${e.name}?`);
  return [...curated, ...top].slice(0, Math.max(2, curated.length));
}

/** The short, friendly text of an abstention: why, what the coverage is about, and what to ask instead. */
export function abstentionText(
  reason: Exclude<AbstainReason, null>,
  detail: string | null,
  coverage: string,
  examples: readonly string[],
): string {
  const asks = examples
    .slice(0, 2)
    .map((e) => `“${e}”`)
    .join(' or ');
  if (reason === 'empty-question') {
    return `${detail ? `${detail} ` : ''}Ask me a question about the coverage, for example ${asks}. ${coverage}`;
  }
  if (reason === 'question-too-long') return `${detail} For example: ${asks}.`;
  if (reason === 'rate-limited') return detail ?? 'Too many questions at once; please try again in a minute.';
  const why =
    reason === 'unknown-subject' && detail
      ? `The coverage doesn't mention “${detail}”, so I can't answer that.`
      : reason === 'relation-miss' && detail
        ? `${detail} I won't guess.`
        : "The coverage doesn't say, so I won't guess.";
  return `${why} ${coverage} You could ask ${asks}.`;
}
