import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFor, leadsOf, rankFor } from '../../src/answer/answer-question.ts';
import type { ArticleSubject } from '../../src/answer/article-subject.ts';
import { attributeMentions } from '../../src/answer/attribute-mentions.ts';
import { type RelationCheck, sameEntity } from '../../src/answer/entity-match.ts';
import { checkRelation, type RelationContext } from '../../src/answer/relation.ts';
import { terms } from '../../src/text/analyzer.ts';
import type { CorpusIndex } from '../../src/corpus-index.ts';
import type { NameKind } from '../../src/text/name-kinds.ts';
import { coreIndex, passageOf } from '../support/core-corpus.ts';

let index: CorpusIndex;
beforeAll(async () => {
  index = await coreIndex();
});

const KINDS = new Map<string, NameKind>([
  ['crestline', 'organization'],
  ['ibm', 'organization'],
  ['microsoft', 'organization'],
  ['graham pell', 'person'],
]);

const NO_CONTEXT = { terms: new Set<string>(), paragraphTerms: new Set<string>(), paragraph: '' };

function relation(
  question: string,
  sentence: string,
  kinds: ReadonlyMap<string, NameKind> = KINDS,
  subject: ArticleSubject | null = null,
  context: RelationContext = NO_CONTEXT,
): RelationCheck {
  const passage = passageOf(sentence);
  return checkRelation(passage, analyzeFor(index, question), subject, new Set(passage.terms), context, kinds, null);
}

const LINK = { link: 1, other: null };
const UNKNOWN = { link: 0, other: null };
const conflict = (other: string): RelationCheck => ({ link: -1, other });

describe('a title read as one name with what it is of ("the Bishop of Carrowby") is that owner\'s', () => {
  const asked = 'Who is the bishop of Carrowby?';
  const kinds = new Map<string, NameKind>([...KINDS, ['carrowby', 'place'], ['wenford', 'place']]);

  it.each([
    ['its own', 'The Bishop of Carrowby, the Rt Revd Helen Ashdown, said she was grateful to the court.', LINK],
    [
      "another place's",
      'The Bishop of Wenford, the Rt Revd Ann Lee, said she was grateful to the court.',
      conflict('Wenford'),
    ],
  ])('%s', (_why, sentence, expected) => {
    expect(relation(asked, sentence, kinds)).toEqual(expected);
  });
});

