import { describe, expect, it } from 'vitest';
import { sureScorer } from '../support/sure-scorer.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { analyzeFor, answerQuestion, rankFor } from '../../src/answer/answer-question.ts';

// The article is about Crestline; the paragraph's second sentence speaks of Bellamy's, named just before it.
const ARTICLE = `# Crestline Grocers to buy Bellamy's for $1.1 billion

Published March 12, 2024

Crestline Grocers agreed on Tuesday to buy Bellamy's Markets for $1.1 billion. Crestline said the deal would \
close by the end of the year. Crestline runs 240 stores in four states.

Bellamy's shares rose 27% on Tuesday. The Alder Falls-based chain was founded in 1952 and operates 118 stores.

Crestline's chief executive, Dana Ruhl, said the company would keep the Bellamy's name. The company expects \
savings of $60 million a year.
`;

const LAYOFFS = `# Tern cuts 45 jobs as Glasswing moves two satellites to a rival rocket

Published November 22, 2024

Tern Aerospace is laying off 45 employees, ten days after its rocket failed to reach orbit.

The company had about 380 employees before the layoffs.
`;

const OPENINGS = `# Crestline opens 12 stores in Ohio

Published April 2, 2024

Crestline opened 12 stores in Ohio on Monday. Crestline said it would hire 400 workers for them.

Company spokesperson Lee Ames said no stores would close this year.
`;

const corpus = useCorpusIndex({
  'crestline-bellamys.md': ARTICLE,
  'tern-layoffs.md': LAYOFFS,
  'crestline-openings.md': OPENINGS,
});

const candidate = (question: string, text: string) =>
  rankFor(corpus.index, question).find((c) => c.passage.text === text);

describe('"the chain" speaks of the organization named just before it, not of whom the article is about', () => {
  it('after "Bellamy\'s shares rose", "the Alder Falls-based chain" is Bellamy\'s: it does not name Crestline', () => {
    const founded = 'The Alder Falls-based chain was founded in 1952 and operates 118 stores.';
    expect(candidate('When was Crestline founded?', founded)?.features.names).toBe(0);
    expect(candidate("When was Bellamy's founded?", founded)?.features.names).toBe(1);
  });

  it('"the company" is not the one only the headline names ("… as Glasswing moves two satellites")', () => {
    const headcount = 'The company had about 380 employees before the layoffs.';
    expect(candidate('How many employees does Glasswing have?', headcount)?.features.names).toBe(0);
  });

  it('"Company spokesperson …" opening a sentence speaks of the company the article is about', () => {
    const ames = 'Company spokesperson Lee Ames said no stores would close this year.';
    expect(candidate("Who is Crestline's spokesperson?", ames)?.features.names).toBe(1);
  });

  it('"the company" after a sentence naming Crestline is Crestline', () => {
    const savings = 'The company expects savings of $60 million a year.';
    expect(candidate('How much does Crestline expect to save?', savings)?.features.names).toBe(1);
  });
});

describe('a possessive pronoun before a role refers to the owner the paragraph names', () => {
  // The article is about the journal; the last paragraph names the institute, the trust only one further back.
  const inquiry = useCorpusIndex({
    'inquiry.md': `# Medical journal retracts cancer paper

Published October 2, 2026

The Marlow Journal of Medicine retracted the paper on Monday.

The Bellwether Trust, which paid for the study, said it would wait for the inquiry.

The journal's editors agreed to the retraction on Sept. 28.

The Halloran Institute, where the authors work, has opened a formal inquiry. The institute is a private nonprofit. \
Its president, Dr. Franklin Moss, said the institute took the concerns seriously. Its managing director, Ruth \
Kell, said the review would take a month.
`,
  });
  const ask = (question: string) => answerQuestion(inquiry.index, question, 'q', sureScorer()).answer;

  it('"Its president" in a paragraph about the institute is the institute’s president', () => {
    expect(ask('Who is the president of the Halloran Institute?').answer).toMatch(/Franklin Moss/u);
  });

  it('… and "Its managing director", the role past its modifier, the institute’s managing director', () => {
    expect(ask('Who is the managing director of the Halloran Institute?').answer).toMatch(/Ruth Kell/u);
  });

  it('and not the president of an organization named only in another paragraph', () => {
    const ranked = rankFor(inquiry.index, 'Who is the president of the Bellwether Trust?');
    const moss = ranked.find((c) => c.passage.text.startsWith('Its president'));
    expect(moss?.relation.link).not.toBe(1);
  });
});

describe('the head noun of an organization’s name, as the possessor of a role, names it again', () => {
  // The authority is named in full in the paragraph; its leader is its chair, a word most often for a seat.
  const ban = useCorpusIndex({
    'ban.md': `# Regulator orders app blocked over children's data

Published March 9, 2026

The Kestrian Digital Communications Authority ordered internet providers to block the Vibbo app on Monday. \
"This is not a decision we take lightly," the authority's chair, Mirela Ostanek, told reporters.

The app's owner, the Lumenarc Group, said it would appeal. Its lawyer, Ivo Brandt, called the order unlawful.
`,
  });
  const ask = (question: string) => answerQuestion(ban.index, question, 'q', sureScorer()).answer;

  it("“the authority's chair” is the Kestrian Digital Communications Authority's", () => {
    const ranked = rankFor(ban.index, 'Who is the head of the Kestrian Digital Communications Authority?');
    expect(ranked.find((c) => c.passage.text.includes('Ostanek'))?.relation.link).toBe(1);
  });

  it("“who's in charge of” the authority, even with a clause saying which, asks for its chair", () => {
    const analyzed = analyzeFor(ban.index, "who's in charge of the authority that ordered the block?");
    expect(analyzed.terms.map((t) => t.word)).toContain('leader');
    // What is led may be owned: "the authority's board".
    expect(analyzeFor(ban.index, "who runs the authority's board?").terms.map((t) => t.word)).toContain('leader');
    expect(ask("who's in charge of the authority that ordered the block?").answer).toMatch(/Ostanek/u);
  });
});

describe('"the chain" or "the company" after a role names the organization its paragraph is about', () => {
  const recall = useCorpusIndex({
    'recall.md': `# Supermarkets pull fake olive oil

Published March 4, 2026

Vantaro said in a statement that it had stopped selling the oil on Monday.

Solmar said it had removed the product from all of its 186 stores. "Our customers' trust comes first. Nobody \
should be out of pocket," said Ines Carvalo, a spokeswoman for the chain.
`,
  });
  const spokeswoman = (question: string) =>
    rankFor(recall.index, question).find((c) => c.passage.text.includes('Ines Carvalo'))?.relation.link;

  it("is the Solmar spokeswoman, the chain the paragraph names, across a quotation's sentences", () => {
    expect(spokeswoman('Who is the Solmar spokeswoman?')).toBe(1);
  });

  it('and not the spokeswoman of a chain named only in another paragraph', () => {
    expect(spokeswoman('Who is the Vantaro spokeswoman?')).not.toBe(1);
  });
});
