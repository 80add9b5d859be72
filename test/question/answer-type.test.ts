import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import type { CorpusIndex } from '../../src/corpus-index.ts';
import { coreIndex } from '../support/core-corpus.ts';

let index: CorpusIndex;
beforeAll(async () => {
  index = await coreIndex();
});

const analyze = (question: string) => analyzeFor(index, question);

describe('the question word says what kind of thing answers, so ranking can demand a sentence holding one', () => {
  it.each([
    ['"who" may be answered by a person or an organization', 'Who founded Drummond Analytics?', 'agent'],
    ['"whom" asks for the same', 'Whom did Lumeridge buy?', 'agent'],
    ['"when" asks for a date', 'When was Drummond founded?', 'date'],
    ['"where" asks for a place', 'Where was the girl treated?', 'place'],
    ['"why" asks for a cause', 'Why did residents lose water?', 'reason'],
    ['"how long" asks for a duration, not a manner', 'How long did crews work?', 'duration'],
    ['"how long" of a thing asks for its length, a measure', 'How long was the crack in the pier?', 'amount'],
    ['"how long" of an act asks for a duration', 'How long was the strike?', 'duration'],
    ['"the length of" a thing asks for a measure too', 'What was the length of the crack in the pier?', 'amount'],
    ['"the length of" an act asks for a duration', 'What was the length of the strike?', 'duration'],
    ['a thing that only modifies the head is not measured', 'How long is the scooter ban?', 'duration'],
    ['"how long" of a place one travels asks for its length', 'How long was the parade route?', 'amount'],
    ['a thing that stayed some way asks how long it did', 'How long was the pier closed?', 'duration'],
    ['"what" causing something asks for a cause, as "why" does', 'What caused the pier to crack?', 'reason'],
    ['"what led to" asks for a cause', 'What led to the closure of the pier?', 'reason'],
    ['"what" making something asks for a thing, not a cause', 'What did the plant make?', 'other'],
    [
      '"which councillor" asks for a person, though the tagger spells its lemma "councilor"',
      'which councillor resigned?',
      'person',
    ],
    ['"how old" asks for an age', 'How old is Jane Roe?', 'age'],
    ['"how many" asks for a count', 'How many deckhands walked off the job?', 'count'],
    ['"how many" units of time asks for a duration', 'How many days did the strike last?', 'duration'],
    ['"the size of" something asks for an amount, as "how big" does', 'What is the size of the ferry fleet?', 'amount'],
    ['"what level" asks for a figure on a scale', 'What level did the index close at on Monday?', 'amount'],
    ['a "who" on a noun opens a clause: the keywords ask for the count', 'final number of crew who got ill?', 'count'],
    ['"name of the engineer" typed as keywords asks for the engineer', 'name of the engineer who testified?', 'person'],
    [
      '"the name of the 19 year old" asks for a person of that age',
      'What was the name of the 19 year old who died?',
      'person',
    ],
    ['"how much" about paying asks for money', 'How much did Lumeridge pay?', 'money'],
    ['"how much" about anything else asks for an amount, not money', 'How much water was lost?', 'amount'],
    // A change or a part is told as often in a percentage as in money, whatever it is of.
    ['"how much" a price fell asks for an amount', "How much did Aldwing's share price drop?", 'amount'],
    ['… as does a price gone up', 'how much have ticket prices gone up', 'amount'],
    ['… and "by how much"', 'by how much did the company lose money', 'amount'],
    ['"how much of" a company asks for a part of it', 'how much of Corvel does the fund own?', 'amount'],
    ['… but a part of a sum is a sum', 'how much of the $1.2 million has the city paid out?', 'money'],
    ['… written short, after its owner', "how much of the council's 40k is going on signs", 'money'],
    ['… and not a part of a measure', 'how much of the 300 tonnes was used?', 'amount'],
    ['… nor of a thing a figure names', 'how much of route 14 is under lava', 'amount'],
    ['what someone is called is their name', "what's keith dunstow's wife called", 'person'],
    ['… what anything else is called, a name', 'what was the dog that died called?', 'name'],
    ['… and what many are called, a name of any kind', 'what are the parents campaigning against it called?', 'name'],
    ['"how soon" asks for a date', 'How soon will Pell Street reopen?', 'date'],
    ['"how often" asks for an amount of times', 'How often do the ferries run?', 'amount'],
    ['"how frequently" asks what "how often" does, not a manner', 'How frequently do the ferries run?', 'amount'],
    ['a bare "how" asks for a manner', 'How did crews stop the leak?', 'manner'],
    ['"how" and a value of a magnitude asks for an amount', 'How deep were the miners trapped?', 'amount'],
    ['… as "how wide" does', 'How wide is the crack in the pier?', 'amount'],
    ['… and "how fast", which a tagger may read as an adverb', 'How fast is traffic moving downtown?', 'amount'],
    ['a sum a business makes is money', 'What profit did the ferry company make last year?', 'money'],
    [
      'a noun a tagger reads as a verb heads the phrase after "what is"',
      'what is the yearly licence fee for a van',
      'money',
    ],
    ['… but not a participle after "was" opening the question', 'Was the driver hurt?', 'yes-no'],
    [
      '… "whats" before it is "what is", not "what does"',
      'whats the yearly licence fee for a van under the new rules',
      'money',
    ],
    ['"how" and an adjective of no magnitude asks for a manner', 'How bad is the damage to the pier?', 'manner'],
    ['"what" paid asks for a sum', 'What did Lumeridge pay for Drummond?', 'money'],
    ['"what" billed asks for a sum, as "charged" does', 'What did the lawyers bill Lumeridge?', 'money'],
    ['"what" bought asks for a thing, not a sum', 'What did Lumeridge buy?', 'other'],
    [
      '"what\'s X paying" asks for a sum: "is" is the verb\'s auxiliary',
      "what's the town paying for the pier?",
      'money',
    ],
    ['so does "whats" typed without an apostrophe', 'whats the town paying for the pier', 'money'],
    [
      '"what\'s the X to V" asks for the X: "\'s" is "is" before an infinitive, not "does"',
      "what's the deadline to claim your money back?",
      'date',
    ],
    [
      '"what are the X demanding" asks for what they say, not a kind of X',
      'What are the deckhands demanding?',
      'statement',
    ],
    ['"what are the X doing" asks for a thing, not a kind of X', 'What are the deckhands building?', 'other'],
    [
      'a verb read inside the subject ("hospital stay") leaves the last one',
      'What did the hospital stay cost?',
      'money',
    ],
    ['so does a possessive in the subject', "What did the girl's hospital stay cost?", 'money'],
    ['"what" a thing cost someone asks for a sum', 'What has the pier closure cost the town?', 'money'],
    // "High" values a degree in its first sense ("high prices") and a height in its second.
    ['"how high" asks for a figure, as "how tall" does', 'How high did the ash rise?', 'amount'],
  ])('%s', (_why, question, type) => {
    expect(analyze(question).type).toBe(type);
  });

  it.each([
    ['How deep is the well?', 'length'],
    ['How high did the ash rise?', 'length'],
    ['How fast was the ferry going?', 'rate'],
    ['How often does the ferry run?', 'rate'],
    ['How heavy is the rock?', 'mass'],
    ['What is the depth of the well?', 'length'],
    // "Long" tells a duration in its first sense: a figure asked with it is a length.
    ['How far out is the wind farm?', 'length'],
    ['How big is the fire?', null],
    ['How much water was lost?', null],
  ])(
    '"%s" asks for a figure in the dimension %s (WordNet\'s attribute of the measuring word)',
    (question, dimension) => {
      expect(analyze(question).dimension).toBe(dimension);
    },
  );

  // Bug: "whose" is not in the corpus and not a WordNet word, so spelling correction turns it into "whole"
  // before the answer type is read; the question then asks for nothing in particular ('other').
  it('"whose" asks for an owner (an agent) and is not "corrected" to "whole"', () => {
    const analyzed = analyze('Whose office will close?');
    expect(analyzed.corrections).toEqual([]);
    expect(analyzed.type).toBe('agent');
  });
});

