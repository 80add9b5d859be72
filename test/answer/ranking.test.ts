import { beforeAll, describe, expect, it } from 'vitest';
import { rankFor } from '../../src/answer/answer-question.ts';
import { buildCorpusIndex, type CorpusIndex } from '../../src/corpus-index.ts';
import { MINI_CORPUS } from '../support/paths.ts';

let index: CorpusIndex;
beforeAll(async () => {
  index = await buildCorpusIndex(MINI_CORPUS);
});

const top = (question: string): string => rankFor(index, question)[0]!.passage.text;

describe('ranking on the mini corpus: each case says why its top hit should win', () => {
  it.each([
    [
      'a "when" question prefers the sentence with the date over ones that repeat the subject more',
      'When will the Harbor Bridge reopen?',
      'The bridge is expected to reopen on Sept. 30, 2021, after crews replace the corroded cables.',
    ],
    [
      'a "how many" question prefers the figure attached to the thing counted',
      'How many cars cross the bridge each day?',
      'About 40,000 cars cross the Harbor Bridge every day, according to the department.',
    ],
    [
      'a "how much" question prefers the sentence with a money amount',
      'How much money did the council approve?',
      'The city council voted 7 to 2 to approve $12 million for the Harbor Bridge repairs.',
    ],
    [
      'a "who" question prefers the sentence that names a person in the asked role',
      'Who is the city engineer?',
      'Maria Alvarez, the city engineer, said the cables were "older than anyone expected."',
    ],
    [
      'an alias ("cops") finds the sentence that says "police"',
      'What will the cops do at the detour?',
      'Police will direct traffic at the detour on Front Street.',
    ],
    [
      'a misspelling ("inspecton") is corrected against the corpus vocabulary',
      'What did the inspecton find?',
      'The inspection found corrosion in 14 cables.',
    ],
    [
      "naming an outlet ranks that outlet's sentence first (outlet field boost)",
      'What did the River Gazette say about the detour?',
      'Drivers say the detour adds 20 minutes to their commute.',
    ],
    [
      'a related-coverage entry is searchable like any article',
      'How much is the state grant?',
      'The state transportation agency offered a $3 million grant toward the Harbor Bridge repairs.',
    ],
    [
      'a surname alone still refers to the person asked about',
      'Who voted against the budget?',
      'Council member Tom Reyes voted against the budget, saying the cost was too high.',
    ],
  ])('%s', (_why, question, expected) => {
    expect(top(question)).toBe(expected);
  });
});
