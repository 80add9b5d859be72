import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';

// Which sentence leaves a quotation open decides what an answer quotes after it: the rest of a quotation, never the
// unrelated sentences that follow one that has just closed.
const ARTICLE = `# Harbour council approves the ferry budget

Published June 3, 2024

The council met on Tuesday. Mayor Ada Quill said: "We hope this budget keeps the ferry running. It will not be
easy, and we stand ready to help if the state asks." The vote was seven to two.

"The ferry is a lifeline," said Tom Reyes. “It carries two thousand people a day.”
`;

const corpus = useCorpusIndex({ 'harbour-council.md': ARTICLE });

const opens = (start: string): boolean => {
  const passage = corpus.index.passages.find((p) => p.text.startsWith(start));
  if (!passage) throw new Error(`no passage starts with ${start}`);
  return passage.opensQuote;
};

describe('quotations across sentences', () => {
  it('a sentence whose last straight quote opens a quotation leaves it open', () => {
    expect(opens('Mayor Ada Quill said')).toBe(true);
  });

  it('a sentence ending on a closing straight quote closes it', () => {
    expect(opens('It will not be')).toBe(false);
    expect(opens('"The ferry is a lifeline,"')).toBe(false);
  });

  it('curly quotes open and close by their shape', () => {
    expect(opens('“It carries')).toBe(false);
    expect(opens('The vote was')).toBe(false);
  });
});
