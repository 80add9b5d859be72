import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import { formatPublished } from '../format.ts';
import { onOneLine } from './cite.ts';
import type { Point } from './compose.ts';

const RELATIVE_DAY =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last week|this week|days? ago)\b/i;

/**
 * A point as the answer says it: the lead with the sentences it runs on into; another outlet's excerpt says whose
 * reporting it is, and a "when" answer given as a weekday says the date of the article it comes from.
 */
export function describePoint(point: Point, question: AnalyzedQuestion, isName: (word: string) => boolean): string {
  const { passage, source } = point.lead;
  let text = onOneLine([...point.leadIn, passage, ...point.continuation].map((p) => p.text).join(' '));
  if (passage.kind === 'headline') text = `${source.outlet} ran the headline “${text}”`;
  else if (source.kind === 'related') {
    const firstWord = /^\p{L}[\p{L}'’-]*/u.exec(text)?.[0] ?? '';
    text = `${source.outlet} reported that ${isName(firstWord) ? text : text.charAt(0).toLowerCase() + text.slice(1)}`;
  }
  if (
    question.type === 'date' &&
    RELATIVE_DAY.test(passage.text) &&
    !/\b\d{4}\b/u.test(passage.text) &&
    source.published
  ) {
    text = `${text.replace(/[.\s]+$/u, '')} (in an article dated ${formatPublished(source.published)}).`;
  }
  return text;
}