describe('after "what"/"which" the noun says what is wanted, by its WordNet kind or a known measure', () => {
  it.each([
    ['a group noun asks for an organization', 'Which company bought Drummond Analytics?', 'organization'],
    ['a time noun asks for a date', 'What year was Drummond founded?', 'date'],
    ['a preposition before "what" belongs to the wh-phrase', 'In what year was Drummond founded?', 'date'],
    ['a location noun asks for a place', 'Which city closed Pell Street?', 'place'],
    ['"percentage" asks for a percent', 'What percentage of the cost comes from the grant?', 'percent'],
    [
      'a rate, though filed with words of time, asks for an amount',
      'At what wind speed does the pier close?',
      'amount',
    ],
    ['"what\'s the price" asks for money', "What's the price of a ticket?", 'money'],
    ['the apostrophe-less "whats" is read the same', 'whats the price of a ticket?', 'money'],
    ['"what is the price" is a typed question, not a definition', 'What is the price of a ticket?', 'money'],
    ['"what was the reason" asks for a cause', 'What was the reason for the strike?', 'reason'],
    ['"figure" asks for an amount: a figure is told in numbers', 'what was the final turnout figure?', 'amount'],
  ])('%s', (_why, question, type) => {
    expect(analyze(question).type).toBe(type);
  });

  it('the type noun is searched at half weight: "company" says what kind of answer, not what it is about', () => {
    const company = analyze('Which company bought Drummond Analytics?').terms.find((t) => t.term === 'compani');
    expect(company?.weight).toBe(0.5);
  });
});

