import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';

// The event a "why" question names is told in one sentence, its reason in the next one, which never says "because".
const ARTICLE = `# Quill drops challenge to ferry vote

Published March 4, 2024

Council member Ada Quill said on Monday she would not appeal the court ruling that upheld the ferry vote. An appeal, \
she said, would cost the town a great deal of money and would not change the result.

The ferry service to Dunmore resumes in April, with four crossings a day.
`;

let dir: string;
let engine: Engine;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reason-continuation-'));
  await writeFile(join(dir, 'quill-ferry.md'), ARTICLE);
  engine = await createEngine({ corpusDir: dir });
});
afterAll(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

describe('an answer to "why" goes on to the next sentence when the first tells the event but no cause', () => {
  it('"Why didn\'t Quill appeal?" gives her reason as well as her decision', async () => {
    const answer = await engine.ask("Why didn't Ada Quill appeal the court ruling?");
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('would not appeal');
    expect(answer.answer).toContain('cost the town');
  });
});
