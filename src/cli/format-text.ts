import { styleText } from 'node:util';
import type { Answer } from '../answer/answer-schema.ts';
import type { SourceSummary } from '../corpus/source.ts';
import { citationLabel, formatPublished } from '../format.ts';

type Style = Parameters<typeof styleText>[0];

/** Colours text for a terminal, or leaves it plain (pipes, files, NO_COLOR). */
export type Paint = (style: Style, text: string) => string;

/** A painter: ANSI colours when `color` is true, plain text otherwise. */
export function painter(color: boolean): Paint {
  return color ? (style, text) => styleText(style, text) : (_style, text) => text;
}

/** Renders an answer for a terminal: the answer, then its numbered sources with links and quotes. */
export function formatAnswer(answer: Answer, paint: Paint): string {
  const lines = answer.interpretedAs ? [paint('dim', `(understood as: ${answer.interpretedAs})`)] : [];
  if (answer.abstained) return [...lines, paint('yellow', answer.answer)].join('\n');
  lines.push(
    answer.answer.replace(/\[\d+\]/gu, (marker) => paint('cyan', marker)),
    '',
    paint('bold', 'Sources'),
  );
  for (const c of answer.citations) {
    lines.push(`  ${paint('cyan', `[${c.n}]`)} ${citationLabel(c)}`);
    if (c.url) lines.push(`      ${paint('underline', c.url)}`);
    lines.push(`      ${paint('dim', `“${c.quote}”`)}`);
  }
  return lines.join('\n');
}

/** Numbers follow-up suggestions so the REPL user can ask one by typing its number. */
export function formatSuggestions(suggestions: readonly string[], paint: Paint): string {
  if (suggestions.length === 0) return '';
  return [
    paint('bold', 'You could also ask'),
    ...suggestions.map((s, i) => `  ${paint('green', `${i + 1}.`)} ${s}`),
  ].join('\n');
}

/** Renders the source list for :sources — outlet, title, date, link, passage count and what was inferred. */
export function formatSources(sources: readonly SourceSummary[], paint: Paint): string {
  return sources
    .map((s, i) => {
      const inferred = s.inferred.length ? paint('yellow', ` (inferred: ${s.inferred.join(', ')})`) : '';
      const related = s.listedBy ? paint('dim', ` — related coverage listed by ${s.listedBy}`) : '';
      const passages = `${s.passages} passage${s.passages === 1 ? '' : 's'}`;
      return [
        `${paint('bold', String(i + 1).padStart(2))}. ${s.outlet} — ${s.title}${related}`,
        `    ${formatPublished(s.published)} · ${passages} · ${s.url ?? 'no link'}${inferred}`,
      ].join('\n');
    })
    .join('\n');
}