describe('a role is tied to its owner, so "Microsoft\'s chief executive" is not answered with IBM\'s', () => {
  const asked = 'Who is the chief executive of Microsoft?';

  it.each([
    ['a possessive names the owner', "Microsoft's chief executive, Satya Nadella, declined to comment.", LINK],
    [
      "another owner's possessive conflicts",
      "IBM's chief executive, Arvind Krishna, praised the deal.",
      conflict('IBM'),
    ],
    [
      'a compound before a stand-in title ("IBM CEO") conflicts',
      'IBM CEO Arvind Krishna called the deal a smart bet.',
      conflict('IBM'),
    ],
    [
      '"chief executive of X" names the owner after it',
      'Satya Nadella, chief executive of Microsoft, declined to comment.',
      LINK,
    ],
    [
      '"chief executive of IBM" conflicts',
      'The chief executive of IBM, Arvind Krishna, praised the deal.',
      conflict('IBM'),
    ],
    [
      'another owner, but the asked one named too: cannot tell',
      'Microsoft shares rose after IBM chief executive Arvind Krishna spoke.',
      UNKNOWN,
    ],
    ['the role with no names at all: cannot tell', 'The chief executive declined to comment.', UNKNOWN],
    [
      'the owner of a pair of roles holds both ("president and chief executive")',
      "Microsoft's president and chief executive, Satya Nadella, declined to comment.",
      LINK,
    ],
  ])('%s', (_why, sentence, expected) => {
    expect(relation(asked, sentence)).toEqual(expected);
  });

  it('a modifier of the role is not the role: "Stroud\'s campaign spent" names no campaign manager', () => {
    const manager = 'Who is the campaign manager of Microsoft?';
    expect(relation(manager, "Microsoft's campaign spent about $1.3 million, IBM's about $980,000.")).toEqual(UNKNOWN);
    expect(relation(manager, "Microsoft's campaign manager, Jane Roe, declined to comment.")).toEqual(LINK);
  });

  it('a role is a person: "protest" shares an index term with "protester" but is no mention of one', () => {
    const asked = analyzeFor(index, 'Who is the protester in the photo?');
    expect(asked.attributeKind).toBe('role');
    expect(attributeMentions(passageOf('A woman wears a mask during a Black Lives Matter protest.'), asked)).toEqual(
      [],
    );
    expect(attributeMentions(passageOf('A protester wears a mask.'), asked)).toEqual([2]);
  });

  it('a word of the role that opens another role is not the role: a "chief medical officer" is no boss', () => {
    const asked = analyzeFor(index, "Who is Crestline's boss?");
    const mentions = (sentence: string): number[] => attributeMentions(passageOf(sentence), asked);
    expect(mentions("Crestline's chief medical officer, Ana Ruiz, said it would wait.")).toEqual([]);
    expect(mentions("Crestline's chief executive, Graham Pell, said it would wait.")).toEqual([12]);
    expect(mentions('Crestline chief Graham Pell said it would wait.')).toEqual([10]);
  });

  it('a role of several words is not its head with another noun before it: "campaign director" is no executive one', () => {
    const asked = analyzeFor(index, "Who is Crestline's executive director?");
    const mentions = (sentence: string): number[] => attributeMentions(passageOf(sentence), asked);
    expect(mentions('Ana Ruiz, campaign strategies director for Crestline, said it would wait.')).toEqual([]);
    expect(mentions('Ana Ruiz, deputy director of Crestline, said it would wait.')).toEqual([]);
    expect(mentions('Ana Ruiz, executive director of Crestline, said it would wait.')).toEqual([10, 20]);
    // An adjective may be the question's own in other words; a head written bare may be the one asked.
    expect(mentions('Ana Ruiz, interim director of Crestline, said it would wait.')).toEqual([18]);
    expect(mentions('Ana Ruiz, the director of Crestline, said it would wait.')).toEqual([14]);
  });

  it('a role read into a name (a corpus that never writes "mayor" in lower case) is owned by what precedes it', () => {
    const sentence = '"The pier is gone," said Dunmore Mayor Theodore Brandvold, 58, after the storm.';
    const read = passageOf(sentence);
    const name = 'Dunmore Mayor Theodore Brandvold';
    const start = sentence.indexOf(name);
    const passage = { ...read, names: [{ text: name, start, end: start + name.length }] };
    const check = (question: string): RelationCheck =>
      checkRelation(passage, analyzeFor(index, question), null, new Set(passage.terms), NO_CONTEXT, KINDS, null);
    expect(check('Who is the mayor of Dunmore?')).toEqual(LINK);
    expect(check('Who is the mayor of Crestline?')).toEqual(conflict('Dunmore'));
  });

  it('an owner written out right before the role owns it, however the names were cut ("Springs" read as a verb)', () => {
    const sentence = 'Kessler Springs Mayor Ada Quill said the main would be fixed by Friday.';
    const read = passageOf(sentence);
    const cut = (name: string) => ({
      text: name,
      start: sentence.indexOf(name),
      end: sentence.indexOf(name) + name.length,
    });
    const passage = { ...read, names: [cut('Kessler'), cut('Ada Quill')] };
    const check = (question: string): RelationCheck =>
      checkRelation(passage, analyzeFor(index, question), null, new Set(passage.terms), NO_CONTEXT, KINDS, null);
    expect(check('Who is the mayor of Kessler Springs?')).toEqual(LINK);
  });

  it("the name of an owner's thing is tied to that owner: \"the name of Microsoft's product\" is not IBM's", () => {
    const asked = "What is the name of Microsoft's scanning product?";
    expect(relation(asked, "IBM's scanning product, Argus, was shut down.")).toEqual(conflict('IBM'));
    expect(relation(asked, "Microsoft's scanning product, Argus, was shut down.")).toEqual(LINK);
  });

  it('a name set off by a comma holds the role, and the owner follows it ("Jane Roe, an analyst at …")', () => {
    const analyst = 'Who is the analyst at Microsoft?';
    expect(relation(analyst, '"The price is fair," said Jane Roe, an analyst at Microsoft.')).toEqual(LINK);
    expect(relation(analyst, '"The price is fair," said Jane Roe, an analyst at IBM.')).toEqual(conflict('IBM'));
  });

  it('a question with no owner and no known name has nothing to check', () => {
    expect(relation('What did the CEO say?', 'IBM CEO Arvind Krishna called the deal a smart bet.')).toEqual(UNKNOWN);
  });
});