describe('"what is X" and "who is X" ask for a definition; a role asks for the person holding it', () => {
  it('"what counts as X under Y" asks what X is; the words after it only set the scene', () => {
    const analyzed = analyze('What counts as a deckhand under the ferry contract?');
    expect(analyzed.type).toBe('definition');
    expect(analyzed.subject).toBe('deckhand');
  });

  it('a name alone asks what it is, and that name is the subject a defining sentence must describe', () => {
    const analyzed = analyze('What is the Harbor Ferry Company?');
    expect(analyzed.type).toBe('definition');
    expect(analyzed.subject).toBe('Harbor Ferry Company');
  });

  it('chat\'s "whats" is "what is": "whats harbor ferry company" asks what it is', () => {
    const analyzed = analyze('whats harbor ferry company');
    expect(analyzed.type).toBe('definition');
    expect(analyzed.subject).toMatch(/^harbor ferry company$/iu);
  });

  it('"what is Jane Roe\'s job?" asks who she is, and "job" is no word the answer must hold', () => {
    const analyzed = analyze("What is Jane Roe's job?");
    expect(analyzed.type).toBe('definition');
    expect(analyzed.subject).toBe('Jane Roe');
    expect(analyzed.setAside).toEqual([]);
  });

  it.each(['What is the job of Jane Roe?', "what's the role of jane roe"])('%s asks the same', (question) => {
    const analyzed = analyze(question);
    expect(analyzed.type).toBe('definition');
    expect(analyzed.subject?.toLowerCase()).toBe('jane roe');
    expect(analyzed.terms.map((t) => t.word)).not.toContain(question.includes('job') ? 'job' : 'role');
  });

  it('"what is the bail of Jane Roe" asks for her bail, as "what is Jane Roe\'s bail" does', () => {
    const analyzed = analyze('What is the bail of Jane Roe?');
    expect(analyzed.type).not.toBe('definition');
    expect(analyzed).toMatchObject({ head: 'bail', owner: { text: 'Jane Roe' } });
  });

  it('"what kind of outfit is Thorn" asks what Thorn is; "what kind of rules did they ask for" asks for rules', () => {
    const analyzed = analyze('what kind of outfit is Harbor Ferry Company');
    expect(analyzed.type).toBe('definition');
    expect(analyzed.subject).toBe('Harbor Ferry Company');
    expect(analyzed.terms.map((t) => t.word)).not.toContain('outfit');
    expect(analyze('What kind of rules did the Harbor Ferry Company ask for?').type).not.toBe('definition');
  });

  it('"what does Lumeridge make?" asks what the firm is; "what did Lumeridge sell?" asks about a sale', () => {
    const analyzed = analyze('what does Lumeridge actually make?');
    expect(analyzed.type).toBe('definition');
    expect(analyzed.subject).toBe('Lumeridge');
    expect(analyze('what did Lumeridge sell?').type).not.toBe('definition');
  });

  it('"who is" with a person\'s name is a definition too (who she is), not a hunt for some person', () => {
    const analyzed = analyze('Who is Jane Roe?');
    expect(analyzed.type).toBe('definition');
    expect(analyzed.subject).toBe('Jane Roe');
  });

  it.each([
    ['what does split shift mean?', 'split shift'],
    ['What does TVA stand for', 'TVA'],
    ['what does double billing mean', 'double billing'],
    ['What does the Harbor Ferry Company do?', 'Harbor Ferry Company'],
  ])('"%s" asks what the words mean; the closing verb is the frame, not a search term', (question, subject) => {
    const analyzed = analyze(question);
    expect(analyzed.type).toBe('definition');
    expect(analyzed.subject).toBe(subject);
    expect(analyzed.terms.map((t) => t.word)).not.toContain('mean');
    expect(analyzed.terms.map((t) => t.word)).not.toContain('stand');
  });

  it('"who is the mayor of X" asks for a person in a role owned by X: another town\'s mayor does not answer', () => {
    const analyzed = analyze('Who is the mayor of Ashgrove?');
    expect(analyzed.type).toBe('person');
    expect(analyzed.attribute).toBe('mayor');
    expect(analyzed.attributeKind).toBe('role');
    expect(analyzed.owner?.text).toBe('Ashgrove');
  });

  it('"where is X located?" asks where X is: "located" only frames it, and X\'s words decide', () => {
    const weight = (question: string, word: string) =>
      analyze(question).terms.find((t) => t.word === word)?.weight ?? null;
    expect(weight('Where is the Drummond plant located?', 'located')).toBe(0.2);
    // An event asked about is the topic, however it ends the question.
    expect(weight('Where was the Drummond manager arrested?', 'arrested')).toBeGreaterThan(0.2);
  });

  it('"how many X has/did Y …" counts what Y did: the name after the auxiliary owns the count', () => {
    expect(analyze('How many ferries has Drummond sold?').owner?.text).toBe('Drummond');
    expect(analyze('how many jobs did drummond cut').owner?.text).toBe('Drummond');
    // No name after the auxiliary: no one owns the count.
    expect(analyze('How many deckhands walked off the job?').owner).toBeNull();
  });

  it('"which judge is handling the lawsuit" asks for a judge: the lawsuit is what the judge handles, no role', () => {
    const analyzed = analyze('Which judge is handling the ferry lawsuit?');
    expect(analyzed.type).toBe('person');
    expect(analyzed.attributeKind).not.toBe('role');
    expect(analyze("Who is Jane Roe's agent?").attributeKind).toBe('role');
  });

  it('"who is the agent of Jane Roe" asks what "who is Jane Roe\'s agent" does: a person in that role', () => {
    const analyzed = analyze('Who is the agent of Jane Roe?');
    expect(analyzed).toMatchObject({ type: 'person', attributeKind: 'role', head: 'agent' });
    expect(analyzed.owner?.text).toBe('Jane Roe');
    // Without a name after "of" it still asks what the thing is.
    expect(analyze('Who is the agent of change?').type).not.toBe('person');
  });

  it('"right now" says when, and is no part of what is asked ("share price right now")', () => {
    const analyzed = analyze("What's Drummond's share price right now?");
    expect(analyzed.attribute).toBe('share price');
    expect(analyzed.owner?.text).toBe('Drummond');
  });

  it('a possessive typed without its apostrophe ("drummonds president") still owns what follows', () => {
    const analyzed = analyze('who is drummonds president');
    expect(analyzed.owner?.text.toLowerCase()).toBe('drummond');
    expect(analyzed.attribute).toBe('president');
    expect(analyze('who is Drummonds president').owner?.text.toLowerCase()).toBe('drummond');
    // A noun in "-ys" is a possessive: the plural of "company" is "companies".
    expect(analyze('who is the companys president').attribute).toBe('president');
    // An English plural is no possessive: "deckhands" stays the deckhands.
    expect(analyze('how many deckhands walked off the job').head).toBe('deckhands');
  });

  it('"chief of staff" is one role, a dictionary compound with "of", owned by the possessive before it', () => {
    const analyzed = analyze("Who was Jane Roe's chief of staff?");
    expect(analyzed.attributeKind).toBe('role');
    expect(analyzed.owner?.text).toBe('Jane Roe');
    // "the president of Drummond" is no compound: Drummond owns the role.
    expect(analyze('Who is the president of Drummond?').owner?.text).toBe('Drummond');
  });

  it('"who is her agent" asks for whoever holds that place, as "who is Dravec\'s agent" does', () => {
    expect(analyze('Who is her agent?').type).toBe('person');
    expect(analyze('Who is his lawyer?').type).toBe('person');
  });

  it('"whos" and "isnt" typed without apostrophes are "who\'s" and "isn\'t"', () => {
    expect(analyze('whos her agent').type).toBe('person');
    expect(analyze('isnt the strike over').type).toBe('yes-no');
  });

  it('a question in capitals with a typo is read in lower case, the typo fixed', () => {
    const analyzed = analyze('HOW MANY EMPLOYES DOES LUMERIDGE HAVE');
    expect(analyzed.type).toBe('count');
    expect(analyzed.setAside).toEqual([]);
    expect(analyzed.names.map((n) => n.text.toLowerCase())).toEqual(['lumeridge']);
  });

  it('"what\'s the name of the mayor" asks for the mayor: "name" only says the answer is a name', () => {
    expect(analyze("What's the name of the mayor?").type).toBe('person');
    expect(analyze('What is the name of the company that bought Drummond?').type).toBe('organization');
    // A name before the noun only modifies it.
    expect(analyze('What was the name of the Harbor Ferry Company president who resigned?').type).toBe('person');
    // Of a thing with no kind of answer of its own, "name" still only frames the question: the thing is its head.
    expect(analyze("What's the name of the pier that cracked?").head).toBe('pier');
  });

  it('"the name of" a thing with no kind of its own asks for a name of any kind, however "what" is written', () => {
    expect(analyze("What's the name of the pier that cracked?").type).toBe('name');
    expect(analyze('what is the name of the ferry').type).toBe('name');
    expect(analyze('whats the name for the water main').type).toBe('name');
  });

  it('"in euros" says what currency a sum is asked in; "in pounds" of a weight asks no currency', () => {
    expect(analyze('How much did the pier repairs cost in euros?').currency?.codes).toEqual(['EUR']);
    expect(analyze('How heavy is the pier crane in pounds?').currency).toBeNull();
    expect(analyze('How much did the pier repairs cost?').currency).toBeNull();
  });

  it('"the docket number" asks for a number that names its thing, as a name does; "the number of" counts', () => {
    const docket = analyze("What's the docket number for the pier case?");
    expect(docket.type).toBe('name');
    expect(docket.numbered).toBe('docket');
    expect(analyze('what is the bill number').numbered).toBe('bill');
    expect(analyze('What was the number of riders?').type).toBe('count');
    expect(analyze('What was the number of riders?').numbered).toBeNull();
  });

  it('"what was X\'s deal amount?" asks for an amount; "amount" names the kind of answer, the deal what it is of', () => {
    const analyzed = analyze("What was Drummond's deal amount?");
    expect(analyzed.type).toBe('amount');
    expect(analyzed.setAside).toEqual([]);
  });

  it('a change asked about ("what traffic reduction", "what was the increase") wants an amount, a percentage too', () => {
    expect(analyze('what traffic reduction were the planners expecting').type).toBe('amount');
    expect(analyze('what was the increase in ridership').type).toBe('amount');
  });

  it('a query typed as keywords ("drummond deal amount") is typed by its closing noun, and all its words count', () => {
    const analyzed = analyze('drummond deal amount');
    expect(analyzed.type).toBe('amount');
    expect(analyzed.terms.map((t) => t.word)).toContain('drummond');
    expect(analyzed.setAside).toEqual([]);
  });

  it('"how big a fine …": the word after "how", a degree word and "a" is the noun measured, whatever its tag', () => {
    const analyzed = analyze('How big a fine did Drummond pay on top of the settlement?');
    expect(analyzed.head).toBe('fine');
    expect(analyzed.type).toBe('amount');
  });

  it('a keyword query closing on "length" asks how long what it names lasts, or measures, as "the length of" does', () => {
    expect(analyze('drummond strike length').type).toBe('duration');
    expect(analyze('pier crack length').type).toBe('amount');
  });

  it('a keyword query opening on what is wanted, of something ("total number of ferries …"), is typed by it', () => {
    expect(analyze('total number of crossings cancelled during the strike').type).toBe('count');
    expect(analyze('final cost of the Drummond deal').type).toBe('money');
    expect(analyze('final count of people hurt').type).toBe('count');
    expect(analyze('off peak price for a car?').type).toBe('money');
    // A unit of time closing it after "first" or "last" says when: the noun before it is what is wanted.
    expect(analyze('toll revenue first month').type).toBe('money');
    // A closing word may name whose it is, after what is wanted.
    expect(analyze('bail amount driver').type).toBe('amount');
    // Without "of" or another preposition, the opening noun is only the topic.
    expect(analyze('ferry crossings cancelled').type).toBe('other');
  });

  it('an owner written before the role is not what is asked about: "the city\'s Public Works director"', () => {
    const analyzed = analyze("Who is the city's public works director?");
    expect(analyzed.head).toBe('director');
    expect(analyzed.owner).toBeNull();
  });

  it('"how many people visit the museum": the word after the counted noun is its verb, whatever the tagger says', () => {
    const analyzed = analyze('How many people visit the Drummond offices?');
    expect(analyzed.head).toBe('people');
    expect(analyzed.attributeTerms).not.toContain('visit');
  });

  it('after an auxiliary and its subject comes the verb, though taggers read "closure cost" as one noun', () => {
    const analyzed = analyze('What has the pier closure cost the town?');
    expect(analyzed.attributeTerms).not.toContain('cost');
  });

  it('"what day of the week" asks for a day: the week only narrows it and is neither the head nor searched', () => {
    const analyzed = analyze('What day of the week did Lumeridge buy Drummond?');
    expect(analyzed.type).toBe('date');
    expect(analyzed.head).not.toBe('week');
    expect(analyzed.terms.find((t) => t.term === 'week')?.weight ?? 0).toBe(0);
  });

  it('"what\'s the deadline" asks for a date: the noun after "be" is a time', () => {
    expect(analyze("What's the deadline for the Pell Street repairs?").type).toBe('date');
  });

  it('"how much money" asks for a sum and "money" only says so: it is neither searched nor set aside', () => {
    const analyzed = analyze('How much money does Tomas Ebbage want?');
    expect(analyzed.type).toBe('money');
    expect(analyzed.setAside).toEqual([]);
    expect(analyzed.head).not.toBe('money');
  });

  it('"what does X plan to do" asks about a plan, not what X is', () => {
    expect(analyze('What does Lumeridge plan to do?').type).not.toBe('definition');
  });

  it('"what is X\'s salary" asks for money, and the salary stays X\'s: the owner is passed over for what it owns', () => {
    const analyzed = analyze("What is Jane Roe's salary?");
    expect(analyzed.type).toBe('money');
    expect(analyzed.attribute).toBe('salary');
    expect(analyzed.owner?.text).toBe('Jane Roe');
    expect(analyze("what's Lumeridge's annual budget").attribute).toBe('annual budget');
  });

  it('"what was the bid chief executive\'s salary" asks for money: what a possessive owns is the type', () => {
    expect(analyze("what was the bid chief executive's salary").type).toBe('money');
  });

  it('"who is X\'s agent" asks for a person beside X, even when the noun\'s first sense is no person', () => {
    const analyzed = analyze("Who is Jane Roe's agent?");
    expect(analyzed.type).toBe('person');
    expect(analyzed.owner?.text).toBe('Jane Roe');
  });

  it.each([
    ["What's the deposit insurance limit?", 'amount'],
    ['What is the size of the fine?', 'amount'],
    ['What was the depth of the crack?', 'amount'],
    ['What is the status of the lawsuit?', 'definition'],
    ['What is the nature of the complaint?', 'definition'],
  ])('"%s" is %s: a magnitude (WordNet\'s hypernyms) is told in figures, a state or a quality is not', (q, type) => {
    expect(analyze(q).type).toBe(type);
  });

  it('"who is the state\'s top regulator" asks for a person: the possessive owns the last noun, not the adjective', () => {
    expect(analyze("who's the state's top regulator").type).toBe('person');
  });
});

