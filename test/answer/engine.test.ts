import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema, createEngine, type Answer, type Engine } from '../../src/index.ts';
import { normalize } from '../../src/eval/evaluate.ts';
import { BUNDLED_CORPUS } from '../support/paths.ts';

let engine: Engine;
let corpusText: string;
beforeAll(async () => {
  let n = 0;
  engine = await createEngine({ corpusDir: BUNDLED_CORPUS, newId: () => `answer-${++n}` });
  const files = (await readdir(BUNDLED_CORPUS)).filter((f) => !f.endsWith('.yaml'));
  corpusText = normalize((await Promise.all(files.map((f) => readFile(join(BUNDLED_CORPUS, f), 'utf8')))).join('\n'));
});

const expectVerbatimQuotes = (answer: Answer): void => {
  for (const c of answer.citations) expect(corpusText, c.quote).toContain(normalize(c.quote));
};

describe('answers', () => {
  it('answers how long the moratorium is, citing several outlets with verbatim quotes', async () => {
    const answer = await engine.ask("How long is Amazon's moratorium?");
    expect(AnswerSchema.parse(answer)).toEqual(answer);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/one-year|one year/);
    expect(answer.answer).toMatch(/\[1\]/);
    expect(new Set(answer.citations.map((c) => c.outlet)).size).toBeGreaterThan(1);
    expectVerbatimQuotes(answer);
    expect(answer.answer.length).toBeLessThanOrEqual(700);
  });

  it('gives one fact reported by several outlets one sentence with several citations', async () => {
    const answer = await engine.ask('Which organizations can still use Rekognition?');
    expect(answer.answer).toMatch(/Thorn/);
    expect(answer.answer).toMatch(/\[1\]\[2\]/);
    expectVerbatimQuotes(answer);
  });

  it('attributes related coverage to its outlet in the text', async () => {
    const answer = await engine.ask('Is Clearview AI legal in Europe?');
    expect(answer.answer).toMatch(/^CNBC reported that/);
    expect(answer.citations[0]).toMatchObject({ outlet: 'CNBC', listedBy: 'Business Insider' });
  });

  // Asked of Ring by name, "their partnerships with over 1,350" is Amazon's count in a quote about Amazon: asked of
  // the partnerships alone, both figures answer.
  it('shows conflicting figures side by side', async () => {
    const answer = await engine.ask('How many police departments have partnerships with the doorbell camera company?');
    expect(answer.answer).toContain('1,300');
    expect(answer.answer).toContain('1,350');
  });

  it('runs a quotation on into the sentence that finishes it', async () => {
    const answer = await engine.ask('What did Fight for the Future say?');
    expect(answer.answer).toContain('Evan Greer');
    expect(answer.answer).toContain('surveillance partnerships');
    expectVerbatimQuotes(answer);
  });

  it('answers questions about the coverage from source metadata', async () => {
    const outlets = await engine.ask("Which outlets reported Microsoft's decision?");
    expect(outlets.answer).toMatch(/Reuters/);
    expect(outlets.answer).toMatch(/BBC/);
    const dated = await engine.ask('When was the BuzzFeed News article published?');
    expect(dated.answer).toMatch(/BuzzFeed News published “.+” on Jun 10, 2020/);
    // An outlet typed in lower case is the one asked about, and only its article answers.
    const cnn = await engine.ask('when did cnn run its piece on the push for a national face rec law?');
    expect(cnn.answer).toMatch(/^CNN published “.+” on Jun 13, 2020/);
    expect(cnn.answer).not.toMatch(/BuzzFeed/);
    expectVerbatimQuotes(dated);
  });

  it('summarizes the coverage from the ledes of its most central articles', async () => {
    for (const question of ['Summarize the coverage', 'What is this about?', 'give me an overview']) {
      const overview = await engine.ask(question);
      expect(overview.abstained, question).toBe(false);
      expect(overview.citations.length).toBeGreaterThanOrEqual(2);
      expect(overview.answer).toContain('one-year suspension');
      expectVerbatimQuotes(overview);
    }
  });

  it('says plainly that the coverage names no authors', async () => {
    expect(await engine.ask('Who wrote the KUOW story?')).toMatchObject({
      abstained: true,
      abstainReason: 'unknown-subject',
    });
  });

  it('uses the answer id it is given, or makes a unique one', async () => {
    expect((await engine.ask('What did IBM announce?', { answerId: 'chosen' })).id).toBe('chosen');
    const [a, b] = await Promise.all([engine.ask('What did IBM announce?'), engine.ask('What did IBM announce?')]);
    expect(a.id).not.toBe(b.id);
  });
});

