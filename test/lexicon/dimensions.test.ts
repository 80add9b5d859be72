import { describe, expect, it } from 'vitest';
import { adjectiveDimension, adverbDimension, nounDimension, unitDimensions } from '../../src/lexicon/dimensions.ts';
import { englishWords } from '../../src/lexicon/english.ts';

describe("a unit's dimension comes from WordNet's kinds of unit, in any of its senses", () => {
  it.each([
    ['feet', ['length']],
    ['gallons', ['volume']],
    ['acres', ['area']],
    ['tonnes', ['mass']],
    ['mph', ['rate']],
    ['knots', ['rate']],
    ['degrees', ['temperature']],
    // A cubic yard is a volume as a yard is a length.
    ['yards', ['length', 'volume']],
    ['passengers', []],
  ])('%s measures %j', (word, dimensions) => {
    expect([...unitDimensions(word)].sort()).toEqual(dimensions);
  });
});

describe('a measuring word asks for the dimension of the attribute it values', () => {
  it.each([
    ['deep', 'length'],
    ['tall', 'length'],
    ['fast', 'rate'],
    ['heavy', 'mass'],
    // "High" values a degree first ("high prices") and a height second.
    ['high', 'length'],
    // "Long" values a duration first, which is no figure; its second sense is a length.
    ['long', 'length'],
    // A size is told in any unit.
    ['big', null],
  ])('the adjective %s asks for a %s', (lemma, dimension) => {
    expect(adjectiveDimension(lemma)).toBe(dimension);
  });

  it('an adverb asks for what the adjective it is made from asks ("often": "frequent", a frequency)', () => {
    expect(adverbDimension('often')).toBe('rate');
    expect(nounDimension('depth')).toBe('length');
    expect(nounDimension('price')).toBeNull();
  });
});

describe('a word names money when WordNet files one of its senses under money and none under another measure', () => {
  it.each([
    ['crowns', true],
    ['marks', true],
    ['rupees', true],
    // A pound is a weight too, and a point or a grade no money.
    ['pounds', false],
    ['points', false],
    ['acres', false],
  ])('%s: %s', (word, money) => {
    expect(englishWords().isMoneyUnit(word)).toBe(money);
  });
});
