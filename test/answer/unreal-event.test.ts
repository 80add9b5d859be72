import { describe, expect, it } from 'vitest';
import { analyzeFor, rankFor } from '../../src/answer/answer-question.ts';
import { toldAsUnreal } from '../../src/answer/unreal-event.ts';
import type { Passage } from '../../src/retrieval/passage.ts';
import { useCorpusEngine, useCorpusIndex } from '../support/corpus-engine.ts';

// The earlier article says when the bridge could reopen; the later one, when it did. The plan writes every word of
// the question, the deed not "reopen": only that the plan tells its reopening as what could be puts the deed first.
const PLAN = `# Millbrook bridge repairs approved

Published May 8, 2025

The Hollis Street Bridge could reopen to cars by early July under an emergency repair contract the city awarded.

Mayor Ana Brisco said parking downtown would stay free until the bridge reopens to traffic.
`;

const DONE = `# Cars cross the Hollis Street Bridge again

Published July 3, 2025

The Hollis Street Bridge opened to cars again on Wednesday, July 2, after crews finished the repairs.
`;

const files = { 'plan.md': PLAN, 'done.md': DONE };
const corpus = useCorpusEngine(files);
const built = useCorpusIndex(files);

describe('a question about something done', () => {
  it('is answered where it happened, not where it only could happen', async () => {
    const answer = await corpus.engine.ask('When did the Hollis Street Bridge reopen to cars?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer.split('[1]')[0]).toContain('July 2');
  });

  it('reads the done verbs of the past tense only', () => {
    expect(analyzeFor(built.index, 'When did the Hollis Street Bridge reopen to cars?').doneVerbs).toEqual(['reopen']);
    expect(analyzeFor(built.index, 'When will the Hollis Street Bridge reopen?').doneVerbs).toEqual([]);
    expect(analyzeFor(built.index, 'When could the bridge reopen?').doneVerbs).toEqual([]);
    // "Have got" is "have": nothing is asked as done.
    expect(analyzeFor(built.index, 'How long have the crews got to repair the bridge?').doneVerbs).toEqual([]);
  });

  it('lowers the plan: its sentence tells the reopening only as what could be', () => {
    const ranked = rankFor(built.index, 'When did the Hollis Street Bridge reopen to cars?');
    const plan = ranked.find((c) => c.passage.text.includes('could reopen'));
    expect(plan?.features.eventHeld).toBe(0);
    expect(plan?.features.fit).toBeLessThan(1);
  });
});

const sentence = (text: string): Passage => ({ text }) as Passage;

describe('toldAsUnreal', () => {
  it.each([
    ['The bridge could reopen by July.', true],
    ['The weather service expects Marisol to make landfall early Thursday.', true],
    ['Parking stays free until the bridge reopens.', true],
    ['The Games were likely to cost 2.1 billion euros.', true],
    ['The bridge reopened on Wednesday.', false],
    // "Will" tells a settled deal as often as a plan: "they will pay Harbury an initial £52m".
    ['The city will reopen the bridge on Wednesday.', false],
    // The plan is another clause's: "reopened" is told as done.
    ['Officials had hoped for May, but the bridge reopened on Wednesday.', false],
    ['The bridge carried no trucks.', false],
  ])('%s → %s', (text, unreal) => {
    expect(toldAsUnreal(sentence(text), ['reopen', 'make', 'cost'])).toBe(unreal);
  });
});
