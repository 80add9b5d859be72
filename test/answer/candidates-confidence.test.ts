import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFor, rankFor } from '../../src/answer/answer-question.ts';
import { constrainedLogit, rescore, type Candidate } from '../../src/answer/candidates.ts';
import { searchTerms } from '../../src/answer/search-terms.ts';
import { confidenceInputs, confidenceOf } from '../../src/answer/confidence.ts';
import type { Features } from '../../src/answer/features.ts';
import { defaultScorer } from '../../src/answer/scorer.ts';
import { buildCorpusIndex, type CorpusIndex } from '../../src/corpus-index.ts';
import { coreIndex } from '../support/core-corpus.ts';

let index: CorpusIndex;
let best: Candidate;
beforeAll(async () => {
  index = await coreIndex();
  best = rankFor(index, 'When was Drummond founded?')[0]!;
});

const scorer = defaultScorer();
const variant = (features: Partial<Features>, extra: Partial<Candidate> = {}): Candidate => ({
  ...best,
  ...extra,
  features: { ...best.features, ...features },
});

describe('constraints no learned weight may outvote, so a well-worded wrong sentence never ranks first', () => {
  it('a relation conflict ranks below an otherwise equal candidate', () => {
    const conflict = variant({ relationConflict: 1, relationLink: 0 });
    const clean = variant({ relationConflict: 0, relationLink: 0 });
    expect(constrainedLogit(scorer, conflict.features)).toBeLessThan(constrainedLogit(scorer, clean.features));
    expect(rescore([conflict, clean], scorer)[0]!.features.relationConflict).toBe(0);
  });

  it('a sentence lacking the asked type of answer ranks below an otherwise equal one', () => {
    const missing = variant({ typeMissing: 1 });
    const typed = variant({ typeMissing: 0 });
    expect(rescore([missing, typed], scorer)[0]!.features.typeMissing).toBe(0);
  });

  it('a conflicting sentence sharing every question word still ranks below one sharing most of them', () => {
    const conflict = variant({ relationConflict: 1, coverage: 1, fitCoverage: 1, keyHeld: 1, headMatch: 1 });
    const clean = variant({ relationConflict: 0, coverage: 0.7, fitCoverage: 0.7 });
    expect(constrainedLogit(scorer, conflict.features)).toBeLessThan(constrainedLogit(scorer, clean.features));
  });

  it('rescore sorts best first into new objects with score = σ(logit), leaving its input as it was', () => {
    const input = [variant({ typeMissing: 1 }, { logit: 99 }), variant({ typeMissing: 0 }, { logit: -99 })];
    const ranked = rescore(input, scorer);
    expect(ranked[0]!.logit).toBeGreaterThan(ranked[1]!.logit);
    for (const c of ranked) expect(c.score).toBeCloseTo(1 / (1 + Math.exp(-c.logit)));
    expect(input.map((c) => c.logit)).toEqual([99, -99]);
    expect(ranked).not.toContain(input[0]);
  });
});

describe('confidence inputs: how sure to be depends on how far the best candidate leads, and on what it holds', () => {
  const question = () => analyzeFor(index, 'When was Drummond founded?');

  it('with no candidate there is nothing to be confident in', () => {
    expect(confidenceInputs([], question())).toBeNull();
    expect(confidenceOf([], question(), scorer)).toBe(0);
  });

  it('a lone candidate leads by as much as a clear winner usually does', () => {
    expect(confidenceInputs([variant({}, { logit: 2 })], question())!.margin).toBe(3);
  });

  it('the margin is over the best rival from another source with another value: agreeing outlets are no rivals', () => {
    const source = (id: string) => ({ ...best.source, id });
    const leads = [
      variant({}, { logit: 5, value: '1998', source: source('a') }),
      variant({}, { logit: 4.5, value: '2014', source: source('a') }),
      variant({}, { logit: 4, value: '1998', source: source('b') }),
      variant({}, { logit: 1, value: '2014', source: source('b') }),
    ];
    expect(confidenceInputs(leads, question())!.margin).toBe(4);
  });

  it("words set aside lower confidence as a share of all the question's words", () => {
    const analyzed = analyzeFor(index, 'How soon will Pell Street reopen?');
    const inputs = confidenceInputs([variant({})], analyzed)!;
    expect(inputs.setAside).toBeCloseTo(1 / (analyzed.terms.length + 1));
    expect(confidenceInputs([variant({})], question())!.setAside).toBe(0);
  });

  it('support is whether any top sentence holds the asked name, key word and event together', () => {
    const partial = [variant({ names: 1, keyHeld: 1, eventHeld: 0 }), variant({ names: 0, keyHeld: 1, eventHeld: 1 })];
    expect(confidenceInputs(partial, question())!.support).toBe(0);
    const held = [...partial, variant({ names: 1, keyHeld: 1, eventHeld: 1 })];
    expect(confidenceInputs(held, question())!.support).toBe(1);
  });

  it('the kind of question is an input: a yes/no question and a typed one weigh their evidence differently', () => {
    const kind = (q: string) => {
      const { typed, yesNo } = confidenceInputs([variant({})], analyzeFor(index, q))!;
      return { typed, yesNo };
    };
    expect(kind('Did Lumeridge buy Drummond Analytics?')).toEqual({ typed: 0, yesNo: 1 });
    expect(kind('When was Drummond founded?')).toEqual({ typed: 1, yesNo: 0 });
    expect(kind('Why did Lumeridge buy Drummond?')).toEqual({ typed: 0, yesNo: 0 });
  });

  it("nearness is how close the asked kind of value sits to the question's words, whatever the fit", () => {
    expect(confidenceInputs([variant({ fit: 0.5, fitNear: 0.125 })], question())!.near).toBeCloseTo(0.25);
  });

  it('a conflicting sentence is no support, however much of the question it holds', () => {
    const conflicting = variant({ names: 1, keyHeld: 1, eventHeld: 1 }, { relation: { link: -1, other: 'Acme' } });
    expect(confidenceInputs([conflicting], question())!.support).toBe(0);
  });

  it('a filler the coverage lacks ("actually") is not a word set aside: it leaves coverage as it was', () => {
    const coverage = (q: string): number => rankFor(index, q)[0]!.features.coverage;
    expect(coverage('When was Drummond actually founded?')).toBeCloseTo(coverage('When was Drummond founded?'));
  });

  it('the real best answer to a plainly answered question is given with high confidence', () => {
    const ranked = rankFor(index, 'When was Drummond founded?');
    expect(ranked[0]!.passage.text).toContain('1998');
    expect(confidenceOf(ranked, question(), scorer)).toBeGreaterThan(scorer.threshold);
  });
});

