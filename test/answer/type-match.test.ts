import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import { definitionFit, entityFit, type EntityFit, spelledOutFit } from '../../src/answer/type-match.ts';
import type { CorpusIndex } from '../../src/corpus-index.ts';
import type { NameKind } from '../../src/text/name-kinds.ts';
import { coreIndex, passageOf } from '../support/core-corpus.ts';

let index: CorpusIndex;
const definesSubjectPlainly = (text: string, subject: string | null): boolean => definitionFit(text, subject) === 1;
beforeAll(async () => {
  index = await coreIndex();
});

const KINDS = new Map<string, NameKind>([
  ['lumeridge', 'organization'],
  ['drummond', 'organization'],
  ['drummond analytics', 'organization'],
  ['pellco', 'organization'],
  ['tarnex', 'organization'],
  ['ibm', 'organization'],
  ['ashgrove', 'place'],
  ['jane roe', 'person'],
  ['linda farraday', 'person'],
]);

const fitOf = (question: string, sentence: string): EntityFit =>
  entityFit(passageOf(sentence), analyzeFor(index, question), KINDS);
const fitScore = (question: string, sentence: string): number => fitOf(question, sentence).fit;

describe('values fit by answer type: a sentence lacking the kind of thing asked for is not the answer', () => {
  it.each([
    ['a year answers "when" fully', 'When was Drummond founded?', 'Drummond Analytics was founded in 1998.', 1],
    ['a time of day answers "when" only in part', 'When was Drummond founded?', 'Drummond was founded at 9 a.m.', 0.5],
    [
      '"today" says when relative to the article, so it fits only loosely',
      'When was Drummond founded?',
      'The company said today that Drummond was founded by Jane Roe.',
      0.3,
    ],
    ['a count does not answer "when"', 'When was Drummond founded?', 'Drummond employs 40 people.', 0],
    [
      "a count of a currency's units is a sum",
      'How much money does Jane Roe want?',
      'Jane Roe wants 500 crowns for the damage.',
      1,
    ],
    ['a count of other things is not', 'How much money does Jane Roe want?', 'Jane Roe wants 500 tickets for it.', 0.3],
    [
      'a span "until" a date says when it ends',
      'When will Pell Street reopen?',
      'Pell Street will stay closed until March 2026.',
      1,
    ],
    [
      'a span "until" no date does not',
      'When will Pell Street reopen?',
      'Pell Street will stay closed until further notice.',
      0,
    ],
    [
      '"one" as a pronoun ("the last one") is hardly a count',
      'How many people did the water main break displace?',
      'The crews fought this break with a map built for the last one.',
      0.3,
    ],
    ['a clock time answers "what time"', 'What time did the water main break?', 'It broke at 2:40 a.m.', 1],
    [
      'a span between times of day says what hours',
      'What hours is Pell Street closed?',
      'Pell Street is closed from 6 a.m. to 10 a.m. on weekdays.',
      1,
    ],
    [
      'a time of day without a figure answers "what time" only loosely',
      'What time did the water main break?',
      'It broke during the night.',
      0.5,
    ],
    [
      'a sum of money answers "how much did they pay"',
      'How much did Lumeridge pay for Drummond?',
      'Lumeridge paid $310 million for Drummond.',
      1,
    ],
    [
      'a bare figure answers it only weakly',
      'How much did Lumeridge pay for Drummond?',
      'Lumeridge paid 310 for Drummond shares.',
      0.3,
    ],
    [
      'a sentence with no value does not answer it',
      'How much did Lumeridge pay for Drummond?',
      'Lumeridge paid for Drummond.',
      0,
    ],
  ])('%s', (_why, question, sentence, expected) => {
    expect(fitScore(question, sentence)).toBeCloseTo(expected);
  });

  it("a value sitting next to the question's words fits nearer than one far from them", () => {
    const close = fitOf('When was Drummond founded?', 'Drummond was founded in 1998.');
    const far = fitOf(
      'When was Drummond founded?',
      'In 1998, long before anyone had heard of the firm or its products, Drummond was founded.',
    );
    expect(close.fit).toBe(far.fit);
    expect(close.near).toBeGreaterThan(far.near);
  });
});

