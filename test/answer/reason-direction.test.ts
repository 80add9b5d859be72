import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankFor } from '../../src/answer/answer-question.ts';
import { buildCorpusIndex, type CorpusIndex } from '../../src/corpus-index.ts';

const ARTICLE = `# Calloway Street Bridge closed

Published April 14, 2025

The Calloway Street Bridge was closed on Sunday because inspectors found a crack in one of its steel beams.

Engineers said the beam cracked because road salt had corroded a bolt hole under a leaking joint.
`;

let dir: string;
let index: CorpusIndex;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reason-direction-'));
  await writeFile(join(dir, 'bridge.md'), ARTICLE);
  index = await buildCorpusIndex(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fitOf = (question: string, start: string) =>
  rankFor(index, question).find((c) => c.passage.text.startsWith(start))?.features.fit;

describe('a "why" question is answered by the cause of its event, not by a sentence its event is the cause in', () => {
  it('"why did the beam crack?": the crack closing the bridge gives less of an answer than what cracked it', () => {
    const closed = fitOf('Why did the beam crack?', 'The Calloway Street Bridge was closed');
    const cracked = fitOf('Why did the beam crack?', 'Engineers said the beam cracked');
    expect(closed).toBeLessThan(cracked!);
  });

  it('"why was the bridge closed?": the sentence that closes it gives the cause in full', () => {
    expect(fitOf('Why was the bridge closed?', 'The Calloway Street Bridge was closed')).toBe(1);
  });
});
