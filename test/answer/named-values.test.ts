import { describe, expect, it } from 'vitest';
import { analyzeFor, leadsOf, rankFor } from '../../src/answer/answer-question.ts';
import { confidenceInputs } from '../../src/answer/confidence.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

// Two outlets place the trial in the same courthouse in other words; a third names another building in passing.
const LEDGER = `---
outlet: Port Averill Ledger
title: Fraud trial of lender's founder opens
published: 2025-03-03
---

The trial of Crispin Aldercott opened Monday at the Halvern Federal Courthouse on Pike Street.

Prosecutors said Aldercott moved customer money to pay for a penthouse.
`;
const RADIO = `---
outlet: WTRV 11 News
title: Jury hears closing arguments in Aldercott fraud trial
published: 2025-04-10
---

Jurors in the Aldercott fraud trial heard closing arguments on Thursday at the Halvern Federal Courthouse.

A protest outside the Marlow Building drew a dozen former customers.
`;

const corpus = useCorpusIndex({ 'ledger-trial.md': LEDGER, 'radio-trial.md': RADIO });

describe('a name a sentence gives as the answer: outlets giving the same name agree', () => {
  const question = 'where is the aldercott trial taking place';

  it('both sentences naming the courthouse give the same name, whatever else they name', () => {
    const leads = leadsOf(rankFor(corpus.index, question), analyzeFor(corpus.index, question));
    const courthouse = leads.filter((c) => c.passage.text.includes('Halvern'));
    expect(courthouse).toHaveLength(2);
    expect(new Set(courthouse.map((c) => c.name))).toEqual(new Set(['halvern federal courthouse']));
    // A name is no value: two sentences naming one place may tell different facts, and are not merged as one.
    expect(courthouse.map((c) => c.value)).toEqual([null, null]);
  });

  it('the margin is over a sentence naming another place, not over the outlet that agrees', () => {
    const analyzed = analyzeFor(corpus.index, question);
    const leads = leadsOf(rankFor(corpus.index, question), analyzed);
    const [best] = leads;
    const rival = leads.find((c) => c.name !== best!.name);
    const inputs = confidenceInputs(leads, analyzed)!;
    expect(rival).toBeDefined();
    expect(inputs.margin).toBeCloseTo(best!.logit - rival!.logit);
  });
});
