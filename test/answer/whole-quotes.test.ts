import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// Two outlets quote the same statement: one across two sentences of a paragraph, so its second sentence begins
// inside the quotation, the other whole, with who said it.
const HARBOR = `---
outlet: Harbor Radio
title: City pauses its plate scanners
published: 2024-05-02
---

The city council voted on Tuesday to pause its licence plate scanners.

"We have asked for clear rules for years, and the council now seems ready to write them. We hope this six-month pause gives the council the time it needs."
`;
const LEDGER = `---
outlet: The Ledger
title: Council pauses plate scanners for six months
published: 2024-05-02
---

The council paused the scanners while it writes rules for them.

“We hope this six-month pause gives the council the time it needs,” the police chief said in a statement.
`;

const corpus = useCorpusEngine({ 'harbor.md': HARBOR, 'ledger.md': LEDGER });

describe('the same fact in two outlets is told in the words that read whole', () => {
  it('a sentence that begins inside a quotation does not lead when another outlet quotes it whole', async () => {
    const answer = await corpus.engine.ask('How long is the pause?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer.startsWith('“We hope this six-month pause')).toBe(true);
    // The outlet whose sentence began inside the quotation is still cited for it.
    expect(answer.citations.map((c) => c.outlet).sort()).toEqual(['Harbor Radio', 'The Ledger']);
  });
});

// The reporter sums up her stance in a sentence of their own; her words open the next paragraph.
const STANCE = `---
outlet: Harbor Radio
title: Advocates split on the scanner pause
published: 2024-05-03
---

Mara Quist, who directs the Harbor Privacy Project, said she was glad the council acted. But she also questioned \
the six-month timeframe.

“Six months will not fix a system that was built without rules,” she added.

The council meets again in June.
`;

describe('what someone said is given in their words', () => {
  const advocates = useCorpusEngine({ 'stance.md': STANCE });

  it('a lead that only reports her stance goes on to the quotation she is the "she" of', async () => {
    const answer = await advocates.engine.ask('What did Mara Quist say about the six-month timeframe?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/questioned the six-month timeframe\. “Six months will not fix a system/u);
  });
});