describe("a role with no owner attached, in a sentence about another organization, is that organization's", () => {
  const asked = 'Who is the chief financial officer of Lumeridge?';
  // An article about Crestline that names Lumeridge this often.
  const aboutCrestline = (lumeridge = 1): ArticleSubject => ({
    name: 'crestline',
    terms: ['crestlin'],
    mentions: new Map([
      ['crestline', 6],
      ['lumeridge', lumeridge],
    ]),
  });
  const sentence = "The chief financial officer, Graham Pell, said the deal would add to Crestline's earnings.";

  it('the organization the sentence names owns the role', () => {
    expect(relation(asked, sentence)).toEqual(conflict('Crestline'));
  });

  it('a name that is not an organization does not claim the role', () => {
    expect(relation(asked, sentence, new Map([['crestline', 'person']]))).toEqual(UNKNOWN);
  });

  it('when the sentence names the asked organization too, it cannot tell', () => {
    const both = "The chief financial officer, Graham Pell, said Lumeridge and Crestline's earnings would rise.";
    expect(relation(asked, both)).toEqual(UNKNOWN);
  });

  it("with no name at all, the role is the article's subject's when the article is plainly about it", () => {
    const bare = 'The chief financial officer said earnings would rise.';
    expect(relation(asked, bare, KINDS, aboutCrestline(1))).toEqual(conflict('Crestline'));
    // Named nearly as often as the subject, the asked organization may be whom the role belongs to.
    expect(relation(asked, bare, KINDS, aboutCrestline(4))).toEqual(UNKNOWN);
  });

  it("a measure named with no owner is the subject's too, in an article plainly about another", () => {
    const about = aboutCrestline();
    const bare = 'After the storm the chain still had its trucks, but no drivers to send.';
    expect(relation('How many trucks does Lumeridge have?', bare, KINDS, about)).toEqual(conflict('Crestline'));
    // A sentence that does not name what is measured says nothing of whose it is.
    expect(relation('How many trucks does Lumeridge have?', 'The chain said sales rose.', KINDS, about)).toEqual(
      UNKNOWN,
    );
  });

  it('an unattached role in an article plainly about the asked organization is its own', () => {
    const about = (crestline: number): ArticleSubject => ({
      name: 'lumeridge',
      terms: ['lumeridg'],
      mentions: new Map([
        ['lumeridge', 6],
        ['crestline', crestline],
        ['graham pell', 5],
      ]),
    });
    const bare = 'The chief financial officer said earnings would rise.';
    expect(relation(asked, bare, KINDS, about(1))).toEqual({ link: 1, other: null });
    // Another organization named nearly as often may be whose officer this is.
    expect(relation(asked, bare, KINDS, about(4))).toEqual(UNKNOWN);
  });

  it('a headline naming the asked organization does not make the role its own; the paragraphs around it may', () => {
    const about = aboutCrestline();
    const bare = 'The chief financial officer said earnings would rise.';
    const headline = new Set(terms('Crestline turns down Lumeridge offer'));
    const inHeadline = { terms: headline, paragraphTerms: new Set<string>(), paragraph: '' };
    expect(relation(asked, bare, KINDS, about, inHeadline)).toEqual(conflict('Crestline'));
    const inParagraph = { terms: headline, paragraphTerms: headline, paragraph: '' };
    expect(relation(asked, bare, KINDS, about, inParagraph)).toEqual(UNKNOWN);
  });

  it('an article about "PLB" is about the "Port Labor Board" it abbreviates, asked of as "the labor board"', () => {
    const about: ArticleSubject = {
      name: 'plb',
      terms: ['plb'],
      mentions: new Map([
        ['plb', 6],
        ['port labor board', 1],
      ]),
    };
    const bare = 'The spokesperson said talks would resume.';
    expect(relation('Who is the spokesperson for the labor board?', bare, KINDS, about)).toEqual(UNKNOWN);
    expect(relation('Who is the spokesperson for Crestline?', bare, KINDS, about)).toEqual(conflict('Plb'));
  });

  // Bug: annotate keeps a sentence-opening "Chief" as a name (a title is split off only before a capitalized word),
  // so the role's owner is "Chief": on the acquisition eval corpus the engine answers "Who is Bellamy's chief
  // financial officer?" with "The coverage names Chief's chief financial officer, but not Bellamy's's."
  it('its doc example: "Chief financial officer Graham Pell … Crestline\'s earnings" is Crestline\'s', () => {
    expect(
      relation(asked, "Chief financial officer Graham Pell said the deal would add to Crestline's earnings."),
    ).toEqual(conflict('Crestline'));
  });
});

