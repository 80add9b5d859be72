import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { rankFor } from '../../src/answer/answer-question.ts';

// The captain is named; the second officer is written of only as not named, and the hospital withholds names.
const GROUNDING = `# Cargo ship runs aground off Port Ellery

Published May 2, 2026

The ship's captain, Lars Eide, said the crew of 21 was safe.

The second officer, a 34-year-old who has not been named, was alone on the bridge at the time.

Two crew members were taken to Ellery General Hospital, which did not release names.

The inquiry's lawyer said she did not expect a hearing before February.

The ship's owner, Hallvard Shipping, has no plans to sell the vessel.

The coastguard has not named the make or model of the ship's radar.
`;

const corpus = useCorpusIndex({ 'grounding.md': GROUNDING });
const ruledOut = (question: string, words: string): boolean | undefined =>
  rankFor(corpus.index, question).find((c) => c.passage.text.includes(words))?.relation.rulesOut ?? false;

describe('a sentence that writes what is asked only as withheld', () => {
  it('does not answer it: "has not been named" gives no name', () => {
    expect(ruledOut("What is the second officer's name?", 'has not been named')).toBe(true);
    expect(ruledOut("What is the second officer's name?", 'did not release names')).toBe(true);
  });

  it('nor does a verb of making known, negated before the asked word and its article', () => {
    expect(ruledOut("What model was the ship's radar?", 'has not named the make or model')).toBe(true);
  });

  it('while a sentence that gives it still may', () => {
    expect(ruledOut("What is the captain's name?", 'Lars Eide')).toBe(false);
  });

  it('and a negation of another verb ("did not expect a hearing") withholds nothing', () => {
    expect(ruledOut('When is the hearing?', 'did not expect a hearing')).toBe(false);
  });

  it('nor does "no" before a noun: "has no plans to sell" is what the owner plans', () => {
    expect(ruledOut('What does Hallvard Shipping plan to do?', 'no plans to sell')).toBe(false);
  });
});
