import { describe, expect, it } from 'vitest';
import { useCorpusEngine, useCorpusIndex } from '../support/corpus-engine.ts';
import { rankFor } from '../../src/answer/answer-question.ts';

const RECOUNT = `# Recount confirms Marchetti's lead

Published November 22, 2025

A recount in Ostrander County confirmed Dee Marchetti's lead of 212 votes on Friday.

Stroud has not conceded.
`;

const CERTIFIED = `# Ostrander County certifies Marchetti as winner

Published November 24, 2025

Election officials certified Dee Marchetti as the winner on Monday, and her opponent, Gavin Stroud, conceded a \
few hours later.
`;

const files = { 'recount.md': RECOUNT, 'certified.md': CERTIFIED };
const corpus = useCorpusEngine(files);

describe('a yes/no question about a story that moved on', () => {
  it("is answered by the later article's outcome, not the earlier one's open status", async () => {
    const answer = await corpus.engine.ask('Did Stroud concede?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer.split('[1]')[0]).toContain('conceded a few hours later');
    expect(answer.citations[0]?.title).toBe('Ostrander County certifies Marchetti as winner');
  });
});

// "Deslauriers, 54, started Velantis in 2014": the year dates what she did, not her age.
const PROFILE = `# Velantis wins approval for its first drug

Published June 3, 2025

Deslauriers, 54, started Velantis in 2014 with a chemist from the state university.

Velantis paid 40 workers in 2014, when it rented its first lab.
`;

const profile = useCorpusIndex({ 'profile.md': PROFILE });

describe('an age followed by a year', () => {
  it('is the age as the article went out: it answers "how old" fully', () => {
    const age = rankFor(profile.index, 'How old is Deslauriers?').find((c) => c.passage.text.startsWith('Deslauriers'));
    expect(age?.features.fit).toBe(1);
  });

  it('while a count followed by an earlier year is history, not the story now', () => {
    const paid = rankFor(profile.index, 'How many workers did Velantis pay?').find((c) =>
      c.passage.text.includes('40'),
    );
    expect(paid?.features.fit).toBeLessThan(1);
  });
});
