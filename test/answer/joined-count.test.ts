import { describe, expect, it } from 'vitest';
import { rankFor } from '../../src/answer/answer-question.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

const TOWER = `# Pension fund loses $238m on harbour tower

Published October 7, 2026

The 34-storey office and apartment tower on the former docks was to have been the centrepiece of the redevelopment.

The fund's 11-member board never saw the risk officer's memos, the audit found.

Workers have dug a 90-foot recovery shaft to reach the stalled boring machine.
`;

const corpus = useCorpusIndex({ 'tower.md': TOWER });

describe('a count joined to the noun it counts ("a 34-storey tower")', () => {
  it("counts that noun, in the words a question asks it by: the tower's floors, not the board's members", () => {
    const ranked = rankFor(corpus.index, 'How many floors was the tower supposed to have?');
    expect(ranked[0]?.passage.text).toMatch(/34-storey/u);
    expect(ranked[0]?.features.fit).toBeGreaterThan(0.5);
  });

  it('measures the noun it is joined before when that noun is not asked: a shaft, not the feet a machine dug', () => {
    const ranked = rankFor(corpus.index, 'How many feet a day did the boring machine dig?');
    const shaft = ranked.find((c) => c.passage.text.includes('90-foot'));
    expect(shaft?.features.fit).toBeLessThanOrEqual(0.5);
  });
});