describe('"what did X say/announce" asks for reported speech, and X is its speaker', () => {
  it.each([
    ['a verb of saying', 'What did Arvind Krishna say?', 'Arvind Krishna'],
    ['a verb of announcing the corpus never uses', 'What did Lumeridge announce?', 'Lumeridge'],
    ['a verb of saying in -ing', "What's Lumeridge saying about the deal?", 'Lumeridge'],
    ['a verb of saying after "has"', 'What has Lumeridge said about the deal?', 'Lumeridge'],
  ])('%s', (_why, question, speaker) => {
    const analyzed = analyze(question);
    expect(analyzed.type).toBe('statement');
    expect(analyzed.subject).toBe(speaker);
  });

  it('a verb that is not one of saying asks for no statement', () => {
    expect(analyze('What did Lumeridge buy?').type).not.toBe('statement');
    expect(analyze('What is the deal called?').type).not.toBe('statement');
  });

  it('a name after the verb is what was spoken of, and a speaker in common words is kept as words', () => {
    const analyzed = analyze('What did the dock workers say about Lumeridge?');
    expect(analyzed.subject).toBeNull();
    expect(analyzed.speakerTerms).toEqual(['dock', 'worker']);
  });
});

describe('a question led by an auxiliary is a yes/no question', () => {
  it.each([
    ['"did"', 'Did Lumeridge buy Drummond?'],
    ['"is"', 'Is Pell Street closed?'],
    ['"will"', 'Will the ferry run on Monday?'],
  ])('%s', (_why, question) => {
    expect(analyze(question).type).toBe('yes-no');
  });
});