describe('a value someone says "must" or "should" be is a demand, not what is', () => {
  it('"must keep the ferries docked until …" fits a "how long" question less than what was done', () => {
    const asked = 'How long will the ferries stay docked?';
    expect(fitScore(asked, 'The union said the city must keep the ferries docked until the piers are safe.')).toBe(0.6);
    expect(fitScore(asked, 'The city kept the ferries docked until the piers were safe.')).toBe(1);
  });
});

describe('a count answers "how many employees" when it counts employees, not other things', () => {
  const asked = 'How many employees does Lumeridge have?';

  it('a count followed by the asked thing fits fully', () => {
    expect(fitScore(asked, 'Lumeridge has about 1,200 employees, the company said.')).toBe(1);
  });

  it('a count of something else, in a sentence that mentions employees elsewhere, fits less', () => {
    expect(fitScore(asked, 'Its employees drive the 300 vans Lumeridge rents.')).toBeCloseTo(0.4);
    // The noun right after the count is what it counts, however soon employees follow.
    expect(fitScore(asked, 'Lumeridge rents 300 vans for its employees.')).toBeCloseTo(0.4);
  });

  it('a count of a stand-in ("workers") fits nearly as well as a count of the word asked', () => {
    expect(fitScore(asked, 'Lumeridge has about 1,200 workers, the company said.')).toBeCloseTo(0.8);
  });

  it('a count of vans in a sentence that never mentions employees fits less; a count of nothing named fits', () => {
    expect(fitScore(asked, 'Lumeridge rents 300 vans, the company said.')).toBeCloseTo(0.4);
    expect(fitScore(asked, 'Lumeridge said it had 1,200 at the end of March.')).toBe(1);
  });

  it('a count of people fits a question counting a kind of person nearly as well, not one counting ferries', () => {
    expect(fitScore(asked, 'Lumeridge employs about 520 people, 310 of them in Ashgrove.')).toBeCloseTo(0.8);
    expect(fitScore('How many ferries does Lumeridge run?', 'Lumeridge employs about 520 people.')).toBeCloseTo(0.4);
  });

  it('a count of a kind of person answers "how many people" nearly as well, a count of things does not', () => {
    // Any kind of person is people: "3,600 employees" counts the people who work there.
    const people = 'How many people work at Lumeridge?';
    expect(fitScore(people, 'Lumeridge runs shuttles for its 3,600 employees.')).toBeCloseTo(0.8);
    expect(fitScore(people, 'Lumeridge runs 300 vans from two lots.')).toBeCloseTo(0.4);
  });

  it('"three of the seven" counts what a sentence before named, not employees', () => {
    expect(fitScore(asked, 'Three of the seven worked for Lumeridge.')).toBeCloseTo(0.4);
  });
});

describe('a value in a clause about a named past year tells of that year, not of the story asked about', () => {
  it('"since 1998, when a walkout lasted nine days" answers "how long" only loosely, unless 1998 is asked', () => {
    const sentence = 'It was the first strike since 1998, when a walkout lasted nine days.';
    expect(fitScore('How long did the strike last?', sentence)).toBeCloseTo(0.3);
    expect(fitScore('How long did the 1998 strike last?', sentence)).toBe(1);
    expect(fitScore('How long did the strike last?', 'The strike lasted nine days.')).toBe(1);
  });

  it('"paid £6.5m for him in 2020", in a 2025 article, is an earlier deal; in a 2020 article it is the one told', () => {
    const asked = analyzeFor(index, 'How much did Lumeridge pay for Drummond?');
    const sentence = passageOf('Lumeridge paid $6.5 million for Drummond in 2020.');
    expect(entityFit(sentence, asked, KINDS, '2025-08-09').fit).toBeCloseTo(0.3);
    expect(entityFit(sentence, asked, KINDS, '2020-03-01').fit).toBe(1);
  });

  it('"paid $26.8 million since 2020" runs up to the article: it is the story\'s figure, not an earlier one', () => {
    const asked = analyzeFor(index, 'How much has Lumeridge paid Drummond?');
    const sentence = passageOf('Lumeridge has paid Drummond $26.8 million since 2020.');
    expect(entityFit(sentence, asked, KINDS, '2025-08-09').fit).toBe(1);
  });

  it('"21,300 students, down from 26,900 in 2012": the year dates the figure right before it, not the first', () => {
    const asked = analyzeFor(index, 'How many employees does Lumeridge have?');
    const sentence = passageOf('Lumeridge now has about 3,600 employees, down from 4,100 in 2012.');
    expect(entityFit(sentence, asked, KINDS, '2025-08-09').fit).toBe(1);
  });
});

