import { beforeAll, describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/lexicon/index.ts';
import { LEXICON_ARTICLES, lexiconOf, phrasesOf } from './build-lexicon.ts';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = lexiconOf([LEXICON_ARTICLES]);
});

const expansion = (lemma: string, cls: 'n' | 'v' | 'a' | null, phrase: string) =>
  lexicon.expand(lemma, cls).find((e) => e.terms.join(' ') === phrase);

describe('Lexicon.expand: question words reach the words the articles use', () => {
  it('"staff" reaches "employees" (a staff\'s members are a kind of employee)', () => {
    expect(expansion('staff', 'n', 'employe')).toMatchObject({ relation: 'member' });
  });

  it('"settled" reaches "settlement" by derivation', () => {
    expect(expansion('settle', 'v', 'settlement')).toMatchObject({ relation: 'derivation' });
  });

  it('"bought" reaches "acquired": acquiring is what buying is a kind of', () => {
    expect(expansion('buy', 'v', 'acquir')).toMatchObject({ relation: 'hypernym' });
  });

  it('"CEO" reaches "chief executive", the corpus\'s shortening of chief executive officer', () => {
    expect(expansion('ceo', 'n', 'chief execut')).toMatchObject({ relation: 'phrase' });
  });

  it('a role is reached from the kinds it is: "leader" and "executive" reach "CEO"', () => {
    const roles = lexiconOf(['IBM CEO Arvind Krishna wrote to Congress on Monday.']);
    const reach = (lemma: string) => roles.expand(lemma, 'n').find((e) => e.terms.join(' ') === 'ceo');
    expect(reach('executive')).toMatchObject({ relation: 'hyponym' });
    expect(reach('leader')).toMatchObject({ relation: 'hyponym' });
    // "person" is too broad a kind to stand for any one role.
    expect(reach('person')).toBeUndefined();
  });

  it('"cop" reaches "police officers" and the police', () => {
    expect(phrasesOf(lexicon.expand('cop', 'n'))).toEqual(expect.arrayContaining(['polic offic', 'polic']));
  });

  it('"injured", as verb or adjective, reaches "injuries"', () => {
    expect(expansion('injure', 'v', 'injuri')).toMatchObject({ relation: 'derivation' });
    expect(expansion('injured', 'a', 'injuri')).toBeDefined();
  });

  it('"died" reaches "killed": killing causes dying', () => {
    const storm = lexiconOf(['The storm killed three people in the county.']);
    expect(storm.expand('die', 'v').find((e) => e.terms.join(' ') === 'kill')).toMatchObject({ relation: 'cause' });
  });

  it('"heavy" and "tall" reach the attributes they are values of: "weight" and "height"', () => {
    const zoo = lexiconOf(['The leopard is back to her normal weight, and the fence will double in height.']);
    const reach = (lemma: string, term: string) => zoo.expand(lemma, 'a').find((e) => e.terms.join(' ') === term);
    expect(reach('heavy', 'weight')).toMatchObject({ relation: 'attribute' });
    expect(reach('tall', 'height')).toMatchObject({ relation: 'attribute' });
  });

  it('a question word outside the corpus reaches its synonym in it ("fireman" → "firefighters")', () => {
    expect(expansion('fireman', 'n', 'firefight')).toMatchObject({ relation: 'synonym' });
  });

  it('weights closer relations higher, strongest first', () => {
    const weights = lexicon.expand('cop', 'n').map((e) => e.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(expansion('fireman', 'n', 'firefight')!.weight).toBeGreaterThan(expansion('buy', 'v', 'acquir')!.weight);
  });

  it("never returns the word's own terms", () => {
    expect(phrasesOf(lexicon.expand('employee', 'n'))).not.toContain('employe');
    expect(phrasesOf(lexicon.expand('settlement', 'n'))).not.toContain('settlement');
  });

  it('gives nothing for a word unrelated to the corpus', () => {
    expect(lexicon.expand('photosynthesis', 'n')).toEqual([]);
    expect(lexicon.expand('banana', null)).toEqual([]);
  });
});

describe('Lexicon.expand: frequent senses and word classes', () => {
  it('reads "cop" the noun as a police officer, never as the rare verb "thieve" (steal)', () => {
    expect(phrasesOf(lexicon.expand('cop', 'n'))).not.toContain('steal');
    expect(phrasesOf(lexicon.expand('cop', null))).not.toContain('steal');
  });

  it('keys by class: "cop" the verb does mean steal, and only the verb does', () => {
    expect(phrasesOf(lexicon.expand('cop', 'v'))).toContain('steal');
    expect(phrasesOf(lexicon.expand('cop', 'v'))).not.toContain('polic offic');
  });

  it('with no class, merges the classes ("settled" → "settlement")', () => {
    expect(phrasesOf(lexicon.expand('settled', null))).toContain('settlement');
  });
});

describe('Lexicon.expand: the reverse directions, on a corpus that uses the other word', () => {
  const other = () => lexiconOf(['The hospital staff worked all night. Officers from the city police came.']);

  it('"employees" reaches "staff", and "policeman" the police', () => {
    const reverse = other();
    expect(phrasesOf(reverse.expand('employee', 'n'))).toContain('staff');
    expect(phrasesOf(reverse.expand('policeman', 'n'))).toContain('polic');
  });
});

describe('Lexicon.expandPhrase: question phrases', () => {
  it('a collocation the corpus shortens reaches the short form', () => {
    expect(phrasesOf(lexicon.expandPhrase(['chief', 'executive', 'officer']))).toContain('chief execut');
  });

  it('a question collocation reaches related corpus words ("police officer" → police)', () => {
    expect(phrasesOf(lexicon.expandPhrase(['police', 'officer']))).toContain('polic');
  });
});

describe('Lexicon.synonymsInAnySense: a verb WordNet lacks, made of a noun it has', () => {
  it('"reffed" shares the words of "ref", the noun it is made of ("referee")', () => {
    expect(lexicon.synonymsInAnySense('reffed', 'v')).toContain('referee');
  });

  it('a verb WordNet knows keeps its own senses ("walked" is not "walk", the noun)', () => {
    expect(lexicon.synonymsInAnySense('walked', 'v')).not.toContain('base on balls');
  });
});