describe('search terms: what is searched, with stand-ins a little lower', () => {
  it('a stand-in the corpus writes ("CEO" for "chief executive") is searched, below the word itself', () => {
    const terms = searchTerms(index, analyzeFor(index, 'Who is the chief executive of Microsoft?'));
    expect(terms.get('ceo')).toBeGreaterThan(0);
    expect(terms.get('ceo')!).toBeLessThan(terms.get('execut')!);
  });

  it('words set aside and words the corpus lacks are not searched', () => {
    const terms = searchTerms(index, analyzeFor(index, 'How soon will Pell Street reopen?'));
    expect([...terms.keys()].sort()).toEqual(['pell', 'street']);
  });
});

describe('the rare-term rule: in a large corpus a word in most passages is measured, not searched', () => {
  let big: CorpusIndex;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rare-terms-'));
    const lines = Array.from({ length: 520 }, (_, i) => `The council met again on day ${i + 1}.`);
    lines.push('The council approved the ferry budget for the harbor pier.');
    await writeFile(join(dir, 'council.txt'), `Council meets daily\n\n${lines.join('\n\n')}\n`);
    big = await buildCorpusIndex(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a word in over 500 passages is left out when rarer words are there to search', () => {
    const terms = searchTerms(big, analyzeFor(big, 'Did the council approve the ferry budget for the harbor pier?'));
    expect(terms.has('council')).toBe(false);
    expect([...terms.keys()]).toEqual(expect.arrayContaining(['ferri', 'budget', 'harbor', 'pier']));
  });

  it('the three terms that tell most are always searched, however common', () => {
    const terms = searchTerms(big, analyzeFor(big, 'Did the council approve the budget?'));
    expect([...terms.keys()].sort()).toEqual(['approv', 'budget', 'council']);
  });

  it("a common word's rare stand-ins are not searched: the question's own words that tell more are", () => {
    // 20,000 passages: the question's words are all common; WordNet's "fiscal year" for "year" and "accusation" for
    // "complaint" are rare. Searched as rare terms, they took the places of the question's own words ("Port Ellis"
    // was half searched) and pulled in articles about accusations and budgets; the corpus writes the words
    // themselves, so it needs no stand-ins for them.
    const df: Record<string, number> = { complaint: 3000, accus: 5, port: 2000, elli: 2000, year: 4000, fiscal: 40 };
    const fake = { passages: { length: 20_000 }, vocabulary: { frequency: (t: string) => df[t] ?? 0 } };
    const term = (t: string, weight: number, alternative?: [string, number]) => ({
      term: t,
      weight,
      alternatives: alternative ? [{ terms: [alternative[0]], weight: alternative[1] }] : [],
    });
    const question = {
      names: [],
      terms: [
        term('complaint', 1, ['accus', 0.43]),
        term('port', 1.5),
        term('elli', 1.5),
        term('year', 1, ['fiscal', 0.55]),
      ],
    };
    const terms = searchTerms(fake as unknown as CorpusIndex, question as unknown as Parameters<typeof searchTerms>[1]);
    expect([...terms.keys()].sort()).toEqual(['complaint', 'elli', 'port']);
  });

  it("a name counts once among the three always searched, so the question's other words are searched too", () => {
    // "How much did Quantum Retail Group pay outside consultants?" over 20,000 passages, every word common: the
    // three words of the name took all three places, and only sentences naming the company were found.
    const fake = { passages: { length: 20_000 }, vocabulary: { frequency: () => 3000 } };
    const term = (t: string, weight: number) => ({ term: t, weight, alternatives: [] });
    const question = {
      names: [{ terms: ['quantum', 'retail', 'group'] }],
      terms: [
        ...['quantum', 'retail', 'group'].map((t) => term(t, 1.5)),
        term('consult', 1),
        term('paid', 0.6),
        term('outsid', 0.5),
      ],
    };
    const terms = searchTerms(fake as unknown as CorpusIndex, question as unknown as Parameters<typeof searchTerms>[1]);
    expect([...terms.keys()].sort()).toEqual(['consult', 'group', 'paid', 'quantum', 'retail']);
  });
});

describe('a year the question names: a sentence that neither writes it nor comes from that year tells of another', () => {
  it('the sentence with the year is measured as usual; one in a paragraph about 2014, published 2024, conflicts', async () => {
    const ranked = rankFor(await coreIndex(), 'What did Drummond Analytics do in 1998?');
    const conflict = (start: string) => ranked.find((c) => c.passage.text.startsWith(start))?.features.relationConflict;
    expect(conflict('Drummond Analytics was founded in 1998')).toBe(0);
    expect(conflict('Lumeridge, founded in 2014, bought')).toBe(1);
  });
});
