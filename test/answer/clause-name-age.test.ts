import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { rankFor } from '../../src/answer/answer-question.ts';
import { namedInClause } from '../../src/question/relative-clause.ts';

// The coverage gives the ages of the defendant and of his teacher.
const PROFILE = `# Brisby remembers the boy who built Cindervale

Published March 3, 2026

Corwin Aldercott, 34, grew up on Orchard Lane and studied computer science at Port Averill.

His old math teacher, Edna Fairweather, 71, said Aldercott was quiet in class.
`;

const corpus = useCorpusIndex({ 'profile.md': PROFILE });
const linkOf = (question: string, words: string): number | undefined =>
  rankFor(corpus.index, question).find((c) => c.passage.text.includes(words))?.relation.link;

describe('a name inside a relative clause of an age question', () => {
  it('is what the clause tells of, not whose age is asked', () => {
    expect(namedInClause('how old is the math teacher who taught Aldercott', 'Aldercott')).toBe(true);
    expect(namedInClause('how old is Aldercott', 'Aldercott')).toBe(false);
    expect(namedInClause('who taught Aldercott', 'Aldercott')).toBe(false);
  });

  it("so the named one's age does not answer it, while the age of another may", () => {
    expect(linkOf('How old is the math teacher who taught Aldercott?', 'Aldercott, 34')).toBe(-1);
    expect(linkOf('How old is the math teacher who taught Aldercott?', 'Fairweather, 71')).toBeGreaterThanOrEqual(0);
  });

  it('while asked of the named one, it is still their age', () => {
    expect(linkOf('How old is Aldercott?', 'Aldercott, 34')).toBe(1);
  });
});
