import { describe, expect, it } from 'vitest';
import { collocationStarts, collocationsExtending, sensesOf } from '../../src/lexicon/sense-index.ts';

describe("the phrases a corpus's lexicon keeps", () => {
  const starts = collocationStarts();

  it('are the collocations and the first words of longer ones, never single words or free phrases', () => {
    expect(starts.has('police_officer')).toBe(true);
    // Not a lemma of its own, but chief_of_staff begins with it.
    expect(sensesOf('chief_of')).toEqual([]);
    expect(starts.has('chief_of')).toBe(true);
    expect(starts.has('police')).toBe(false);
    expect(starts.has('the_police')).toBe(false);
    expect(starts.has('council_approved')).toBe(false);
  });

  it('are exactly the phrases WordNet gives senses or longer collocations for', () => {
    const phrases = [
      'police_officer',
      'chief_executive',
      'chief_executive_officer',
      'chief_of',
      'chief_of_staff',
      'attorney_general',
      'united_states',
      'new_york',
      'city_council',
      'council_vote',
      'year_old',
      'last_week',
      'press_conference',
      'the_police',
    ];
    for (const phrase of phrases) {
      const known = sensesOf(phrase).length > 0 || collocationsExtending(phrase).length > 0;
      expect({ phrase, kept: starts.has(phrase) }).toEqual({ phrase, kept: known });
    }
  });
});
