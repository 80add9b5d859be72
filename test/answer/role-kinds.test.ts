import { describe, expect, it } from 'vitest';
import { analyzeFor, rankFor } from '../../src/answer/answer-question.ts';
import { useCorpusEngine, useCorpusIndex } from '../support/corpus-engine.ts';

// Two companies' chief executives; the question asks for one company's leader in general words.
const ARTICLE = `# Harlow and Penwick both leave the kiosk market

Published March 3, 2025

Harlow Systems chief executive Dana Whitcombe said on Monday the company would stop selling kiosks.

Penwick Labs CEO Omar Reyes, 47, said his company would follow within a month.

Analysts said the market had been shrinking for years. Grace Obuya, who owns the Corner Kettle café next door to \
Harlow's offices, said she would miss the kiosk crowd.
`;

const corpus = useCorpusEngine({ 'kiosks.md': ARTICLE });

describe('a role asked for by a kind it is', () => {
  it(`"Who is Penwick's leader?" finds its CEO, not the other company's chief executive`, async () => {
    // A chief executive is a kind of leader (corporate executive, executive, administrator, head, leader).
    const answer = await corpus.engine.ask("Who is Penwick's leader?");
    expect(answer.answer).toMatch(/Omar Reyes/u);
    expect(answer.answer).not.toMatch(/Whitcombe/u);
  });

  it(`"the top executive at Harlow" finds Harlow's chief executive`, async () => {
    const answer = await corpus.engine.ask('Who is the top executive at Harlow Systems?');
    expect(answer.answer).toMatch(/Dana Whitcombe/u);
  });

  it('"Who runs Penwick Labs?" asks for its leader: its CEO, not the other company\'s chief executive', async () => {
    const answer = await corpus.engine.ask('Who runs Penwick Labs?');
    expect(answer.answer).toMatch(/Omar Reyes/u);
    expect(answer.answer).not.toMatch(/Whitcombe/u);
  });

  it('"who is in charge of Penwick Labs" asks what "who runs" does', async () => {
    const answer = await corpus.engine.ask('who is in charge of Penwick Labs?');
    expect(answer.answer).toMatch(/Omar Reyes/u);
    expect(answer.answer).not.toMatch(/Whitcombe/u);
  });

  it('"who leads Harlow Systems" finds its chief executive', async () => {
    const answer = await corpus.engine.ask('who leads Harlow Systems');
    expect(answer.answer).toMatch(/Dana Whitcombe/u);
  });

  it('one who runs a café need not be called its leader: its owner runs it', async () => {
    const answer = await corpus.engine.ask('who runs the Corner Kettle café?');
    expect(answer.answer).toMatch(/Grace Obuya/u);
  });

  it('"the head of Penwick Labs" is its leader, not a body part: who it is, and how old', async () => {
    expect((await corpus.engine.ask('Who is the head of Penwick Labs?')).answer).toMatch(/Omar Reyes/u);
    const age = await corpus.engine.ask("How old is Penwick's head?");
    expect(age.answer).toMatch(/47/u);
    expect(age.answer).not.toMatch(/Whitcombe/u);
  });
});

// A museum's director is written as a title inside her name; the other club's chief executive has no owner written.
const MUSEUM = `# Thieves take two brooches from the Corliss Museum of Art

Published May 5, 2025

Thieves broke into the Corliss Museum of Art early Sunday and took two brooches from a gallery on the second floor.

Museum Director Alma Ferrante said the pieces were insured and that the museum would reopen on Wednesday.

Detective Ray Ostrow said the thieves appeared to know the building well.
`;
const CLUB = `# Kingsmere completes the signing of Nikola Dravec

Published July 2, 2025

Kingsmere City completed the signing of striker Nikola Dravec on Tuesday.

Chief executive Marcus Ebbage admitted the talks with Harbury had tested the club's patience.

Kingsmere said the striker would wear the number nine shirt.
`;

