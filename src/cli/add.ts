import { parseArgs } from 'node:util';
import { loadDotEnv } from '../config.ts';
import { describeError } from '../errors.ts';
import { addArticles } from '../ingest/add-articles.ts';
import { loadAddConfig } from '../ingest/add-config.ts';
import { addressPolicy } from '../ingest/address-policy.ts';
import { formatOutcome, formatSummary } from './format-added.ts';
import { painter } from './format-text.ts';

const USAGE = `Usage: npm run add -- [--force] <url | page.html | article.md | article.txt>…

Adds each article to the corpus folder (CORPUS_DIR, default corpus/) as <date>-<outlet>-<title>.md with its
metadata as front matter, and prints the source card the bot will cite it with.

  --force   replace an article the corpus already holds (same link or same text)
  --help    show this help`;

/** The command line's inputs and flags; usage problems print the usage and exit 2. */
function readArgs(): { inputs: string[]; force: boolean } {
  try {
    const options = { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;
    const { values, positionals } = parseArgs({ allowPositionals: true, options });
    if (values.help || positionals.length === 0) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(values.help ? 0 : 2);
    }
    return { inputs: positionals, force: values.force === true };
  } catch (error) {
    process.stderr.write(`${describeError(error)}\n\n${USAGE}\n`);
    process.exit(2);
  }
}

const { inputs, force } = readArgs();
try {
  loadDotEnv();
  const config = loadAddConfig();
  const paint = painter(process.stdout.isTTY === true && !process.env.NO_COLOR);
  const outcomes = await addArticles(inputs, {
    corpusDir: config.CORPUS_DIR,
    force,
    fetch: { policy: addressPolicy(config.ALLOW_PRIVATE_FETCH) },
  });
  for (const outcome of outcomes) {
    const stream = outcome.status === 'failed' ? process.stderr : process.stdout;
    stream.write(`${formatOutcome(outcome, config.CORPUS_DIR, paint)}\n\n`);
  }
  if (outcomes.length > 1) process.stdout.write(`${formatSummary(outcomes)}\n`);
  process.exitCode = outcomes.some((o) => o.status === 'failed') ? 1 : 0;
} catch (error) {
  process.stderr.write(`coverage-bot add: ${describeError(error)}\n`);
  process.exitCode = 1;
}
