import { appendFile, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import type { Engine } from '../engine.ts';
import { describeError } from '../errors.ts';
import { formatAnswer, formatSources, formatSuggestions, painter, type Paint } from './format-text.ts';
import { startEngine } from './start-engine.ts';

const HISTORY_SIZE = 500;

function help(engine: Engine, paint: Paint): string {
  return [
    'Ask a question about the coverage and press Enter. Every claim is cited [n] to the article it came from.',
    'Follow-ups lean on the previous question ("And the other one?", "Why?"); type a suggestion\'s number to ask it.',
    `For example: ${engine.examples
      .slice(0, 2)
      .map((e) => `“${e}”`)
      .join(' or ')}`,
    '',
    `  ${paint('bold', ':sources')}  list the sources (outlet, title, date, link, passages, inferred metadata)`,
    `  ${paint('bold', ':help')}     show this help`,
    `  ${paint('bold', ':quit')}     leave (or Ctrl-D)`,
  ].join('\n');
}

async function loadHistory(file: string): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8')).split('\n').filter(Boolean).slice(-HISTORY_SIZE).reverse();
  } catch {
    return [];
  }
}

const { engine, config } = await startEngine('error', true);
const paint = painter(process.stdout.isTTY === true && !process.env.NO_COLOR);
const stats = engine.stats();
// One REPL session is one conversation, so follow-up questions can lean on earlier ones.
const conversation = `repl-${process.pid}`;
let suggestions: string[] = [];
const rl = createInterface({
  input: process.stdin,
  output: process.stdout,
  history: await loadHistory(config.HISTORY_FILE),
  historySize: HISTORY_SIZE,
  terminal: process.stdin.isTTY === true,
});
const counts = `${stats.sources} sources, ${stats.passages} passages`;
process.stdout.write(`${paint('bold', 'coverage-bot')} — ${counts}. Type ${paint('bold', ':help')} for help.\n\n`);
rl.setPrompt(paint('green', 'ask> '));
rl.prompt();

for await (const line of rl) {
  const input = line.trim();
  if (input === ':quit' || input === ':q' || input === ':exit') break;
  if (input === ':help' || input === ':h') process.stdout.write(`${help(engine, paint)}\n\n`);
  else if (input === ':sources') process.stdout.write(`${formatSources(engine.sources(), paint)}\n\n`);
  else if (input.startsWith(':')) process.stdout.write(`Unknown command ${input}. Type :help for the commands.\n\n`);
  else if (input) {
    const picked = /^\d+$/u.test(input) ? suggestions[Number(input) - 1] : undefined;
    const question = picked ?? input;
    try {
      if (picked) process.stdout.write(`${paint('dim', picked)}\n`);
      const answer = await engine.ask(question, { conversation });
      suggestions = answer.suggestions;
      const more = formatSuggestions(suggestions, paint);
      process.stdout.write(`${formatAnswer(answer, paint)}\n\n${more ? `${more}\n\n` : ''}`);
      // History is kept across sessions; a failure to save it must not interrupt the conversation.
      await appendFile(config.HISTORY_FILE, `${question}\n`).catch(() => undefined);
    } catch (error) {
      process.stdout.write(
        `${paint('red', `Sorry, something went wrong answering that: ${describeError(error)}`)}\n\n`,
      );
    }
  }
  rl.prompt();
}
rl.close();
// The engine watches the corpus for changes; stopping it lets the process end.
await engine.close();
