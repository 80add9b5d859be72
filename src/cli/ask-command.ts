import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatAnswer, painter } from './format-text.ts';
import type { HeldIndex } from '../create-engine.ts';
import { startEngine } from './start-engine.ts';

const USAGE = `Usage:
  npm run ask -- "How long is Amazon's moratorium?"      print a readable answer with its sources
  npm run --silent ask -- --json < questions.txt           one question a line in, one JSON answer a line out`;

// A JSON input line may carry {"question": "...", "conversation": "id"} so a scripted conversation can be
// replayed; any other line is a question on its own.
const JsonLine = z.object({ question: z.string(), conversation: z.string().min(1).optional() });
type Input = z.infer<typeof JsonLine>;

function inputOf(line: string): Input {
  if (line.trimStart().startsWith('{')) {
    try {
      const parsed = JsonLine.safeParse(JSON.parse(line));
      if (parsed.success) return parsed.data;
    } catch {
      // Not JSON after all: a question that starts with "{".
    }
  }
  return { question: line };
}

function readArgs(): { json: boolean; help: boolean; question: string } {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
    return { json: values.json, help: values.help, question: positionals.join(' ').trim() };
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
}

/**
 * The one-shot command: answers the question in its arguments, or one question per line of stdin. `held` is an
 * index opened before the process started (the start-up snapshot's), used while its corpus is unchanged.
 */
export async function runAsk(held?: HeldIndex): Promise<void> {
  const { json, help, question } = readArgs();
  if (help || (!question && process.stdin.isTTY)) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(help || question ? 0 : 2);
  }

  const { engine } = await startEngine('error', false, held);
  const paint = painter(!json && process.stdout.isTTY === true && !process.env.NO_COLOR);
  const print = async ({ question: q, conversation }: Input): Promise<void> => {
    // A readable answer shows no follow-ups (there is no next turn to offer them for); a JSON answer is whole.
    const answer = await engine.ask(q, { suggestions: json, ...(conversation ? { conversation } : {}) });
    process.stdout.write(json ? `${JSON.stringify(answer)}\n` : `${formatAnswer(answer, paint)}\n\n`);
  };

  if (question) await print({ question });
  else {
    // Answers are written in input order, one per non-blank line, so a caller can pair them up.
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (line.trim()) await print(inputOf(line));
    }
  }
}
