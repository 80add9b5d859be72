import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { rankFor } from '../../src/answer/answer-question.ts';

// After the first mention, news names an organization by its first word: "Tern" is Tern Aerospace in an article
// that names it in full, and only there.
const LAUNCH = `# Rocket fails to reach orbit

Published November 12, 2024

Tern Aerospace lost its third rocket on Tuesday when the upper stage shut down early.

"Tonight we let our customers down," Tern's chief executive, Ines Marchbank, said in a statement.
`;

const ROCKETS = `# Rocket makers race for launch contracts

Published November 20, 2024

Tern's chief executive, Paul Ostrow, said the startup would bid for every launch contract this year.
`;

const STRIKE = `# Pilots union threatens strike at Aldwyn Air

Published October 2, 2026

The Aldwyn Pilots Association said on Monday that its members would vote on a strike at Aldwyn Air.

Aldwyn's president, Maribel Strand, said the airline would keep flying.
`;

const corpus = useCorpusIndex({ 'launch.md': LAUNCH, 'rockets.md': ROCKETS, 'strike.md': STRIKE });

const candidate = (question: string, text: string) =>
  rankFor(corpus.index, question).find((c) => c.passage.text.startsWith(text));

describe('an organization named by its first word', () => {
  it('is named where its article gives the full name: "Tern\'s chief executive" names Tern Aerospace', () => {
    const ceo = '"Tonight we let our customers down," Tern\'s chief executive';
    expect(candidate('Who is the CEO of Tern Aerospace?', ceo)?.features.names).toBe(1);
  });

  it('is not named where the article never gives the full name (another Tern)', () => {
    const other = "Tern's chief executive, Paul Ostrow";
    expect(candidate('Who is the CEO of Tern Aerospace?', other)?.features.names).toBe(0);
  });

  it('is not named where the article starts two names with that word (Aldwyn Air, the Aldwyn Pilots Association)', () => {
    const president = "Aldwyn's president, Maribel Strand";
    expect(candidate('Who is the president of the Aldwyn Pilots Association?', president)?.features.names).toBe(0);
  });
});

describe("a person's surname inside a firm's name is not the person", () => {
  const fall = useCorpusIndex({
    'fall.md': `# Cabin falls at valley station

Published February 12, 2026

A 46-year-old worker employed by Stelzer Seiltechnik was seriously injured in the fall.

Its managing director, Markus Stelzer, said the company was cooperating with the investigation.
`,
  });
  const coverage = (start: string) =>
    rankFor(fall.index, 'How old is Markus Stelzer?').find((c) => c.passage.text.startsWith(start))?.features.names;

  it('"Stelzer Seiltechnik" does not name Markus Stelzer, so its worker\'s age is not his', () => {
    expect(coverage('A 46-year-old worker')).toBe(0);
    expect(coverage('Its managing director')).toBe(1);
  });
});

describe("an organization's initials, as news writes it after the first mention", () => {
  const inquiry = useCorpusIndex({
    'inquiry.md': `# Regulator opens inquiry into voided lottery draw

Published August 11, 2026

The Gaming Standards Authority (GSA) said on Monday it would examine how the draw came to be run with a \
ball missing.

"Public trust is the whole value of a national lottery," said Idris Vane, the GSA's chief executive.
`,
  });
  const find = (start: string) =>
    rankFor(inquiry.index, 'Who is the head of the Gaming Standards Authority?').find((c) =>
      c.passage.text.startsWith(start),
    );

  it('name it: "the GSA\'s chief executive" is the Gaming Standards Authority\'s', () => {
    expect(find('"Public trust')?.features.names).toBe(1);
    expect(find('"Public trust')?.relation.link).toBe(1);
  });

  it('and are no answer to who runs it, as its name is not', () => {
    const named = rankFor(inquiry.index, 'Who runs the Gaming Standards Authority?').find((c) =>
      c.passage.text.startsWith('The Gaming Standards Authority (GSA)'),
    );
    expect(named?.features.fit ?? 0).toBeLessThan(0.5);
  });
});

describe('a place named again by what it is, after "the"', () => {
  const sinkhole = useCorpusIndex({
    'sinkhole.md': `# Sinkhole swallows cars

Published August 12, 2026

The first sinkhole opened on Tuesday in the 400 block of Corliss Avenue, breaking a water main.

The sewer beneath the street was built in 1911. Crews checking the sewer on Wren Street said the street was dry.
`,
  });
  const names = (start: string) =>
    rankFor(sinkhole.index, 'When was the sewer under Corliss Avenue built?').find((c) =>
      c.passage.text.startsWith(start),
    )?.features.names;

  it('"the street" after a paragraph about Corliss Avenue is Corliss Avenue, an avenue being a street', () => {
    expect(names('The sewer beneath the street')).toBe(1);
  });

  it('but not where the sentence names another street', () => {
    expect(names('Crews checking the sewer')).toBe(0);
  });
});

describe('a place named again by what it is, in an article about it', () => {
  const airports = useCorpusIndex({
    'brackenfield.md': `# What Brackenfield's drone shutdown should teach us

Published March 26, 2026

The sightings began on a Thursday night, at the start of the school holidays.

Giving evidence on Tuesday, the airport's chief executive, Claire Ashdown, said the total would rise to about £8m.

Flights from Brackenfield Airport resumed on Saturday.
`,
    'eastham.md': `# Eastham takes in diverted flights

Published March 7, 2026

Eastham handled 38 diverted flights, its busiest weekend since it opened in 1998.

The airport's chief executive, Tom Reyes, said staff had worked double shifts.

The flights had been bound for Brackenfield Airport.
`,
  });
  const names = (start: string) =>
    rankFor(airports.index, "Who's the boss of Brackenfield Airport?").find((c) => c.passage.text.startsWith(start))
      ?.features.names;

  it('"the airport\'s chief executive" in an article about Brackenfield is Brackenfield Airport\'s', () => {
    expect(names('Giving evidence')).toBe(1);
  });

  it('but not in an article about another airport', () => {
    expect(names("The airport's chief executive, Tom Reyes")).toBe(0);
  });
});

describe('a leader asked for by a verb of leading', () => {
  const panel = useCorpusIndex({
    'panel.md': `# League names review panel

Published March 5, 2026

The league has appointed a three-member independent panel, chaired by former international referee Bernard Quist, to \
review every decision in both games.
`,
  });

  it('is the one the sentence says leads the body, though another role describes them', () => {
    const ranked = rankFor(panel.index, "Who's chairing the independent review panel?");
    expect(ranked[0]?.features.fit).toBeGreaterThan(0.5);
  });
});
