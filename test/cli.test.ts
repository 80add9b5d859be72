import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../src/index.ts';
import { MINI_CORPUS } from './support/paths.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

function run(
  script: string,
  args: string[],
  input: string,
  env: Record<string, string> = {},
): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    const child = execFile(
      TSX,
      [script, ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', CORPUS_DIR: MINI_CORPUS, ...env } },
      (error, stdout, stderr) => {
        resolve({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0 });
      },
    );
    child.stdin!.end(input);
  });
}

describe('npm run ask', () => {
  it('--json answers one question a line, in order, with nothing but JSON on stdout', async () => {
    const input = [
      'When will the Harbor Bridge reopen?',
      '',
      '{"question": "How much did the council approve?", "conversation": "c1"}',
      'What is the capital of France?',
    ].join('\n');
    const { stdout, code } = await run('src/cli/ask.ts', ['--json'], `${input}\n`);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const answers = lines.map((l) => AnswerSchema.parse(JSON.parse(l)));
    expect(answers.map((a) => a.question)).toEqual([
      'When will the Harbor Bridge reopen?',
      'How much did the council approve?',
      'What is the capital of France?',
    ]);
    expect(answers[0]!.answer).toContain('Sept. 30, 2021');
    expect(answers[1]!.answer).toContain('$12 million');
    expect(answers[2]!.abstained).toBe(true);
  });

  it('--json replays a scripted conversation given as JSON lines', async () => {
    const input = [
      '{"question": "How much did the council approve?", "conversation": "c1"}',
      '{"question": "Who voted against it?", "conversation": "c1"}',
    ].join('\n');
    const { stdout } = await run('src/cli/ask.ts', ['--json'], `${input}\n`);
    const [, followUp] = stdout
      .trim()
      .split('\n')
      .map((l) => AnswerSchema.parse(JSON.parse(l)));
    expect(followUp!.interpretedAs).toMatch(/^Who voted against /);
    expect(followUp!.answer).toContain('Tom Reyes');
  });

  it('prints a readable answer with numbered sources for a question given as arguments', async () => {
    const { stdout, code } = await run('src/cli/ask.ts', ['Who', 'is', 'the', 'city', 'engineer?'], '');
    expect(code).toBe(0);
    expect(stdout).toContain('Maria Alvarez');
    expect(stdout).toMatch(/Sources\n {2}\[1\] City Times — Harbor Bridge Will Close For Repairs, Mar 3, 2021/);
  });

  it('explains a missing corpus in one line, without a stack trace', async () => {
    const { stderr, code } = await run('src/cli/ask.ts', ['anything'], '', { CORPUS_DIR: '/nonexistent/corpus' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^coverage-bot: The corpus directory \/nonexistent\/corpus cannot be read/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm start (REPL)', () => {
  it('answers, lists sources, shows help and quits', async () => {
    const { stdout, code } = await run(
      'src/cli/repl.ts',
      [],
      'How much is the state grant?\n:sources\n:help\n:nope\n:quit\n',
      { HISTORY_FILE: '/dev/null' },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('$3 million grant');
    expect(stdout).toMatch(
      /State Wire — State offers grant for bridge work — related coverage listed by River Gazette/,
    );
    expect(stdout).toMatch(/inferred: outlet, title, published/);
    expect(stdout).toContain(':sources');
    expect(stdout).toContain('Unknown command :nope');
  });
});