describe('chatty prefixes are skipped: the question proper decides the type and only its words are searched', () => {
  it.each([
    ['a greeting before a comma', 'hey bot, how long did crews work?', 'duration'],
    ['"quick q -"', 'quick q - when was Drummond founded?', 'date'],
    ['"do you know" is not a yes/no question', 'do you know who founded Drummond Analytics?', 'agent'],
    ['"can you tell me" is not one either', 'can you tell me when the strike began?', 'date'],
    ['an adverb narrowing "how many"', 'roughly how many employees does Lumeridge have?', 'count'],
    ['a preposition before "how long"', 'for how long has the strike lasted?', 'duration'],
    ['the topic typed before the question', 'ferry strike how long did it last', 'duration'],
    ['a clause inside a yes/no question is not the question', 'did Lumeridge say how many jobs it cut?', 'yes-no'],
  ])('%s', (_why, question, type) => {
    expect(analyze(question).type).toBe(type);
  });

  it('the verb of causing is the question\'s frame, like "why", and is not searched for', () => {
    const searched = analyze('What caused the pier to crack?').terms.map((t) => t.term);
    expect(searched).not.toContain('caus');
    expect(searched).toEqual(expect.arrayContaining(['pier', 'crack']));
  });

  it('the prefix\'s own words ("hey", "bot") are not searched for', () => {
    const searched = analyze('hey bot, how long did crews work?').terms.map((t) => t.term);
    expect(searched).not.toContain('bot');
    expect(searched).not.toContain('hey');
    expect(searched).toEqual(expect.arrayContaining(['crew', 'work']));
  });
});