describe('a sum paid by the week is a rate: it answers what someone earns, not what something cost', () => {
  it('"$70,000 a week" fits "how much did they pay for him" loosely, and "how much does he earn" fully', () => {
    const sentence = 'Roe earns about $70,000 a week at Lumeridge.';
    expect(fitScore('How much did Lumeridge pay for Drummond?', 'Lumeridge paid about $70,000 a week.')).toBeCloseTo(
      0.5,
    );
    expect(fitScore('How much does Jane Roe earn?', sentence)).toBe(1);
    // A sentence that tells of no paying at all does not say what was paid, rate or not.
    expect(fitScore('How much did Lumeridge pay for Drummond?', sentence)).toBe(0);
  });
});

describe('a "docket number" question is answered by a number written after what it numbers', () => {
  it('"Ordinance No. 2022-117" answers "the ordinance number"; any other figure or name does not', () => {
    const asked = "What's the ordinance number of the pier ban?";
    expect(fitScore(asked, 'The council passed Ordinance No. 2022-117 to ban fishing from the pier.')).toBe(1);
    expect(fitScore(asked, 'The pier ban, which Mayor Jane Roe signed, covers 2,000 feet.')).toBe(0);
  });
});

describe('a figure asked in a dimension ("how deep", "how fast") is told in a unit of it, not in another', () => {
  it('"how deep" is answered by feet, not by gallons, and only loosely by a count of things', () => {
    const asked = 'How deep is the Drummond well?';
    expect(fitScore(asked, 'The Drummond well is about 1,100 feet deep.')).toBe(1);
    expect(fitScore(asked, 'The Drummond well holds about 400,000 gallons.')).toBe(0);
    expect(fitScore(asked, 'The Drummond well serves about 200 families.')).toBeCloseTo(0.24);
  });

  it('"how deep" is not answered by a length told as another measure ("1.2 kilometres long")', () => {
    expect(fitScore('How deep is the Drummond lake?', 'The Drummond lake is about 1.2 kilometres long.')).toBe(0);
    expect(fitScore('How long is the Drummond lake?', 'The Drummond lake is about 1.2 kilometres long.')).toBe(1);
    // "Tall" and "high" name one attribute, a height.
    expect(fitScore('How tall is the Drummond tower?', 'The Drummond tower is about 300 feet high.')).toBe(1);
  });

  it('"how hot" is answered by a temperature with its scale written onto the figure ("31.2C", "88 F")', () => {
    expect(fitScore('How hot did it get in Drummond?', 'Drummond recorded 31.2C at noon.')).toBe(1);
    expect(fitScore('How hot did it get in Drummond?', 'Drummond recorded 88 F at noon.')).toBe(1);
    expect(fitScore('How hot did it get in Drummond?', 'Drummond recorded 31 runners at noon.')).toBeLessThan(0.5);
  });

  it('"how fast" is answered by a rate: knots, or a length per unit of time, not a count of passengers', () => {
    const asked = 'How fast was the ferry going?';
    expect(fitScore(asked, 'The ferry was going about 14 knots.')).toBe(1);
    expect(fitScore(asked, 'The ferry was going about 30 miles per hour.')).toBe(1);
    expect(fitScore(asked, 'The ferry had sailed about 30 miles.')).toBe(0);
    expect(fitScore(asked, 'The ferry was carrying about 200 passengers.')).toBeCloseTo(0.24);
  });

  it('a unit joined to its figure measures the noun after it ("an 11,240-foot peak")', () => {
    expect(fitScore('How tall is the peak?', 'Drummond sits below an 11,240-foot peak.')).toBe(1);
    expect(fitScore('How tall is the tower?', 'Drummond sits below an 11,240-foot peak.')).toBe(0.5);
  });

  it('"how often" is answered by a span of time that recurs ("every 20 minutes"), not by one that lasts', () => {
    const asked = 'How often does the ferry run?';
    expect(fitScore(asked, 'The ferry runs every 20 minutes.')).toBe(1);
    expect(fitScore(asked, 'The ferry crossing takes 20 minutes.')).toBe(0);
  });
});

