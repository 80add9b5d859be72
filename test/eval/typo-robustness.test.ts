import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.ts';
import { SLIP_VARIANTS, withSlip } from '../../src/eval/typo-robustness.ts';
import { keptUnder } from '../../src/eval/robustness.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

describe('a typo of each kind is put in the longest dictionary word of six letters or more', () => {
  it.each([
    ['swap', 'How many employees does the ferry have?', 'How many empolyees does the ferry have?'],
    ['drop', 'How many employees does the ferry have?', 'How many emplyees does the ferry have?'],
    ['double', 'How many employees does the ferry have?', 'How many emplooyees does the ferry have?'],
  ] as const)('%s', (slip, question, slipped) => {
    expect(withSlip(question, slip)).toBe(slipped);
  });

  it('leaves names, short words and words the dictionary lacks alone', () => {
    expect(withSlip('Who is Lumeridge?', 'swap')).toBeNull();
    expect(withSlip('who runs the ferry', 'drop')).toBeNull();
  });
});

describe('the questions answered right are asked again with a typo', () => {
  const corpus = useCorpusIndex({
    'ferry.md': `# Harbor Ferry Co. hires crews

Published June 2, 2025

The Harbor Ferry Co. now has 140 employees, the company said on Monday.
`,
  });

  it('and each kind of typo reports how many stayed right', async () => {
    const item = {
      id: 'f1',
      question: 'How many employees does the Harbor Ferry Co. have?',
      expect: 'answer' as const,
      mention: [['140']],
      sources: ['Harbor Ferry Co. hires crews'],
      evidence: ['now has 140 employees'],
    };
    const report = await evaluate(corpus.index, [item]);
    expect(report.results[0]!.pass).toBe(true);
    const slips = await keptUnder(corpus.index, report.results, SLIP_VARIANTS);
    expect(slips.map((s) => s.name)).toEqual(['swap', 'drop', 'double']);
    for (const s of slips) expect(s).toMatchObject({ right: 1, kept: 1 });
  });
});