describe("a count no name is attached to belongs to the sentence's subject", () => {
  const asked = 'How many employees does Crestline have?';

  it('"Lumeridge is laying off 45 employees" counts Lumeridge\'s, not Crestline\'s', () => {
    expect(relation(asked, 'Lumeridge is laying off 45 employees, about 12% of its workforce.')).toEqual(
      conflict('Lumeridge'),
    );
  });

  it('"the company" or a person as the subject says nothing of whose count it is', () => {
    expect(relation(asked, 'The company is laying off 45 employees.')).toEqual(UNKNOWN);
    expect(relation(asked, 'Graham Pell said 45 employees would lose their jobs.')).toEqual(UNKNOWN);
  });
});

describe('an age is tied to the name it follows ("Jane Roe, 54,"), so one person\'s age is not another\'s', () => {
  const asked = 'How old is Mayor Farraday?';

  it.each([
    [
      "the asked person's appositive age",
      'Ashgrove Mayor Linda Farraday, 54, said the street would stay closed.',
      LINK,
    ],
    ["someone else's age, the asked person unnamed", 'Jane Roe, 61, founded Drummond Analytics.', conflict('Jane Roe')],
    // The age sits on Jane Roe's name: naming Farraday elsewhere does not make it hers.
    [
      "someone else's age, the asked person named too",
      'Farraday met Jane Roe, 61, at the hearing.',
      conflict('Jane Roe'),
    ],
    ['an age in "a 26-year-old" apposition', 'Farraday, a 54-year-old lawyer, chairs the council.', LINK],
    // Nobody named: the age is the girl's, not the mayor's.
    [
      'an age of someone unnamed, the asked person neither named nor referred to',
      "One patient, a 17-year-old girl, was in critical condition, according to the mayor's office.",
      { link: -1, other: null },
    ],
  ])('%s', (_why, sentence, expected) => {
    expect(relation(asked, sentence)).toEqual(expected);
  });
});

describe("a person's age asked with the role beside the name is still that person's", () => {
  it('"How old is Jane Roe, the adviser?" is not answered by another person\'s age', () => {
    const kinds = new Map<string, NameKind>([...KINDS, ['jane roe', 'person'], ['farraday', 'person']]);
    const asked = 'How old is Jane Roe, the adviser?';
    expect(relation(asked, 'Farraday, 54, has advised the council for a decade.', kinds)).toEqual(conflict('Farraday'));
    expect(relation(asked, 'Jane Roe, 61, will stay on as an adviser.', kinds)).toEqual(LINK);
  });
});

