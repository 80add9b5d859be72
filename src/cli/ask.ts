import { createInterface } from 'node:readline';
import { z } from 'zod';
import { formatAnswer, painter } from './format-text.ts';
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

const args = process.argv.slice(2);
const json = args.includes('--json');
const question = args.filter((a) => a !== '--json').join(' ').trim();
if (args.includes('--help') || args.includes('-h') || (!question && process.stdin.isTTY)) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(question ? 0 : args.includes('--help') || args.includes('-h') ? 0 : 2);
}

const { engine } = await startEngine('error', false);
const paint = painter(!json && process.stdout.isTTY === true && !process.env.NO_COLOR);
const print = async ({ question: q, conversation }: Input): Promise<void> => {
  const answer = await engine.ask(q, conversation ? { conversation } : {});
  process.stdout.write(json ? `${JSON.stringify(answer)}\n` : `${formatAnswer(answer, paint)}\n\n`);
};

if (question) await print({ question });
else {
  // Answers are written in input order, one per non-blank line, so a caller can pair them up.
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim()) await print(inputOf(line));
  }
}