describe('the verb of a question is read as one, whatever the tagger read', () => {
  it('after a noun, "that" opens a relative clause: "the pipe that burst" is about a bursting', () => {
    const analyzed = analyze('How big was the pipe that burst?');
    expect(analyzed.head).toBe('pipe');
    expect(analyzed.eventTerms).toContain('burst');
  });

  it('"supposed to", "expected to" say how sure or required the verb is; they are not what the question is about', () => {
    expect(analyze('How long am I supposed to boil the water?').terms.map((t) => t.term)).not.toContain('suppos');
    expect(analyze('When is the pier expected to reopen?').terms.map((t) => t.term)).not.toContain('expect');
  });

  it('after "how many" and the plural it counts comes the verb: "how many hospitals use X\'s software"', () => {
    expect(analyze("How many hospitals use Harbor's software?").head).toBe('hospitals');
  });
});

describe('words typed before the wh-word are searched when they give the topic, not when they are chat', () => {
  const searched = (question: string): string[] =>
    analyze(question)
      .terms.filter((t) => t.weight > 0)
      .map((t) => t.word);
  it('"harbor ferry strike: how many days?" searches the strike too; "according to Lumeridge," the name', () => {
    expect(searched('harbor ferry strike: how many days?')).toEqual(expect.arrayContaining(['strike', 'days']));
    expect(searched('according to Lumeridge, when was Drummond founded?')).toContain('lumeridge');
  });
  it('"hey bot, quick q:" and "ok so," are only chat', () => {
    expect(searched('hey bot, quick q: how many days did the strike last?')).toEqual(['days', 'strike', 'last']);
    expect(searched('ok so, how many days did the strike last?')).toEqual(['days', 'strike', 'last']);
  });
});

describe('a statement put up for confirmation ("…, right?") asks yes or no', () => {
  it('"hey bot, so the strike is over now, right?" is a yes/no question about the strike, not about a bot', () => {
    const analyzed = analyze('hey bot, so the strike is over now, right?');
    expect(analyzed.type).toBe('yes-no');
    expect(analyzed.terms.map((t) => t.word)).not.toContain('bot');
    expect(analyzed.terms.map((t) => t.word)).not.toContain('right');
  });
  it('"right" inside a question is a word like any other', () => {
    expect(analyze('who has the right to appeal?').type).not.toBe('yes-no');
  });
});
