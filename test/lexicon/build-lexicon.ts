import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedText, LexiconBuilder, type Expansion, type Lexicon } from '../../src/lexicon/index.ts';

/** A few news sentences written for the lexicon's tests: each bridge the tests ask about has one side in it. */
export const LEXICON_ARTICLES = readFileSync(
  fileURLToPath(new URL('../fixtures/lexicon/articles.txt', import.meta.url)),
  'utf8',
);

/** Builds a lexicon from texts, with optional manifest alias groups. */
export function lexiconOf(texts: readonly string[], aliases: string[][] = []): Lexicon {
  const builder = new LexiconBuilder();
  for (const text of texts) feedText(builder, text);
  builder.addAliases(aliases);
  return builder.build();
}

/** Expansions as "terms joined by spaces", for readable assertions. */
export function phrasesOf(expansions: readonly Expansion[]): string[] {
  return expansions.map((e) => e.terms.join(' '));
}
