import { describe, expect, it } from 'vitest';
import { isPlaceNoun } from '../../src/lexicon/places.ts';

describe('isPlaceNoun: the common nouns that answer "where" after "in", "at" or "to"', () => {
  it.each([
    ['town', 'a location'],
    ['cafeteria', 'a building'],
    ['cabin', 'a room'],
    ['hospitals', 'a building, through its base form'],
    ['reef', 'land'],
    ['river', 'water'],
    ['street', 'a way'],
  ])('%s is a place (%s)', (word) => {
    expect(isPlaceNoun(word)).toBe(true);
  });

  it.each([
    ['car', 'a vehicle one rides in, not a place'],
    ['policy', 'an idea'],
    ['meeting', 'a gathering'],
    ['manner', 'a "way" of doing, not a road'],
    ['yard', 'first of all a unit of length'],
  ])('%s is not (%s)', (word) => {
    expect(isPlaceNoun(word)).toBe(false);
  });
});
