import { relative, resolve } from 'node:path';
import { citationLabel, truncateAtSentence } from '../format.ts';
import type { AddOutcome } from '../ingest/add-articles.ts';
import type { Paint } from './format-text.ts';

/** How much of the article's opening is shown, so the person can see the right text was taken. */
const OPENING_CHARS = 320;

/** Where a corpus file is: relative to here when it is below here, else the full path. */
function shown(corpusDir: string, file: string): string {
  const path = resolve(corpusDir, file);
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') ? path : fromHere;
}

/**
 * Renders one outcome for the terminal. An added article shows the source card the bot will cite it with (outlet,
 * title, date, link) and its first sentences; a duplicate names the file that holds it; a failure its reason.
 */
export function formatOutcome(outcome: AddOutcome, corpusDir: string, paint: Paint): string {
  if (outcome.status === 'failed') return paint('red', `Not added: ${outcome.error.message}`);
  if (outcome.status === 'duplicate') {
    const { file, reason } = outcome.duplicate;
    return paint(
      'yellow',
      `Already in the corpus: ${outcome.input} (${reason} as ${shown(corpusDir, file)}); ` +
        'nothing written. Add --force to replace it.',
    );
  }
  const { article, file, replaced } = outcome;
  const verb = replaced ? `Replaced ${shown(corpusDir, replaced)} with` : 'Added';
  const card = citationLabel({
    outlet: article.outlet ?? 'Unknown outlet',
    title: article.title ?? file,
    published: article.published,
    listedBy: null,
  });
  const opening = truncateAtSentence(article.opening.replace(/\s+/gu, ' '), OPENING_CHARS);
  const lines = [`${paint('green', verb)} ${shown(corpusDir, file)}`, `  ${paint('bold', card)}`];
  lines.push(`  ${article.url ? paint('underline', article.url) : paint('yellow', 'no link: the source gives none')}`);
  if (article.guessed.length > 0) {
    lines.push(paint('yellow', `  (guessed from the text: ${article.guessed.join(', ')}; state them in front matter)`));
  }
  lines.push(`  ${paint('dim', `“${opening}”`)}`);
  return lines.join('\n');
}

/** One line counting what happened, for runs with several inputs. */
export function formatSummary(outcomes: readonly AddOutcome[]): string {
  const count = (...statuses: Array<AddOutcome['status']>): number =>
    outcomes.filter((o) => statuses.includes(o.status)).length;
  return `${count('added', 'replaced')} added, ${count('duplicate')} already in the corpus, ${count('failed')} failed`;
}