describe('a span of time written before a noun is that thing\'s ("a 30-minute check-in"), not the event\'s', () => {
  it('"a 30-minute video call" fits "how long did the strike last" loosely; "an eight-day strike" fully', () => {
    const asked = 'How long did the strike last?';
    expect(fitScore(asked, 'Striking deckhands held a 30-minute video call with the union.')).toBe(0.5);
    expect(fitScore(asked, 'The deckhands ended an eight-day strike on Friday.')).toBe(1);
  });

  it('"three years of supervised release" measures the release, not the strike; "nine days of strike" the strike', () => {
    const asked = 'How long did the strike last?';
    expect(fitScore(asked, 'The judge gave the union leader three years of supervised release.')).toBe(0.5);
    expect(fitScore(asked, 'After nine days of strike action, the ferries ran again.')).toBe(1);
  });
});

describe('a span of time before "after" or "ago" places an event in time; it does not say how long one lasted', () => {
  it('"ran again four days after the strike began" fits "how long did the strike last" loosely', () => {
    const asked = 'How long did the strike last?';
    expect(fitScore(asked, 'The ferries ran again four days after the strike began.')).toBe(0.5);
    // After "for", the span is how long something lasted, whatever came after it.
    expect(fitScore(asked, 'The deckhands stayed out for nine days before the union gave in.')).toBe(1);
  });

  it('a span counted per another ("five days a week") is a rate, not how long anything lasted', () => {
    const asked = 'How long did the strike last?';
    expect(fitScore(asked, 'The deckhands now work five days a week.')).toBe(0);
    expect(fitScore(asked, 'The deckhands struck for five days.')).toBe(1);
  });

  it('a question about the time between events asks for just such an offset', () => {
    expect(fitScore('How long after the strike began did the ferries run?', 'They ran four days after it began.')).toBe(
      1,
    );
  });
});

describe('a bare unit of time after "the" names a period ("the week of the storm"); it does not measure one', () => {
  it('"during the week of the strike" fits "how long did the strike last" loosely; "the whole week" fully', () => {
    const asked = 'How long did the strike last?';
    expect(fitScore(asked, 'The ferries stopped during the week of the strike.')).toBeCloseTo(0.3);
    expect(fitScore(asked, 'The deckhands stayed out the whole week.')).toBe(1);
    // A figure measures, whatever comes before it.
    expect(fitScore(asked, 'During the nine-day strike, the ferries sat idle.')).toBe(1);
  });
});

describe('a year written before a noun dates that thing ("a 2023 study"), not the event asked about', () => {
  it('"a widely cited 2023 study" does not date a founding; "founded in 2023" does', () => {
    const asked = 'What year was Lumeridge founded?';
    expect(fitScore(asked, 'Pellco questioned a widely cited 2023 study of how Lumeridge was founded.')).toBe(0.5);
    expect(fitScore(asked, 'Pellco questioned a study of how Lumeridge was founded in 2023.')).toBe(1);
  });

  it('dates the thing it modifies when that is what is asked', () => {
    expect(fitScore('When was the study published?', 'Pellco questioned a widely cited 2023 study.')).toBe(1);
  });
});

describe('a value after "up to" is a limit: what may be, not what was', () => {
  it('"carry up to 40 deckhands" counts loosely how many rode; fully how many it can carry', () => {
    const sentence = 'The ferries carry up to 40 deckhands on each crossing.';
    expect(fitScore('How many deckhands rode the ferry on Monday?', sentence)).toBe(0.5);
    expect(fitScore('How many deckhands can the ferry carry?', sentence)).toBe(1);
  });
});

describe('a count from before an event the sentence names ("before the strike") is what was, not what is', () => {
  it('answers a question in the present loosely, and one asking of that time fully', () => {
    const sentence = 'Drummond had about 40 deckhands before the strike.';
    expect(fitScore('How many deckhands does Drummond have?', sentence)).toBeCloseTo(0.3);
    expect(fitScore('How many deckhands did Drummond have before the strike?', sentence)).toBe(1);
  });
});

describe('the day someone said something dates the statement, not the event asked about', () => {
  it('"… said Tuesday that a price would be fair" does not date a founding; "founded Tuesday" would', () => {
    const asked = 'When was Lumeridge founded?';
    expect(fitScore(asked, 'Lumeridge said Tuesday that a fair price would be $96,000 a year.')).toBeLessThan(0.5);
    expect(fitScore(asked, 'Lumeridge said Tuesday it was founded on Monday by two engineers.')).toBe(1);
  });
});

