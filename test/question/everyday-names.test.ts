import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { analyzeFor } from '../../src/answer/answer-question.ts';

// "News" is only ever part of an outlet's name here; "Ring" is a company named by that one word.
const ARTICLE = `# Ring signs camera agreements with 40 police departments

Published June 3, 2024

The doorbell camera company Ring said on Tuesday it had signed agreements with 40 police departments, Lakeside News
reported.

The city announced the closure of Pier Street in a statement to Lakeside News.

Cameras made by Ring are sold in 12 countries.
`;

const corpus = useCorpusIndex({ 'ring.md': ARTICLE });

const names = (question: string): string[] => analyzeFor(corpus.index, question).names.map((n) => n.text);

describe('an everyday word typed in lower case is a name only where the coverage names something by it alone', () => {
  it('"news" is written only inside "Lakeside News": in "break the news" it is the word, not a name', () => {
    expect(names('how did the city break the news about the closure?')).toEqual([]);
  });

  it('"ring" is a company named by that word alone: a question about it names it', () => {
    expect(names('how many police departments does ring have agreements with?')).toEqual(['Ring']);
  });
});