describe('a measure is tied to its owner even when a word or two qualifies it ("the county\'s kindergarten rate")', () => {
  it("another owner's qualified measure conflicts", () => {
    const asked = 'How many employees does Lumeridge have?';
    expect(relation(asked, "Drummond's delivery employees number 40.")).toEqual(conflict('Drummond'));
    expect(relation(asked, "Lumeridge's delivery employees number 40.")).toEqual(LINK);
  });
});

describe('an owner asked by its initials is the one written out in full ("PLB", "the Port Labor Board")', () => {
  it('a role "for the" owner written out is tied to it, so the role holder answers', () => {
    const question = 'Who is the spokesperson for the PLB?';
    const leads = leadsOf(rankFor(index, question), analyzeFor(index, question)).map((c) => c.passage.text);
    expect(leads[0]).toMatch(/^Dana Wilke, a spokesperson for the Port Labor Board/);
    expect(relation(question, 'Dana Wilke, a spokesperson for the Port Labor Board, said so.')).toEqual(LINK);
    expect(relation(question, 'Dana Wilke, a spokesperson for Drummond Analytics, said so.').link).toBe(-1);
  });

  it('however many words stand before the name written out ("the state\'s own Port Labor Board")', () => {
    const question = 'Who is the spokesperson for the PLB?';
    expect(relation(question, "Dana Wilke, the spokesperson for the state's own Port Labor Board, said so.")).toEqual(
      LINK,
    );
  });
});

describe('a measure is tied to a name written right before it ("Drummond employees")', () => {
  it("another company's employees conflict, named before them or as the sentence's subject", () => {
    const asked = 'How many employees does Lumeridge have?';
    expect(relation(asked, 'Drummond employees number 40.')).toEqual(conflict('Drummond'));
    expect(relation(asked, 'Drummond Analytics has 40 employees.')).toEqual(conflict('Drummond Analytics'));
    expect(relation(asked, 'Analysts say 40 employees will move.')).toEqual(UNKNOWN);
  });
});

describe("an event verb belongs to the name just before it: one company's founding does not date another's", () => {
  const asked = 'When was Drummond founded?';

  it.each([
    [
      'another company founded, in an apposition',
      'Lumeridge, founded in 2014, bought Drummond Analytics for $310 million.',
      conflict('Lumeridge'),
    ],
    ['the asked company, in the passive', 'Drummond Analytics was founded in 1998 by Jane Roe.', LINK],
    ['the asked company, through "which was"', 'Drummond, which was founded in 1998, employs 40 people.', LINK],
    ['no founding at all', 'Drummond employs 40 people.', UNKNOWN],
  ])('%s', (_why, sentence, expected) => {
    expect(relation(asked, sentence)).toEqual(expected);
  });

  it('in the active voice, the one the verb acts on is the one founded ("he founded Lumeridge")', () => {
    const sentence = 'Marsh later ran a unit of Drummond before he founded Lumeridge in 2014.';
    expect(relation(asked, sentence)).toEqual(conflict('Lumeridge'));
    // Asked what Drummond did, not what was done to it, the object says nothing.
    expect(relation('When did Drummond buy a rival?', 'In 2014 its owners bought Lumeridge.')).toEqual(UNKNOWN);
  });

  // Bug: the name before the verb is taken as whose event it is, but in the active voice it is the doer: "Jane Roe
  // founded Drummond in 1998" dates Drummond's founding, yet it is marked a conflict and penalized in ranking.
  it('an active sentence with the asked company as its object answers it ("Roe founded Drummond")', () => {
    expect(relation(asked, 'Jane Roe founded Drummond in 1998.').link).not.toBe(-1);
  });
});

