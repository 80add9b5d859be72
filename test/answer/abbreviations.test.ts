import { describe, expect, it } from 'vitest';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import { useCorpusEngine, useCorpusIndex } from '../support/corpus-engine.ts';

// The coverage writes the governor's title only as "Gov.", as news copy does before a name.
const ARTICLE = `# State seeks flood aid

Published September 12, 2024

Gov. Dana Holt asked the federal government on Thursday for disaster aid after the river flooded Port Alder.

The request covers repairs to roads, water lines and the town's two bridges.
`;

const corpus = useCorpusEngine({ 'flood-aid.md': ARTICLE });

describe('a title the coverage abbreviates ("Gov.") answers a question that writes it out', () => {
  it('"Who is the governor?" is answered with Gov. Dana Holt', async () => {
    const answer = await corpus.engine.ask('Who is the governor?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Dana Holt');
  });
});

describe('a short word the coverage writes in lower case is a word of its own, not an abbreviation', () => {
  const apps = useCorpusIndex({
    'app.md': `# City launches flood app

Published September 20, 2024

The city released an app on Friday that warns residents when the river rises.
`,
  });

  it('"apple" is not "app" abbreviated: the coverage never names Apple', () => {
    const apple = analyzeFor(apps.index, 'did apple release a flood warning tool?').terms.find(
      (t) => t.word === 'apple',
    );
    expect(apple?.alternatives.map((a) => a.terms.join(' '))).not.toContain('app');
  });
});

// The outlet's name is given in full only in the metadata; readers know it by its initials.
const REPORT = `---
outlet: Harbor Valley Courier
title: Port Alder asks for flood aid
published: 2024-09-13
---

Port Alder asked the state on Friday for $4 million to repair its two bridges after the river flooded the town.
The State Board of Emergency Aid will vote on the request next week.
`;

const byOutlet = useCorpusIndex({ 'flood-aid.md': ARTICLE, 'courier.md': REPORT });
const standIns = (question: string, word: string): string[] =>
  (analyzeFor(byOutlet.index, question).terms.find((t) => t.word === word)?.alternatives ?? []).map((a) =>
    a.terms.join(' '),
  );

describe('initials typed in lower case ("per the hvc") stand for the name they abbreviate, if no English word', () => {
  it('"hvc" is the Harbor Valley Courier; "has" is a word', () => {
    expect(standIns('does the hvc say port alder asked for money?', 'hvc')).toContain('harbor valley courier');
    expect(standIns('how much has port alder asked for?', 'has')).toEqual([]);
  });

  it('"sb" is the State Board, though the dictionary has it (antimony\'s symbol): English hardly uses it', () => {
    expect(standIns('did the sb approve the money?', 'sb')).toContain('state board');
  });
});

describe('initials joined by "&" ("C&W") stand for the name they abbreviate, as "CW" would', () => {
  const railroad = useCorpusIndex({
    'rail.md': `# Railroad adds detectors

Published May 7, 2026

Corland & Western Railroad will spend $24 million on 36 more trackside detectors, its chief executive said.
`,
  });

  it('"C&W" is Corland & Western: the question names it, and is not set aside', () => {
    const analyzed = analyzeFor(railroad.index, 'how much is C&W spending on more detectors');
    expect(analyzed.setAside).toEqual([]);
    const cw = analyzed.terms.find((t) => t.term === 'cw');
    expect(cw?.alternatives.map((a) => a.terms.join(' '))).toContain('corland western');
  });
});

describe('an abbreviation the coverage never writes, that the dictionary knows for words it does ("ICU")', () => {
  const ward = useCorpusEngine({
    'ratios.md': `# Nurses win staffing ratios

Published October 24, 2025

Under the deal, one nurse will care for no more than two patients in intensive care units.

Nadia Ferris, an emergency room nurse at Carrow Falls General, helped at the scene.
`,
  });

  it('stands for those words, and is no name the coverage lacks', async () => {
    const icu = await ward.engine.ask('How many patients can an ICU nurse be given?');
    expect(icu.abstained).toBe(false);
    expect(icu.answer).toMatch(/two patients/u);
    const er = await ward.engine.ask('What is the name of the ER nurse?');
    expect(er.abstained).toBe(false);
    expect(er.answer).toMatch(/Nadia Ferris/u);
  });
});
