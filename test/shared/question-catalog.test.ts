import { describe, expect, it } from 'vitest';
import { QuestionCatalog } from '../../adapters/shared/question-catalog.ts';
import { answerableQuestions } from '../../src/examples/answerable-questions.ts';
import { cannedAnswer, FakeEngine } from '../support/fake-engine.ts';
import { LogCapture, steppingClock } from '../support/log-capture.ts';

/** An engine that answers only the questions it is told to, suggesting follow-ups for some. */
function scriptedEngine(answers: Record<string, string[]>): FakeEngine {
  const engine = new FakeEngine();
  engine.respond = (question) => {
    const suggestions = answers[question];
    if (suggestions) return cannedAnswer(question, { suggestions });
    return cannedAnswer(question, { abstained: true, abstainReason: 'unknown-subject', confidence: 0 });
  };
  return engine;
}

describe('answerableQuestions (core)', () => {
  it('keeps the examples, the follow-ups they lead to and the outlets the engine answers, in that order', async () => {
    const engine = scriptedEngine({
      'How long is the moratorium?': ['Who is Jennifer Lee?', 'What is Mijente?'],
      'Who is Jennifer Lee?': ['What did the ACLU say?', 'How long is the moratorium?'],
      'What did the ACLU say?': [],
      'What did KUOW report?': ['What is Ring?'],
      'What is Ring?': [],
    });
    expect(await answerableQuestions(engine)).toEqual([
      'How long is the moratorium?',
      'Who is Jennifer Lee?',
      'What did the ACLU say?',
      'What did KUOW report?',
      'What is Ring?',
    ]);
  });

  it('stops at its limits and skips questions too long for a picker or answered with low confidence', async () => {
    const engine = new FakeEngine();
    const long = `What about ${'x'.repeat(100)}?`;
    engine.respond = (question) =>
      cannedAnswer(question, {
        confidence: question.startsWith('Which') ? 0.3 : 0.9,
        suggestions: [long, 'Q1?', 'Q2?', 'Q3?'],
      });
    expect(await answerableQuestions(engine, { max: 3 })).toEqual(['How long is the moratorium?', 'Q1?', 'Q2?']);
    const asked = engine.asked.length;
    await answerableQuestions(engine, { maxTries: 2 });
    expect(engine.asked.length - asked).toBe(2);
  });
});

describe('QuestionCatalog', () => {
  const catalogOf = async (engine: FakeEngine, logs = new LogCapture()): Promise<QuestionCatalog> => {
    const catalog = new QuestionCatalog(engine, logs.logger, steppingClock());
    await catalog.ready();
    return catalog;
  };

  it('matches what was typed against the start of words, questions beginning with it first', async () => {
    const catalog = await catalogOf(
      scriptedEngine({
        'How long is the moratorium?': [
          'Who is Jennifer Lee?',
          'What did IBM say?',
          'What did IBM CEO Arvind Krishna say?',
        ],
        'Who is Jennifer Lee?': [],
        'What did IBM say?': [],
        'What did IBM CEO Arvind Krishna say?': [],
      }),
    );
    expect(catalog.match('what did ib', 25)).toEqual(['What did IBM say?', 'What did IBM CEO Arvind Krishna say?']);
    expect(catalog.match('  @here KRISHNA ', 25)).toEqual(['What did IBM CEO Arvind Krishna say?']);
    expect(catalog.match('jen lee', 25)).toEqual(['Who is Jennifer Lee?']);
    expect(catalog.match('', 2)).toEqual(['How long is the moratorium?', 'Who is Jennifer Lee?']);
    expect(catalog.match('weather', 25)).toEqual([]);
  });

  it('offers the engine’s examples until the first build is done, then rebuilds when the index changes', async () => {
    const engine = scriptedEngine({ 'How long is the moratorium?': [] });
    const logs = new LogCapture();
    const catalog = new QuestionCatalog(engine, logs.logger, steppingClock());
    expect(catalog.questions()).toEqual(engine.examples);
    await catalog.ready();
    expect(catalog.questions()).toEqual(['How long is the moratorium?']);
    expect(logs.all('question_catalog_built')).toEqual([expect.objectContaining({ questions: 1, ms: 1 })]);

    engine.respond = (question) => cannedAnswer(question, { suggestions: [] });
    engine.stats = () => ({ sources: 3, passages: 40, warnings: [], buildMs: 2 });
    expect(catalog.questions()).toEqual(['How long is the moratorium?']);
    await catalog.ready();
    const outlets = ['What did BuzzFeed News report?', 'What did KUOW report?'];
    expect(catalog.questions()).toEqual([...engine.examples, ...outlets]);
  });
});
