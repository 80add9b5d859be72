import { describe, expect, it } from 'vitest';
import { antecedentTerms } from '../../src/answer/antecedent.ts';
import { passageOf } from '../support/core-corpus.ts';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// The reactor is named by a common noun two paragraphs up, and "It" sentences follow. The other distance is the
// sports centre's, which holds as many of the question's words but is not what "It" stands for.
const STORY = `# University facility shut after coolant leak

Published March 4, 2026

The reactor, which opened in 1987, is a five-megawatt pool-type design.

It is used for research, for training engineers and to make isotopes.

It sits about 2.5km north of Wendham town centre. The sports centre is 4km from Wendham station.
`;

const corpus = useCorpusEngine({ 'story.md': STORY });

describe('a sentence opening on "It" speaks of the thing the sentences before it began with', () => {
  it('answers how far the reactor is with the "It" sentence, not the sports centre\'s distance', async () => {
    const answer = await corpus.engine.ask('How far is the reactor from Wendham?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer.split('[1]')[0]).toContain('2.5km');
  });

  it('takes nothing from "It is unclear …", which stands for no thing before it', () => {
    const before = { ...passageOf('The reactor, which opened in 1987, is a pool-type design.'), index: 0 };
    const unclear = { ...passageOf('It is unclear when it will restart.'), index: 1 };
    const sits = { ...passageOf('It sits north of the town.'), index: 1 };
    expect(antecedentTerms(unclear, [before, unclear])).toEqual([]);
    expect(antecedentTerms(sits, [before, sits])).toEqual(['reactor']);
  });
});
