import { describe, expect, it } from 'vitest';
import { acronymsOf, namesWithin } from '../../src/text/names.ts';
import { lexiconOf, phrasesOf } from './build-lexicon.ts';

describe('acronymsOf', () => {
  it('takes the initials, with and without the small words', () => {
    expect(acronymsOf('American Civil Liberties Union')).toEqual(['ACLU']);
    expect(acronymsOf('Immigration and Customs Enforcement')).toEqual(['IACE', 'ICE']);
    expect(acronymsOf('Department of Justice')).toEqual(['DOJ', 'DJ']);
    expect(acronymsOf('Seattle')).toEqual([]);
  });

  it('finds the names inside a name a sentence-initial capital joined', () => {
    expect(namesWithin('Agents of Immigration and Customs Enforcement')).toEqual([
      'Agents of Immigration and Customs Enforcement',
      'Immigration and Customs Enforcement',
      'Customs Enforcement',
    ]);
  });
});

describe('Lexicon: corpus acronyms and the names they abbreviate', () => {
  const lexicon = lexiconOf([
    'The American Civil Liberties Union sued. Agents of Immigration and Customs Enforcement refused to comment.',
    'The ACLU said the ICE contract was secret.',
  ]);

  it('links an acronym to its name and the name to the acronym', () => {
    expect(lexicon.expand('aclu', 'n')[0]).toMatchObject({
      terms: ['american', 'civil', 'liberti', 'union'],
      relation: 'acronym',
    });
    expect(phrasesOf(lexicon.expandPhrase(['american', 'civil', 'liberty', 'union']))).toEqual(['aclu']);
  });

  it('skips the small words of a name as acronyms do', () => {
    expect(phrasesOf(lexicon.expand('ice', null))).toContain('immigr custom enforc');
  });

  it("links initials that write a small word's in lower case to the name", () => {
    const written = lexiconOf(['Transport for Example (TfE) voted on Tuesday.', 'The TfE board met in March.']);
    expect(phrasesOf(written.expand('tfe', 'n'))).toContain('transport exampl');
  });
});

describe("Lexicon: the manifest's alias groups", () => {
  const lexicon = lexiconOf(
    ['Workers went on strike at the Kessler Springs plant.'],
    [['walkout', 'strike', 'job action']],
  );

  it('links each alias to the others that occur in the corpus', () => {
    expect(lexicon.expand('walkout', 'n')).toContainEqual({ terms: ['strike'], weight: 0.95, relation: 'alias' });
    expect(phrasesOf(lexicon.expandPhrase(['job', 'action']))).toContain('strike');
  });

  it('never links to an alias the corpus lacks', () => {
    expect(phrasesOf(lexicon.expand('strike', 'n'))).not.toContain('walkout');
  });
});
