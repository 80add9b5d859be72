import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// Two outlets give the ban's length in other words, each after the day it was announced on.
const GAZETTE = `---
outlet: Harbor Gazette
title: City bans rental scooters
published: 2024-04-02
---

On Monday the city council imposed a one-year ban on rental scooters downtown.
`;
const RADIO = `---
outlet: Harbor Radio
title: Scooter ban to last a year
published: 2024-04-03
---

On Tuesday, officials said the downtown scooter ban will last one year.
`;

const corpus = useCorpusEngine({ 'gazette-scooters.md': GAZETTE, 'radio-scooters.md': RADIO });

describe('the value a sentence gives is of the kind asked', () => {
  it('"how long" reads "one-year" and "one year", not Monday and Tuesday: one point, both outlets cited', async () => {
    const answer = await corpus.engine.ask('How long is the scooter ban?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations.map((c) => c.outlet).sort()).toEqual(['Harbor Gazette', 'Harbor Radio']);
    expect(answer.answer).toMatch(/^[^[]+\[1\]\[2\]$/u);
  });
});
