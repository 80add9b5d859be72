import { describe, expect, it } from 'vitest';
import { englishWords } from '../../src/lexicon/english.ts';
import { NameKindVotes, type NameKind } from '../../src/text/name-kinds.ts';
import { annotate } from '../support/core-corpus.ts';

/** What the text says each of its names is, sentences read in order as the index reads them. */
function kindsOf(...sentences: string[]): Map<string, NameKind> {
  const votes = new NameKindVotes(englishWords());
  for (const sentence of sentences) {
    const a = annotate(sentence);
    votes.observe(a.tokens, a.names);
  }
  return votes.settle();
}
const kindOf = (name: string, ...sentences: string[]): NameKind | undefined => kindsOf(...sentences).get(name);

/** The kinds settled from one sentence opening on a name read whole, titles and all, as a tagger may read it. */
function kindsOfOpeningName(sentence: string, name: string): Map<string, NameKind> {
  const votes = new NameKindVotes(englishWords());
  votes.observe(annotate(sentence).tokens, [{ text: name, start: 0, end: name.length }]);
  return votes.settle();
}

describe('name kinds: "who" wants a person, "where" a place; the text around a name says which it is', () => {
  it('a title of several words read into the name ("Museum Director Alma Ferrante") makes the whole a person', () => {
    const sentence = 'Museum Director Alma Ferrante said the pieces were insured.';
    const kinds = kindsOfOpeningName(sentence, 'Museum Director Alma Ferrante');
    expect(kinds.get('museum director alma ferrante')).toBe('person');
    expect(kinds.get('alma ferrante')).toBe('person');
  });

  it('a title after the place it is of ("Port Ellery Mayor Agnes Thornbury") makes what follows it a person', () => {
    const sentence = 'Port Ellery Mayor Agnes Thornbury said the town had set up a hotline.';
    const kinds = kindsOfOpeningName(sentence, 'Port Ellery Mayor Agnes Thornbury');
    expect(kinds.get('port ellery mayor agnes thornbury')).toBe('person');
    expect(kinds.get('agnes thornbury')).toBe('person');
  });

  it('a capitalized role written before a name, outside it ("Chief Executive Marguerite Roe"), is a title', () => {
    const sentence = 'Chief Executive Marguerite Roe told the staff the plant would stay open.';
    const name = 'Marguerite Roe';
    const votes = new NameKindVotes(englishWords());
    const start = sentence.indexOf(name);
    votes.observe(annotate(sentence).tokens, [{ text: name, start, end: start + name.length }]);
    expect(votes.settle().get('marguerite roe')).toBe('person');
  });

  it('no title is read into a name that ends on a common word, or opens on a name ("American", "Amazon")', () => {
    const votes = new NameKindVotes(englishWords());
    for (const [sentence, name] of [
      ['The American Civil Liberties Union sued the city.', 'American Civil Liberties Union'],
      ['Amazon Rekognition matched the photos.', 'Amazon Rekognition'],
    ]) {
      votes.observe(annotate(sentence!).tokens, [{ text: name!, start: sentence!.indexOf(name!), end: name!.length }]);
    }
    const kinds = votes.settle();
    expect(kinds.get('american civil liberties union')).not.toBe('person');
    expect(kinds.get('rekognition')).toBeUndefined();
  });

  it.each([
    [
      'a title inside the name says a person follows it',
      'linda farraday',
      'Mayor Linda Farraday opened the bridge.',
      'person',
    ],
    ['an honorific before it says a person', 'okafor', 'Dr. Okafor opened the clinic.', 'person'],
    ['a building one is "at" is a place', 'calloway hotel', 'They signed it at the Calloway Hotel.', 'place'],
    ['an age after it ("Quentin Marsh, 47,") says a person', 'quentin marsh', 'Quentin Marsh, 47, was hurt.', 'person'],
    [
      'an apposition headed by a role says a person ("the city engineer")',
      'dana whitlock',
      'Dana Whitlock, the city engineer, spoke.',
      'person',
    ],
    [
      'an apposition headed by a group noun says an organization',
      'thorn',
      'Thorn, a nonprofit organization, sued the city.',
      'organization',
    ],
    ['an apposition headed by a place noun says a place', 'riverton', 'Riverton, a small town, voted.', 'place'],
    [
      'an apposition is read to its head, whatever the tagger calls it ("a Marlow-based firm that tracks …")',
      'brightwater analytics',
      'Brightwater Analytics, a Marlow-based firm that tracks rental listings, counted 1,610 listings.',
      'organization',
    ],
    ['"who" after the comma says a person', 'jody voss', 'Jody Voss, who runs the shop, agreed.', 'person'],
    [
      'a group noun right before a name says an organization',
      'zentrix',
      'The technology company Zentrix sued.',
      'organization',
    ],
    [
      'a list after "like" takes its kind from the noun before: the last name of the list too',
      'marinus analytics',
      'It will let organizations like Thorn, the Center for Missing and Exploited Children, and Marinus Analytics use it.',
      'organization',
    ],
    [
      'a verb between the noun and the name breaks the cue ("Missing" is no title)',
      'exploited children',
      'It helps the International Center for Missing and Exploited Children.',
      'other',
    ],
    ['a company ending says an organization', 'brightwater inc.', 'Brightwater Inc. raised prices.', 'organization'],
    ['a place noun ending the name says a place', 'halden county', 'Halden County voted.', 'place'],
    ['a place preposition before it says a place', 'ostrava', 'Protests spread in Ostrava.', 'place'],
    ['"it" referring back says an organization', 'zentrix', 'Zentrix said it would appeal.', 'organization'],
    ['"she" referring back says a person', 'morrow', 'Morrow said she would appeal.', 'person'],
    ['an acronym is most often an organization', 'aclu', 'The ACLU sued.', 'organization'],
  ])('%s', (_why, name, sentence, kind) => {
    expect(kindOf(name, sentence)).toBe(kind);
  });

  // Bug: WordNet files "group" under noun.Tops, not noun.group, so the commonest apposition for an organization
  // ("an advocacy group", "a nonprofit group") gives no vote; answer-type.ts overrides "group" for the same reason.
  it('an apposition headed by "group" says an organization ("Thorn, a nonprofit group,")', () => {
    expect(kindOf('thorn', 'Thorn, a nonprofit group, sued the city.')).toBe('organization');
  });

  it('the apposition ends at "of": in "head of the agency" the agency is not what the name is', () => {
    expect(kindOf('dana whitlock', 'Dana Whitlock, head of the agency, spoke.')).not.toBe('organization');
  });

  it('an ampersand makes a firm, whatever person-noun its apposition uses ("a steel contractor")', () => {
    expect(
      kindOf('kestrel bridge & iron', 'The city hired Kestrel Bridge & Iron, a steel contractor based nearby.'),
    ).toBe('organization');
  });

  it('a given name and a double-barrelled surname are a person, a famous namesake\'s surname too ("Hahn")', () => {
    const sentence = "The fund's tax filing lists Carla Menendez-Hahn as its president.";
    expect(kindOf('carla menendez-hahn', sentence)).toBe('person');
  });

  it('a name with no cue at all is "other": nothing is guessed', () => {
    expect(kindOf('drummond', 'Drummond grew.')).toBe('other');
  });
});

