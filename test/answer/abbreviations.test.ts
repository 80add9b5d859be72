import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';

// The coverage writes the governor's title only as "Gov.", as news copy does before a name.
const ARTICLE = `# State seeks flood aid

Published September 12, 2024

Gov. Dana Holt asked the federal government on Thursday for disaster aid after the river flooded Port Alder.

The request covers repairs to roads, water lines and the town's two bridges.
`;

let dir: string;
let engine: Engine;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'abbreviations-'));
  await writeFile(join(dir, 'flood-aid.md'), ARTICLE);
  engine = await createEngine({ corpusDir: dir });
});
afterAll(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a title the coverage abbreviates ("Gov.") answers a question that writes it out', () => {
  it('"Who is the governor?" is answered with Gov. Dana Holt', async () => {
    const answer = await engine.ask('Who is the governor?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Dana Holt');
  });
});