describe('a question for the holder of a role is answered only by a sentence that ties the role to its owner', () => {
  const leads = (question: string): string[] =>
    leadsOf(rankFor(index, question), analyzeFor(index, question)).map((c) => c.passage.text);

  it("Microsoft's chief executive is named with Microsoft's possessive: that sentence leads", () => {
    expect(leads("Who is Microsoft's chief executive?")[0]).toMatch(/^Microsoft's chief executive, Satya Nadella/);
  });

  it('a role the sentences never tie to the asked owner leaves nothing to answer with', () => {
    // Both chief executives in the coverage are other companies' (IBM's, Microsoft's), and nothing ties one to Drummond.
    expect(leads("Who is Drummond's chief executive?")).toEqual([]);
  });
});

describe('sameEntity', () => {
  it('a surname is the person whose full name ends with it, but a word is not a prefix of another word', () => {
    expect(sameEntity(['baptist'], ['loui', 'baptist'])).toBe(true);
    expect(sameEntity(['drummond', 'analyt'], ['drummond'])).toBe(true);
    expect(sameEntity(['lumeridg'], ['lumeridgeco'])).toBe(false);
    expect(sameEntity([], ['drummond'])).toBe(false);
  });
});

describe("a yes/no question is about its subject: another company's deed does not answer it", () => {
  const asked = 'Did Microsoft also donate money, like Crestline did?';
  const about = (name: string): ArticleSubject => ({ name, terms: [name], mentions: new Map([[name, 6]]) });

  it('a sentence not naming the subject, in an article about another company, tells of that company', () => {
    const donated = 'Last week, the company said it would donate $10 million to racial justice groups.';
    expect(relation(asked, donated, KINDS, about('crestline'))).toEqual(conflict('Crestline'));
  });

  it('naming the subject, or in an article about it, the sentence may answer', () => {
    expect(relation(asked, 'Microsoft said it would donate $5 million.', KINDS, about('crestline'))).toEqual(UNKNOWN);
    expect(relation(asked, 'It said it would donate $5 million.', KINDS, about('microsoft'))).toEqual(UNKNOWN);
  });
});

describe('a count of another noun does not answer "how many" of the one asked', () => {
  // The core corpus writes of deckhands, so "deckhands" is a word the question is specific about.
  const asked = 'How many deckhands does the ferry company employ?';

  it('every count counting something else, with what is asked never mentioned, conflicts', () => {
    expect(relation(asked, 'The ferry company employs about 2,300 TVTA drivers.')).toEqual({
      link: -1,
      other: null,
      rulesOut: true,
    });
  });

  it('a count of the asked noun, or a count with no noun after it, may answer', () => {
    expect(relation(asked, 'The ferry company employs 40 deckhands.').link).not.toBe(-1);
    expect(relation(asked, 'Of the deckhands, 40 were hired last year.').link).not.toBe(-1);
  });

  it('naming what is asked does not make a count of something else its count', () => {
    const sentence = 'The ferry company, whose deckhands walked out, is cutting 40 crossings.';
    expect(relation(asked, sentence)).toEqual({ link: -1, other: null, rulesOut: true });
  });

  it('where it is named, a count of the same kind of thing may count it in other words ("28 members")', () => {
    expect(relation(asked, 'The ferry company, which lost deckhands, hired 40 workers.').link).not.toBe(-1);
  });

  it('a count of people counts the kind of person asked, never named: "employs 40 people" counts its deckhands', () => {
    expect(relation(asked, 'The ferry company employs about 40 people.').link).not.toBe(-1);
    expect(relation(asked, 'The ferry company runs about 40 boats.').link).toBe(-1);
  });

  it('a generic noun ("people") may be counted as anyone', () => {
    expect(relation('How many people did the ferry company hire?', 'It hired 40 drivers.').link).not.toBe(-1);
  });

  it('people are counted by what they did: a sentence telling nothing of it counts other people', () => {
    const hired = 'How many people did the ferry company hire?';
    expect(relation(hired, 'The ferry company carries about 9,000 people a day.')).toEqual({
      link: -1,
      other: null,
      rulesOut: true,
    });
    expect(relation(hired, 'The ferry company hired about 40 people.').link).not.toBe(-1);
  });
});
