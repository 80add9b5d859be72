import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.ts';

// Two outlets give the ban's length in other words, each after the day it was announced on.
const GAZETTE = `---
outlet: Harbor Gazette
title: City bans rental scooters
published: 2024-04-02
---

On Monday the city council imposed a one-year ban on rental scooters downtown.
`;
const RADIO = `---
outlet: Harbor Radio
title: Scooter ban to last a year
published: 2024-04-03
---

On Tuesday, officials said the downtown scooter ban will last one year.
`;

let dir: string;
let engine: Engine;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'answer-values-'));
  await writeFile(join(dir, 'gazette-scooters.md'), GAZETTE);
  await writeFile(join(dir, 'radio-scooters.md'), RADIO);
  engine = await createEngine({ corpusDir: dir });
});
afterAll(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the value a sentence gives is of the kind asked', () => {
  it('"how long" reads "one-year" and "one year", not Monday and Tuesday: one point, both outlets cited', async () => {
    const answer = await engine.ask('How long is the scooter ban?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations.map((c) => c.outlet).sort()).toEqual(['Harbor Gazette', 'Harbor Radio']);
    expect(answer.answer).toMatch(/^[^[]+\[1\]\[2\]$/u);
  });
});