describe('the day a report speaks from ("as of Friday") dates no event', () => {
  it('"No founding date … as of Friday" does not say when Drummond was founded; "founded on Friday" does', () => {
    const asked = 'When was Drummond founded?';
    expect(fitScore(asked, 'No founding date for Drummond had been given as of Friday morning.')).toBeLessThan(0.5);
    expect(fitScore(asked, 'Drummond was founded on Friday morning by two engineers.')).toBe(1);
  });
});

describe('a sum "including" the thing asked about is the whole\'s, not that part\'s', () => {
  it('"$1.6 million for repairs, including new crossings" does not price the crossings', () => {
    const sentence = 'Lumeridge spent $1.6 million on repairs, including two new crossings for the deckhands.';
    expect(fitScore('How much did the crossings cost?', sentence)).toBeCloseTo(0.4);
    expect(fitScore('How much did the repairs cost?', sentence)).toBe(1);
  });
});

describe('values the question already gives are not answers: repeating them tells the asker nothing', () => {
  const asked = 'When did the strike that began on April 28 end?';

  it('the given date alone does not fit; another date does', () => {
    expect(fitScore(asked, 'The strike began on April 28.')).toBe(0);
    expect(fitScore(asked, 'The strike began on April 28 and ended on May 6.')).toBe(1);
  });

  it('a question about what is still to come is answered by a date still to come, not one gone by', () => {
    const asked = 'When will the council vote on the contract?';
    expect(fitScore(asked, 'The council will vote on the contract on April 3.')).toBe(1);
    expect(fitScore(asked, 'The council voted on the contract on April 3.')).toBeLessThan(0.5);
    expect(fitScore(asked, 'The mayor said last week that the council would vote on the contract.')).toBe(0);
    expect(fitScore(asked, 'Two days ago the mayor said the council would vote on the contract.')).toBe(0);
    // A date right after what was done dates the doing; after what is expected, what is to come.
    const letter = 'In a letter delivered Wednesday, the union asked how the council would vote on the contract.';
    expect(fitScore(asked, letter)).toBeLessThan(0.5);
    expect(fitScore(asked, 'The council vote on the contract is expected Wednesday.')).toBe(1);
    expect(fitScore('When will the contract be signed?', 'The contract is due to be signed on Wednesday.')).toBe(1);
    // Asked of the past, the past date answers.
    expect(
      fitScore('When did the council vote on the contract?', 'The council voted on the contract on April 3.'),
    ).toBe(1);
  });

  it('a month the question gives is no answer to which day of it ("what date in February")', () => {
    const asked = 'What date in February is the hearing?';
    expect(fitScore(asked, 'A hearing on the motion is set for February.')).toBe(0);
    expect(fitScore(asked, 'A hearing on the motion is set for February 12.')).toBe(1);
  });

  it('a year the question gives, said another way ("since 2011" for "in August 2011"), is no answer', () => {
    const asked = 'What day in August 2011 did the harbour close?';
    expect(fitScore(asked, 'The harbour has been closed since 2011.')).toBe(0);
    expect(fitScore(asked, 'The harbour closed on 14 August.')).toBe(1);
  });

  it('a name written with an initialism\'s dots is the one the question gives without them ("U.S." for "US")', () => {
    const kinds = new Map<string, NameKind>([...KINDS, ['u.s.', 'place']]);
    const fitting = (sentence: string): number =>
      entityFit(passageOf(sentence), analyzeFor(index, 'Which US city did Lumeridge choose?'), kinds).fit;
    expect(fitting('Lumeridge said the U.S. market was growing.')).toBe(0);
    expect(fitting('Lumeridge chose Ashgrove for its U.S. office.')).toBe(1);
  });

  it('names the question gives do not answer "who" either', () => {
    expect(fitScore('Who founded Drummond Analytics?', 'Drummond Analytics was sold.')).toBe(0);
    expect(fitScore('Who founded Drummond Analytics?', 'Drummond Analytics hired Jane Roe.')).toBe(1);
  });
});

describe('a role the question names as the doer of a "where" question is not what a place must stand beside', () => {
  it('"Where did the deckhands sign the contract?" is answered by a town however far from "deckhands"', () => {
    const sentence = 'The deckhands signed the new contract late on Friday night in a hotel in Ashgrove.';
    expect(fitScore('Where did the deckhands sign the contract?', sentence)).toBe(1);
  });
});

