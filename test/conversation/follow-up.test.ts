import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '../../src/conversation/follow-up.ts';
import type { Turn } from '../../src/conversation/memory.ts';

const turn = (resolved: string, names: string[], focus: string | null = null): Turn => ({
  question: resolved,
  resolved,
  answerId: 'a',
  names,
  focus,
  shownPassages: [],
});

describe('resolveFollowUp', () => {
  const ibm = turn('What did IBM announce?', ['IBM']);

  it.each([
    ['entity ellipsis', 'And Microsoft?', ibm, 'What did Microsoft announce?', 'Microsoft'],
    ['"what about"', 'What about Amazon?', ibm, 'What did Amazon announce?', 'Amazon'],
    ['a bare name', 'Microsoft?', ibm, 'What did Microsoft announce?', 'Microsoft'],
    ['a bare "why?"', 'Why?', ibm, 'Why did IBM announce it?', 'IBM'],
    ['a "why?" after a greeting', 'hey, why?', ibm, 'Why did IBM announce it?', 'IBM'],
    ['a "why?" after "ok, so"', 'ok, so why?', ibm, 'Why did IBM announce it?', 'IBM'],
    ['"but what about"', 'but what about Amazon?', ibm, 'What did Amazon announce?', 'Amazon'],
    ['an ellipsis after "ok"', 'ok and Microsoft?', ibm, 'What did Microsoft announce?', 'Microsoft'],
    ['"what about" after thanks', 'thanks! and what about Amazon?', ibm, 'What did Amazon announce?', 'Amazon'],
    [
      '"why that long?"',
      'why that long?',
      turn("How long is Amazon's moratorium?", ['Amazon'], "Amazon's moratorium"),
      "What is the reason for Amazon's moratorium?",
      'Amazon',
    ],
    [
      '"why?" after a definition',
      'Why?',
      turn('What is the moratorium?', [], 'moratorium'),
      'What is the reason for the moratorium?',
      'moratorium',
    ],
    [
      '"when?" after a question with its own verb',
      'When?',
      turn('Why did Amazon pause Rekognition?', ['Amazon']),
      'When did Amazon pause Rekognition?',
      'Amazon',
    ],
    [
      '"she" after a question about a person',
      'What did she say about ICE?',
      turn('Who is Jennifer Lee?', ['Jennifer Lee']),
      'What did Jennifer Lee say about ICE?',
      'Jennifer Lee',
    ],
    [
      '"it" after a question about a thing',
      'Who can still use it?',
      turn('What is Rekognition?', ['Rekognition'], 'Rekognition'),
      'Who can still use Rekognition?',
      'Rekognition',
    ],
    [
      'a possessive',
      'Is its technology legal in Europe?',
      turn('What does Clearview AI plan?', ['Clearview AI']),
      "Is Clearview AI's technology legal in Europe?",
      'Clearview AI',
    ],
    [
      '"that" standing for the earlier topic',
      'When did that happen?',
      turn('What is the moratorium?', [], 'moratorium'),
      'When did the moratorium happen?',
      'moratorium',
    ],
  ])('rewrites %s', (_kind, question, previous, resolved, about) => {
    expect(resolveFollowUp(question, previous)).toEqual({ resolved, about });
  });

  it.each([
    ['a topic switch', 'What did Mijente tweet?'],
    ['a pronoun that refers to a name in the same question', 'Did Amazon say they would stop?'],
    ['a full question with its own topic', 'How many police departments use Ring?'],
  ])('never rewrites %s', (_kind, question) => {
    expect(resolveFollowUp(question, ibm)).toBeNull();
  });

  it('does nothing without an earlier turn', () => {
    expect(resolveFollowUp('And Microsoft?', undefined)).toBeNull();
  });
});