describe('abstention', () => {
  it.each([
    ['a question out of scope', 'Who won the 2020 election?', 'unknown-subject'],
    ['a company the coverage never mentions', 'What did Google announce about facial recognition?', 'unknown-subject'],
    ['a stock price', "What was Amazon's stock price that week?", 'unknown-subject'],
    ['a figure the coverage does not give', 'How many employees does Amazon have?', 'weak-evidence'],
    ['a recipe', 'How do I bake sourdough bread?', 'unknown-subject'],
  ])('declines %s plainly, saying what the coverage is about and what to ask', async (_what, question, reason) => {
    const answer = await engine.ask(question);
    expect(answer).toMatchObject({ abstained: true, abstainReason: reason, citations: [], confidence: 0 });
    expect(answer.answer).toMatch(/The coverage (doesn't|here is)/);
    expect(answer.examples).toHaveLength(2);
    expect(answer.answer).toContain(answer.examples[0]!);
  });

  it('meets an empty or blank question with a usage hint, not an error', async () => {
    for (const blank of ['', '   ', '\n\t']) {
      const answer = await engine.ask(blank);
      expect(answer).toMatchObject({ abstained: true, abstainReason: 'empty-question' });
      expect(answer.answer).toMatch(/^Ask me a question about the coverage/);
    }
  });

  it('meets a greeting or a thank-you in kind, with how to ask', async () => {
    const hi = await engine.ask('hi there');
    expect(hi).toMatchObject({ abstained: true, abstainReason: 'empty-question' });
    expect(hi.answer).toMatch(/^Hi! Ask me a question about the coverage, for example “/);
    expect((await engine.ask('thanks!')).answer).toMatch(/^Glad to help! Ask me a question/);
  });

  it('reads a question in capitals as words, not as a run of names', async () => {
    const answer = await engine.ask("HOW LONG IS AMAZON'S MORATORIUM?");
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/one-year|one year/);
  });

  it('meets an over-long question with the limit, not an error', async () => {
    const answer = await engine.ask(`What did IBM announce? ${'Please answer. '.repeat(60)}`);
    expect(answer).toMatchObject({ abstained: true, abstainReason: 'question-too-long' });
    expect(answer.answer).toMatch(/questions can be up to 500 characters/);
  });

  it('is less confident when the question asks about details the best passage does not hold', async () => {
    const direct = await engine.ask('How long is the moratorium?');
    const detailed = await engine.ask('How long is the moratorium on cameras in schools?');
    expect(direct.abstained).toBe(false);
    expect(direct.confidence).toBeGreaterThan(detailed.confidence);
  });
});

describe('sources', () => {
  it('lists articles before related coverage, with passage counts and inferred fields', () => {
    const sources = engine.sources();
    expect(sources[0]!.kind).toBe('article');
    expect(sources[sources.length - 1]!.kind).toBe('related');
    const kuow = sources.find((s) => s.outlet === 'KUOW')!;
    expect(kuow.passages).toBeGreaterThan(5);
    expect(kuow.inferred).toEqual(expect.arrayContaining(['outlet', 'title']));
  });

  it('reports index size and warnings', () => {
    const stats = engine.stats();
    expect(stats.sources).toBe(engine.sources().length);
    expect(stats.warnings.some((w) => w.includes('not on thestreet.com'))).toBe(true);
  });
});
