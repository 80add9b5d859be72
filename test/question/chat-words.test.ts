import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import type { CorpusIndex } from '../../src/corpus-index.ts';
import { spelledOut } from '../../src/question/chat-words.ts';
import { coreIndex } from '../support/core-corpus.ts';

let index: CorpusIndex;
beforeAll(async () => {
  index = await coreIndex();
});

describe("chat's own spellings are read as English writes them", () => {
  it('writes out "gonna", "ppl" and "bc", and leaves abbreviations and names alone', () => {
    expect(spelledOut('how much is it gonna cost ppl bc of the strike')).toBe(
      'how much is it going to cost people because of the strike',
    );
    expect(spelledOut('did u see the U.S. report on B&O')).toBe('did you see the U.S. report on B&O');
    expect(spelledOut('Who is Ursula?')).toBe('Who is Ursula?');
    expect(spelledOut('Gonna need the BC figures from Ur')).toBe('going to need the BC figures from Ur');
    expect(spelledOut('is amazon out of the face rec biz? any pics from the dept?')).toBe(
      'is amazon out of the face rec business? any pictures from the department?',
    );
  });

  it('a lone "%" is the word "percent", and the question asks for a percentage; a figure keeps its sign', () => {
    expect(spelledOut('what % of voters want a warrant')).toBe('what percent of voters want a warrant');
    expect(spelledOut('did 64% of voters want one')).toBe('did 64% of voters want one');
    expect(analyzeFor(index, 'what % of the deckhands walked off the job').type).toBe('percent');
  });

  it('"gonna" is neither a name the coverage lacks nor a word set aside, and the question keeps its wording', () => {
    const analyzed = analyzeFor(index, 'how much is the ferry fare gonna be');
    expect(analyzed.names.filter((n) => !n.known)).toEqual([]);
    expect(analyzed.setAside).not.toContain('gonna');
    expect(analyzed.text).toBe('how much is the ferry fare gonna be');
  });
});

describe('"\'s" after a wh-word is "does" where a subject and a plain verb follow, as chat writes it', () => {
  it('"what\'s Drummond make" asks what "what does Drummond make" asks', () => {
    const does = analyzeFor(index, 'what does drummond make');
    const contracted = analyzeFor(index, "what's drummond make");
    expect(contracted.type).toBe(does.type);
    expect(contracted.type).toBe('definition');
    expect(analyzeFor(index, 'whats drummond make').type).toBe('definition');
  });

  it('"is" stays "is" where the verb goes on past a plain subject or is no plain form', () => {
    expect(analyzeFor(index, "what's the name of the adviser who wouldn't answer").type).toBe('person');
    expect(analyzeFor(index, "what's the union saying").type).toBe('statement');
  });
});
