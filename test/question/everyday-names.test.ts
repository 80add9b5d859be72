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

describe('a word no dictionary knows, which the coverage writes only opening its sentences', () => {
  const airlines = useCorpusIndex({
    'airlines.md': `# Drone shutdown costs airline £4.2m

Published March 12, 2026

Northwind Air said the closure cost it about £4.2 million.

Skyrell, the second-largest carrier at the airport, declined to put a figure on its costs.

Anything that flies near the runway is now reported at once.
`,
  });
  const named = (question: string): string[] => analyzeFor(airlines.index, question).names.map((n) => n.text);

  it('is a name typed in lower case: "skyrell" is Skyrell', () => {
    expect(named('how much did the closure cost skyrell?')).toEqual(['Skyrell']);
  });

  it('unless English knows it, though no dictionary of names does: "anything" is no name', () => {
    expect(named('did the airline say anything about costs?')).toEqual([]);
  });
});