describe('votes add up across the corpus and the strongest kind wins', () => {
  it("one sentence's cue outweighs another's weaker one (an age beats a place preposition)", () => {
    expect(kindOf('quentin marsh', 'Quentin Marsh, 47, was hurt.', 'Crowds gathered in Quentin Marsh.')).toBe('person');
  });

  it('many weak cues outweigh one: a town named after "in" again and again is a place', () => {
    const seen = [
      'Rain fell in Verlow.',
      'Shops closed in Verlow.',
      'Schools shut in Verlow.',
      'Verlow said it would help.',
    ];
    expect(kindOf('verlow', ...seen)).toBe('place');
  });
});

describe('a surname alone is the person whose full name ends with it, so "Farraday said" answers "who"', () => {
  it('the surname of a known person settles to a person', () => {
    expect(kindOf('farraday', 'Mayor Linda Farraday opened the bridge.', 'Farraday said the work was done.')).toBe(
      'person',
    );
  });

  it('without the full name, a bare surname stays "other"', () => {
    expect(kindOf('farraday', 'Farraday said the work was done.')).toBe('other');
  });

  it('a surname with a kind of its own keeps it', () => {
    expect(kindOf('ostrava', 'Mayor Jana Ostrava spoke.', 'Protests spread in Ostrava.')).toBe('place');
  });

  it('a word told of more as a place than as anyone is no surname, though a misread name ends with it', () => {
    const seen = [
      '"Tonight Bellhaven decided that workers deserve more," she said.',
      'Most stores in Bellhaven open late.',
      'Voters in Bellhaven approved the measure.',
      'Bellhaven said it would hire more inspectors.',
      'Bellhaven will vote again next year.',
      'Bellhaven has no wage law of its own.',
      'Bellhaven voters were split.',
    ];
    expect(kindOf('tonight bellhaven', ...seen)).toBe('person');
    expect(kindOf('bellhaven', ...seen)).toBe('other');
  });

  it('persons in the plural inside a name are a body of them, an organization', () => {
    const sentence = 'Gil Marchetti, president of Allied Tech Workers Local 9, called on the company to negotiate.';
    expect(kindOf('allied tech workers local', sentence)).toBe('organization');
  });
});

describe("a body's short form", () => {
  const hospice = [
    'The nurses at Hafan Eirlys Hospice care for twelve patients.',
    'It costs about £7.9 million a year to run Hafan Eirlys.',
    'Hafan Eirlys says the beds will shut next month.',
  ];

  it('is no person, though spelled as a name is ("Hafan Eirlys" of "Hafan Eirlys Hospice")', () => {
    expect(kindOf('hafan eirlys', ...hospice)).not.toBe('person');
    expect(kindOf('hafan eirlys', ...hospice.slice(1))).toBe('person');
  });

  it("is read only where common nouns follow it: a results list's runner and country stay a person", () => {
    const results = ['Hanna Lindqvist Sweden finished in 2:24:10.', 'Hanna Lindqvist won the race in Berlin.'];
    expect(kindOf('hanna lindqvist', ...results)).toBe('person');
  });
});

describe('a name closed by a word for an event', () => {
  it('is the event, though a comma after it reads like an apposition naming a person ("the skipper")', () => {
    const sentence = 'Four weeks after her yacht capsized in the Varne Race, the skipper talks about the wave.';
    expect(kindOf('varne race', sentence)).not.toBe('person');
  });
});
