import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { rankFor } from '../../src/answer/answer-question.ts';

const ARTICLE = `# Calloway Street Bridge closed

Published April 14, 2025

The Calloway Street Bridge was closed on Sunday because inspectors found a crack in one of its steel beams.

Engineers said the beam cracked because road salt had corroded a bolt hole under a leaking joint.

Traffic backed up across the river all morning, prompting the city to reopen the old ferry route.

The ferry route was reopened because the bridge was closed.
`;

const corpus = useCorpusIndex({ 'bridge.md': ARTICLE });

const fitOf = (question: string, start: string) =>
  rankFor(corpus.index, question).find((c) => c.passage.text.startsWith(start))?.features.fit;

describe('a "why" question is answered by the cause of its event, not by a sentence its event is the cause in', () => {
  it('"why did the beam crack?": the crack closing the bridge gives less of an answer than what cracked it', () => {
    const closed = fitOf('Why did the beam crack?', 'The Calloway Street Bridge was closed');
    const cracked = fitOf('Why did the beam crack?', 'Engineers said the beam cracked');
    expect(closed).toBeLessThan(cracked!);
  });

  it('"why was the bridge closed?": the sentence that closes it gives the cause in full', () => {
    expect(fitOf('Why was the bridge closed?', 'The Calloway Street Bridge was closed')).toBe(1);
  });

  it('"why did traffic back up?" is not answered by what the traffic led to, after ", prompting"', () => {
    const led = fitOf('Why was the ferry route reopened?', 'Traffic backed up');
    const prompted = fitOf('Why did traffic back up?', 'Traffic backed up');
    // The sentence gives the reopening's cause, not the traffic's.
    expect(prompted).toBeLessThan(led!);
  });
});
