import { describe, expect, it } from 'vitest';
import { analyzeFor, leadsOf, rankFor } from '../../src/answer/answer-question.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

const BLOOM = `# Algae bloom closes beaches

Published August 6, 2025

A sample taken off Brennock Head contained 210,000 cells per litre, the highest count since records began.

The agency closed 14 beaches and posted notices at 16 car parks.
`;

const corpus = useCorpusIndex({ 'bloom.md': BLOOM });

describe('a "how many" whose head is a word for a figure ("the highest cell count")', () => {
  it('is answered by a count of what the word before it names, though "count" is written after the figure', () => {
    const question = 'What was the highest cell count?';
    const leads = leadsOf(rankFor(corpus.index, question), analyzeFor(corpus.index, question));
    expect(leads[0]?.passage.text).toMatch(/210,000 cells/u);
  });
});