describe('who leads something named by a common noun, and roles asked for a person', () => {
  const museum = useCorpusEngine({ 'museum.md': MUSEUM, 'club.md': CLUB });

  it('"who runs the museum" asks for its leader, though "the museum" is no name: its director', async () => {
    const answer = await museum.engine.ask('who runs the museum');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/Alma Ferrante/u);
  });

  const museumIndex = useCorpusIndex({ 'museum.md': MUSEUM });

  it('"who runs the newly merged museum" asks for its leader too: a participle describes what is led', () => {
    const terms = (q: string): string[] => analyzeFor(museumIndex.index, q).terms.map((t) => t.word);
    expect(terms('who runs the newly merged museum')).toContain('leader');
    expect(terms('who runs the museum')).toContain('leader');
  });

  it('"who is Harbury\'s chief exec?" is not answered by a chief executive of the club the article is about', async () => {
    // "exec" is filed by WordNet as a group (the executive branch); asked for as a person it is a role all the same.
    const answer = await museum.engine.ask("who is Harbury's chief exec?");
    expect(answer.abstained).toBe(true);
  });
});

describe('who leads a body whose name has a word a tagger reads as a verb', () => {
  const salvage = useCorpusIndex({
    'salvage.md': `# Salvage firm claims lake wreck

Published September 3, 2026

Grant Hollister, chief executive of Orrin Salvage Partners, said Thursday that his company would go to court.

The company filed its claim on Tuesday.
`,
  });

  it('"who runs orrin salvage" asks for its leader, though "salvage" may be read as a verb', () => {
    const analyzed = analyzeFor(salvage.index, 'who runs orrin salvage');
    expect(analyzed.terms.map((t) => t.word)).toContain('leader');
  });
});

describe('who leads a firm whose name joins two words with "&"', () => {
  const railroad = useCorpusEngine({
    'rail.md': `# Railroad apologizes for derailment

Published April 13, 2026

Corland & Western chief executive Douglas Farrier, 58, apologized to residents on Sunday.

A Corland & Western freight train came off the tracks on Friday night, and people left their homes.

Two weeks later, Corland & Western trains are running again through the town and the cleanup goes on.
`,
  });

  it('"who runs corland & western" asks for its leader: its chief executive, not a sentence naming the firm', async () => {
    const answer = await railroad.engine.ask('who runs corland & western');
    expect(answer.answer).toMatch(/^Corland & Western chief executive Douglas Farrier/u);
  });
});

// Two roofers, accused, and the company they worked for: "who did they work for" asks for the company.
const THEFT = `# Roofers charged in museum theft

Published February 12, 2025

Police charged two roofers on Tuesday with the theft of a brooch from the Harrowfield Museum.

The suspects met while working for Halvard Roofing, which was repairing the museum's roof that winter.
`;
const theft = useCorpusIndex({ 'theft.md': THEFT });

describe('a role that does the asking verb is not the one asked for', () => {
  it('"who did the suspects work for" asks for their employer, not for the suspects', () => {
    const analyzed = analyzeFor(theft.index, 'who did the suspects work for');
    expect(analyzed.attributeKind).not.toBe('role');
    expect(analyzeFor(theft.index, 'who are the suspects').attributeKind).toBe('role');
  });
});

describe('who leads something, answered by another verb of leading', () => {
  const observatory = useCorpusIndex({
    'volcano.md': `# Mount Veyra erupts

Published April 23, 2026

The Northern Ranges Volcano Observatory raised its alert level to Warning on Thursday morning.

Ilse Marrano, 52, has led the observatory since 2019.

Tomas Ruelas, a geodesist at the observatory, said the north flank had swelled for weeks.
`,
  });

  it('"who runs the volcano observatory" ranks the one who "has led" it first', () => {
    const [best] = rankFor(observatory.index, 'who runs the volcano observatory');
    expect(best?.passage.text).toMatch(/^Ilse Marrano, 52, has led the observatory/u);
  });
});

describe('a leader asked for by a verb of leading ("who runs …")', () => {
  const contract = useCorpusIndex({
    'contract.md': `# Tram operator reviews track contract

Published March 27, 2026

LCT said it had started a review of its track maintenance contract with Harland Permaway, which runs until 2028.

Harland Permaway's managing director, Ruth Ellery, said the firm would cooperate with the review.
`,
  });
  const fitOf = (start: string) =>
    rankFor(contract.index, 'Who runs Harland Permaway?').find((c) => c.passage.text.startsWith(start))?.features.fit;

  it('is a person: a sentence naming only bodies does not answer it', () => {
    expect(fitOf('LCT said')).toBeLessThan(0.5);
    expect(fitOf("Harland Permaway's managing director")).toBe(1);
  });
});