describe('a "where" question is answered by the place after "in", "at" or "to", named or not', () => {
  const asked = 'Where was the injured deckhand taken?';
  it('a common noun of a place ("to a hospital", "in his cabin") answers it, less exactly than a name', () => {
    expect(fitScore(asked, 'The deckhand was taken to a hospital for treatment.')).toBeCloseTo(0.6);
    expect(fitScore('Where was the captain?', 'The captain was asleep in his cabin when it happened.')).toBeCloseTo(
      0.6,
    );
  });
  it('a name after a preposition of place is a place, whatever else the corpus took it for', () => {
    const kinds = new Map<string, NameKind>([...KINDS, ['lincoln', 'person']]);
    const fit = entityFit(passageOf('The deckhand was taken to a clinic in Lincoln.'), analyzeFor(index, asked), kinds);
    expect(fit.fit).toBeCloseTo(0.8);
  });
  it('through "of" the place is what the phrase is of: "at the end of the shift" says no place', () => {
    expect(fitScore(asked, 'The deckhand was taken off at the end of the shift.')).toBe(0);
    expect(fitScore(asked, 'The deckhand was taken to the edge of the harbor.')).toBeCloseTo(0.6);
  });
  it('the place the question itself names is no answer ("where is the stadium" is not "outside the stadium")', () => {
    expect(fitScore('Where will the new stadium be built?', 'The fans lined up outside the stadium.')).toBe(0);
    expect(fitScore('Where will the new stadium be built?', 'The fans lined up outside the station.')).toBeCloseTo(0.6);
  });
});

describe('an acronym is defined by the name it abbreviates, written out', () => {
  const passage = passageOf('The American Civil Liberties Union sued the county on Monday.');
  it('"what does ACLU stand for" is answered fully by the name; "what is the ACLU" only in part', () => {
    expect(spelledOutFit(passage, analyzeFor(index, 'What does ACLU stand for?'))).toBe(1);
    expect(spelledOutFit(passage, analyzeFor(index, 'What is the ACLU?'))).toBe(0.5);
  });
  it('a name of other initials is no answer', () => {
    expect(spelledOutFit(passage, analyzeFor(index, 'What does NAACP stand for?'))).toBe(0);
  });
});

describe('names fit by kind, roles by their holder, plural questions by several names', () => {
  it('"who" is answered by a person or an organization alike', () => {
    expect(fitScore('Who founded Drummond Analytics?', 'Jane Roe started it.')).toBe(1);
    expect(fitScore('Who founded Drummond Analytics?', 'IBM started it.')).toBe(1);
  });

  it('a person named next to the asked role answers "who is the mayor"; one named far from it much less', () => {
    const asked = 'Who is the mayor of Ashgrove?';
    expect(fitScore(asked, 'Linda Farraday, the mayor, said the street would stay closed.')).toBe(1);
    expect(
      fitScore(asked, 'The mayor thanked the crews who worked overnight on the leak, and Jane Roe said so.'),
    ).toBeCloseTo(0.3);
  });

  it('a name that opens with the one asked about and goes on ("Ashgrove Mayor Linda Farraday") answers it', () => {
    const sentence = 'Ashgrove Mayor Linda Farraday said the street would stay closed.';
    const name = 'Ashgrove Mayor Linda Farraday';
    const passage = { ...passageOf(sentence), names: [{ text: name, start: 0, end: name.length }] };
    const kinds = new Map<string, NameKind>([...KINDS, [name.toLowerCase(), 'person']]);
    expect(entityFit(passage, analyzeFor(index, 'Who is the mayor of Ashgrove?'), kinds).fit).toBe(1);
    expect(entityFit(passage, analyzeFor(index, 'Who is Ashgrove Mayor Linda Farraday?'), kinds).fit).toBe(0);
  });

  it('the asked person\'s surname alone ("Mrs Farraday") is no other person: it does not answer "who"', () => {
    const sentence = "A recount, requested by Mrs Farraday's agent, gave the same figures.";
    const name = 'Farraday';
    const start = sentence.indexOf(name);
    const passage = { ...passageOf(sentence), names: [{ text: name, start, end: start + name.length }] };
    expect(entityFit(passage, analyzeFor(index, "Who is Linda Farraday's agent?"), KINDS).fit).toBe(0);
  });

  it('"which companies" rewards a sentence naming several companies over one naming a single one', () => {
    const asked = 'Which companies did Lumeridge buy?';
    const one = fitScore(asked, 'Lumeridge bought Drummond.');
    const two = fitScore(asked, 'Lumeridge bought Drummond and Pellco.');
    const three = fitScore(asked, 'Lumeridge bought Drummond, Pellco and Tarnex.');
    expect(one).toBeCloseTo(0.6);
    expect(two).toBeGreaterThan(one);
    expect(three).toBeGreaterThan(two);
    expect(three).toBeLessThanOrEqual(1);
  });

  it('"the name of the ferry" is answered by a name of any kind', () => {
    expect(fitScore('What is the name of the ferry?', 'The new ferry, the Harbor Belle, sails in May.')).toBe(1);
    expect(fitScore('What is the name of the ferry?', 'The new ferry sails in May.')).toBe(0);
  });

  it('a singular "which company" is answered fully by one company', () => {
    expect(fitScore('Which company bought Drummond Analytics?', 'Lumeridge bought it.')).toBe(1);
  });
});

