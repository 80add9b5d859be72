import { describe, expect, it } from 'vitest';
import { CHAT_FRAMES } from '../../src/eval/chat-frames.ts';
import { REPHRASINGS } from '../../src/eval/rephrasings.ts';
import { evaluate } from '../../src/eval/evaluate.ts';
import { keptUnder } from '../../src/eval/robustness.ts';
import { SLIP_VARIANTS } from '../../src/eval/typo-robustness.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

describe('the questions answered right are asked again, written otherwise', () => {
  const corpus = useCorpusIndex({
    'ferry.md': `# Harbor Ferry Co. hires crews

Published June 2, 2025

The Harbor Ferry Co. now has 140 employees, the company said on Monday.
`,
  });
  const item = {
    id: 'f1',
    question: 'How many employees does the Harbor Ferry Co. have?',
    expect: 'answer' as const,
    mention: [['140']],
    sources: ['Harbor Ferry Co. hires crews'],
    evidence: ['now has 140 employees'],
  };

  it('with a typo: each kind of typo reports how many stayed right', async () => {
    const report = await evaluate(corpus.index, [item]);
    expect(report.results[0]!.pass).toBe(true);
    const slips = await keptUnder(corpus.index, report.results, SLIP_VARIANTS);
    expect(slips.map((s) => s.name)).toEqual(['swap', 'drop', 'double']);
    for (const s of slips) expect(s).toMatchObject({ right: 1, kept: 1 });
  });

  it('in chat frames: each frame wraps the question, and every one keeps the right answer', async () => {
    expect(CHAT_FRAMES.map((f) => f.rewrite('Who runs it?'))).toEqual([
      'who runs it',
      'WHO RUNS IT?',
      null,
      'hey, who runs it?',
      'quick question: who runs it?',
      'can you tell me who runs it?',
      'I was wondering who runs it?',
      'btw who runs it?',
      'Who runs it? thanks!',
      'Who runs it pls',
      'can you find out who runs it?',
      'hmm who runs it?',
      "I'm curious, who runs it?",
      'Who runs it, according to the articles?',
      'Who runs it in the coverage?',
      '@coverage-bot Who runs it?',
      'good morning! Who runs it?',
      'need to know who runs it?',
      "Who runs it? I'm writing a story",
    ]);
    const report = await evaluate(corpus.index, [item]);
    for (const frame of await keptUnder(corpus.index, report.results, CHAT_FRAMES)) {
      // The question has no apostrophe to leave out.
      expect(frame).toMatchObject(frame.name === 'no apostrophes' ? { right: 0 } : { right: 1, kept: 1 });
    }
  });

  it('in other words: each rephrasing asks the same question, and keeps the right answer', async () => {
    const rewrite = (question: string) => REPHRASINGS.map((r) => r.rewrite(question));
    expect(rewrite(item.question)).toEqual([
      'What number of employees does the Harbor Ferry Co. have?',
      ...Array.from({ length: REPHRASINGS.length - 1 }, () => null),
    ]);
    expect(rewrite('When did the ferry sail?')[1]).toBe('On what date did the ferry sail?');
    expect(rewrite('Why did the ferry stop?')[2]).toBe('For what reason did the ferry stop?');
    expect(rewrite("Who is the Harbor Ferry Co.'s captain?")[3]).toBe('Who is the captain of the Harbor Ferry Co.?');
    expect(rewrite('Why did Harbor stop the ferry?')[4]).toBe('What led Harbor to stop the ferry?');
    // A subject of several words is left alone: where it ends takes a parser to tell.
    expect(rewrite('Why did the ferry stop?')[4]).toBeNull();
    expect(rewrite('Who runs the ferry?')[5]).toBe('Which person runs the ferry?');
    expect(rewrite('Where does the ferry sail?')[6]).toBe('In which place does the ferry sail?');
    expect(rewrite('How much did the ferry cost?')[7]).toBe('How much money did the ferry cost?');
    const report = await evaluate(corpus.index, [item]);
    const [numbered] = await keptUnder(corpus.index, report.results, REPHRASINGS);
    expect(numbered).toMatchObject({ name: 'what number of …', right: 1, kept: 1 });
  });
});