describe('definitionFit: a definition question is answered by a sentence saying what its subject is', () => {
  it.each([
    ['an apposition with an article', 'Thorn, a nonprofit that builds safety tools, said it would help.', 'Thorn'],
    [
      '"is a" after the subject given with its article',
      'The Domain Awareness System is a network of cameras.',
      'the Domain Awareness System',
    ],
    ['a relative clause', 'Drummond Analytics, which Jane Roe founded, sells forecasts.', 'Drummond Analytics'],
    ['a parenthesis', "The Harbor Ferry Company (the city's only ferry line) cut service.", 'Harbor Ferry Company'],
    ['a role in apposition', '"It is late," said Jane Roe, head of the city\'s transit board.', 'Jane Roe'],
    ['an age before the apposition', 'Jane Roe, 58, a former school principal, won the race.', 'Jane Roe'],
    [
      'a quoted subject and a dash typed as a spaced hyphen',
      'It asks the court to halt "curing" - the process that lets voters fix their ballots - for now.',
      'curing',
    ],
    ['a noun before the subject', 'The groups include technology companies Thorn and Marinus Analytics.', 'Thorn'],
    ['a noun after an article before the subject', 'Officials at the nonprofit Thorn said so.', 'Thorn'],
    [
      'a role set off before the subject',
      "Mirefield's council leader, Colm Arkwright, declined to comment.",
      'Colm Arkwright',
    ],
    ['a former role before the subject', 'Members voted against then-superintendent Clifford Amsel.', 'Clifford Amsel'],
    [
      'a role and whom it serves set off before the subject',
      'The president of the Spanish federation, Alberto Sanchez, congratulated her.',
      'Alberto Sanchez',
    ],
    [
      'the subject written with its accents, asked without them',
      'Alberto Sanchís, a former champion, congratulated her.',
      'alberto sanchis',
    ],
    [
      'a role as a title after whom it serves',
      '"We look forward to clear rules," said Hearthly spokeswoman Renata Collier.',
      'Renata Collier',
    ],
    [
      'a description "known as" the subject',
      'They faked invoices, a scheme known as double billing.',
      'double billing',
    ],
    ['a description "called" the subject', 'Each store adds a fee called a bag levy.', 'bag levy'],
    ['another name for the subject', 'Bag levies, often called carrier fees, pay for cleanups.', 'bag levies'],
    [
      'a noun before a list the subject is in',
      'The groups include technology companies Thorn and Marinus Analytics.',
      'Marinus Analytics',
    ],
    [
      'an abbreviation given after a comma, then "is a"',
      'Primary sclerosing cholangitis, or PSC, is a rare disease.',
      'PSC',
    ],
    [
      'a title in capitals before the name',
      'Health Minister Judith Carnaby said there was no need to panic.',
      'Judith Carnaby',
    ],
    [
      'a role set off before the name, opening the sentence',
      'The health minister, Judith Carnaby, said so.',
      'Judith Carnaby',
    ],
    [
      '"defines X as", the subject given with spaces where the text has a hyphen',
      'The ordinance defines a short-term rental as a stay of fewer than 30 nights.',
      'short term rental',
    ],
  ])('%s', (_why, text, subject) => {
    expect(definesSubjectPlainly(text, subject)).toBe(true);
  });

  it.each([
    ['the subject only as an object', 'Lumeridge bought Drummond Analytics for $310 million.', 'Drummond Analytics'],
    ['the subject followed by a verb', 'The Harbor Ferry Company said crossings stop.', 'Harbor Ferry Company'],
    ['no subject', 'Thorn, a nonprofit, said it would help.', null],
    ['the subject after a verb', 'Jane Roe, who leads Thorn, said it would help.', 'Thorn'],
    [
      'the subject in a list after a verb',
      'Jane Roe, who leads Thorn and Marinus Analytics, said so.',
      'Marinus Analytics',
    ],
    ['the subject after an ordinal', 'Velantis prices first PSC drug at $318,000 a year', 'PSC'],
    ['"so-called", which only distances the writer', 'The so-called double billing went on.', 'double billing'],
    ['a thing, not a role, set off before the subject', "The city's new budget, Plan B, passed.", 'Plan B'],
    ['a name in capitals before it, a famous one', 'Amazon Rekognition can analyze faces.', 'Rekognition'],
  ])('not %s', (_why, text, subject) => {
    expect(definesSubjectPlainly(text, subject)).toBe(false);
  });

  it('"meaning" after the subject in its clause defines it plainly; a description a few words on, loosely', () => {
    const ordered =
      'Residents were ordered to shelter in place from 6 a.m. until 3 p.m. — meaning they stayed indoors.';
    expect(definitionFit(ordered, 'shelter in place')).toBe(1);
    expect(
      definitionFit('Residents were told to shelter in place Tuesday as the smoke drifted.', 'shelter in place'),
    ).toBe(0.5);
  });

  it('a name given as an example ("groups like Thorn, the …, and …") is described loosely; what follows is a list', () => {
    expect(
      definitionFit('Amazon allows groups like Thorn, the Center for Safety, and Marinus to use it.', 'Thorn'),
    ).toBe(0.5);
  });

  it('an abbreviation is defined where it is spelled out, before it or after "known as"', () => {
    expect(definesSubjectPlainly('Agents of U.S. Immigration and Customs Enforcement (ICE) were there.', 'ICE')).toBe(
      true,
    );
    expect(definesSubjectPlainly('It sells to Immigration and Customs Enforcement, also known as ICE.', 'ICE')).toBe(
      true,
    );
    expect(definesSubjectPlainly('Critics said ICE should stop.', 'ICE')).toBe(false);
    // Only an abbreviation is spelled out: a common word in parentheses is not defined there.
    expect(definesSubjectPlainly('The fares (free) ended.', 'free')).toBe(false);
  });

  it('a subject with regular-expression characters is matched literally ("Dr. Roe" is not "Drx Roe")', () => {
    expect(definesSubjectPlainly('Dr. Roe, a surgeon, spoke.', 'Dr. Roe')).toBe(true);
    expect(definesSubjectPlainly('Drx Roe, a surgeon, spoke.', 'Dr. Roe')).toBe(false);
  });
});

describe('"how big" is answered by a measure before any other figure', () => {
  it('a count of units of measure ("12,900 acres") fits fully; a share or a count of other things less', () => {
    const asked = 'How big is the Ashgrove fire?';
    expect(fitScore(asked, 'Crews held the Ashgrove fire to about 12,900 acres on Thursday.')).toBe(1);
    expect(fitScore(asked, 'Crews had the Ashgrove fire 22% contained on Thursday.')).toBeLessThan(1);
    expect(fitScore(asked, 'About 400 firefighters fought the Ashgrove fire on Thursday.')).toBeLessThan(1);
  });
});

describe('a tally ("5-4") answers how a vote went, and nothing else', () => {
  it('it fits "what was the vote" fully, and a count of other things only loosely', () => {
    expect(fitScore('What was the final Ashgrove council vote?', 'The Ashgrove council voted 5-4 on Tuesday.')).toBe(1);
    const ballot = "What was the final tally in the deckhands' strike ballot?";
    expect(fitScore(ballot, 'The deckhands voted 231 to 187 to strike.')).toBe(1);
    expect(fitScore('How many piers does Ashgrove have?', 'The Ashgrove council voted 5-4 on Tuesday.')).toBeLessThan(
      1,
    );
  });
});
